import { ROLE_SCOPES } from '@kontakt/contracts';
import { useSignedInMe } from '../auth/session.tsx';

/** Whether the signed-in agent may change customers (QA reads only; admins may do anything). */
export function useCanEditCustomers(): boolean {
  const { agent } = useSignedInMe();
  const scopes: readonly string[] = ROLE_SCOPES[agent.role];
  return scopes.includes('admin') || scopes.includes('customers:write');
}
