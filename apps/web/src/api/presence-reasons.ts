import type {
  CreatePresenceReasonInput,
  PresenceReason,
  UpdatePresenceReasonInput,
} from '@kontakt/contracts';
import { request } from './client.ts';

/** Adds a reason code agents can give when away, busy or offline (admins). The list: `presence-api.ts`. */
export function createPresenceReason(input: CreatePresenceReasonInput): Promise<PresenceReason> {
  return request<PresenceReason>('POST', '/presence/reasons', { body: input });
}

/** Changes a reason's label or states, or retires it (`active: false`); the code stays. */
export function updatePresenceReason(id: string, input: UpdatePresenceReasonInput): Promise<PresenceReason> {
  return request<PresenceReason>('PATCH', `/presence/reasons/${encodeURIComponent(id)}`, { body: input });
}
