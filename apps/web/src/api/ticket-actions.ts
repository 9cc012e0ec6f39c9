import type { Ticket } from '@kontakt/contracts';
import { request } from './client.ts';

const enc = encodeURIComponent;

/** One linked ticket, from the point of view of the ticket asked about. */
export interface TicketLink {
  ticketId: string;
  number: number;
  subject: string;
  status: Ticket['status'];
  /** `parent`: the linked ticket is this one's parent; `child`: it is this one's child. */
  relation: 'related' | 'parent' | 'child';
}

/** Merges `sourceId` into `targetId`; answers the target, which now holds the messages. */
export function mergeTicket(sourceId: string, targetId: string): Promise<Ticket> {
  return request<Ticket>('POST', `/tickets/${enc(sourceId)}/merge`, { body: { targetId } });
}

/** Moves one message to a new ticket linked to this one; answers the new ticket. */
export function splitTicket(ticketId: string, messageId: string, subject?: string): Promise<Ticket> {
  return request<Ticket>('POST', `/tickets/${enc(ticketId)}/split`, {
    body: subject ? { messageId, subject } : { messageId },
  });
}

export async function listTicketLinks(ticketId: string): Promise<TicketLink[]> {
  return (await request<{ items: TicketLink[] }>('GET', `/tickets/${enc(ticketId)}/links`)).items;
}

/**
 * Links `ticketId` to `otherId` as seen from `ticketId`: related, or the other being its parent or
 * its child. The API stores parent → child, so a parent link is made from the other side.
 */
export async function linkTicket(
  ticketId: string,
  otherId: string,
  relation: TicketLink['relation'],
): Promise<void> {
  const [from, to] = relation === 'parent' ? [otherId, ticketId] : [ticketId, otherId];
  const kind = relation === 'related' ? 'related' : 'parent_child';
  await request('POST', `/tickets/${enc(from)}/links`, { body: { targetId: to, kind } });
}
