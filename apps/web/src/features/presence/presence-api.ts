import type { AgentPresence, PresenceReason, SetAgentStateInput } from '@kontakt/contracts';
import { request } from '../../api/client.ts';
import { itemsOf, type List } from '../chat/list-shape.ts';

/** Query keys of the agent's availability. */
export const presenceKeys = {
  me: ['agent-presence', 'me'] as const,
  reasons: ['presence-reasons'] as const,
};

/** My availability now. */
export function getMyPresence(): Promise<AgentPresence> {
  return request<AgentPresence>('GET', '/presence/me');
}

/** Changes my availability (a reason only with away, busy or offline). */
export function setMyPresence(input: SetAgentStateInput): Promise<AgentPresence> {
  return request<AgentPresence>('PUT', '/presence/me', { body: input });
}

/** The reason codes admins defined (inactive ones too; pickers show the active ones). */
export function listPresenceReasons(): Promise<PresenceReason[]> {
  return request<List<PresenceReason>>('GET', '/presence/reasons').then(itemsOf);
}
