import type { ReactNode } from 'react';
import type { Role } from '@kontakt/contracts';
import { useSignedInMe } from '../auth/session.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

/** Shows the page only to these roles; others get "not found", as the server answers. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { agent } = useSignedInMe();
  return roles.includes(agent.role) ? children : <NotFoundPage />;
}
