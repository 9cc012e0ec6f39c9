import type { SaveDraftInput, TicketDraft, TicketDrafts } from '@kontakt/contracts';
import { request } from './client.ts';

const enc = encodeURIComponent;

/** Your draft on the ticket and colleagues' unsent drafts (previews). */
export function getDrafts(ticketId: string): Promise<TicketDrafts> {
  return request<TicketDrafts>('GET', `/tickets/${enc(ticketId)}/drafts`);
}

/** Saves your draft; a stale `version` fails with 409 `draft_conflict` (`details.current`). */
export function saveDraft(ticketId: string, input: SaveDraftInput): Promise<TicketDraft> {
  return request<TicketDraft>('PUT', `/tickets/${enc(ticketId)}/draft`, { body: input });
}

export function deleteDraft(ticketId: string, version?: number): Promise<void> {
  const query = version ? `?version=${version}` : '';
  return request<void>('DELETE', `/tickets/${enc(ticketId)}/draft${query}`);
}

/** Copies a colleague's draft into yours (`version`: yours, 0 for none). */
export function takeOverDraft(ticketId: string, agentId: string, version: number): Promise<TicketDraft> {
  return request<TicketDraft>('POST', `/tickets/${enc(ticketId)}/drafts/${enc(agentId)}/take-over`, {
    body: { version },
  });
}
