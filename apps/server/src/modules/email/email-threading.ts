import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { findOrganizationSettings } from '../organizations/index.ts';
import { tickets, type TicketRow } from '../tickets/index.ts';
import type { ParsedEmail } from './email-parse.ts';
import { emailMessageIds } from './email.table.ts';
import { ticketNumberInSubject } from './email-subject.ts';

export type Thread =
  | { kind: 'duplicate' }
  | { kind: 'ticket'; ticket: TicketRow; by: 'own_id' | 'references' | 'subject' }
  | { kind: 'new' };

/**
 * The ticket a merged ticket lives on in, locked for the caller's transaction (the mail is stored
 * on it next); closed tickets take no more mail (a new one opens).
 */
async function liveTicket(db: Db, organizationId: string, id: string): Promise<TicketRow | null> {
  let current: string | null = id;
  for (let hop = 0; current && hop < 10; hop++) {
    const [row] = await db
      .select()
      .from(tickets)
      .where(and(eq(tickets.organizationId, organizationId), eq(tickets.id, current)))
      .for('update');
    if (!row) return null;
    if (!row.mergedIntoId) return row.status === 'closed' ? null : row;
    current = row.mergedIntoId;
  }
  return null;
}

/**
 * Where an inbound message belongs (run inside the storing transaction, under its thread lock): its own Message-ID already stored → duplicate; seen as a
 * reference of an earlier child → that child's ticket; In-Reply-To / References (nearest first)
 * → that ticket; the organization's ticket reference (or the default `[#number]`) in the subject
 * of the same customer's ticket → that ticket; else new.
 */
export async function findThread(
  db: Db,
  organizationId: string,
  mail: ParsedEmail,
  customerId: string | null,
): Promise<Thread> {
  const refs = [...mail.inReplyTo, ...[...mail.references].reverse()];
  const ids = [mail.messageId, ...refs];
  const known = await db
    .select()
    .from(emailMessageIds)
    .where(
      and(eq(emailMessageIds.organizationId, organizationId), inArray(emailMessageIds.headerMessageId, ids)),
    );
  const own = known.find((k) => k.headerMessageId === mail.messageId);
  if (own?.messageId) return { kind: 'duplicate' };
  if (own) {
    const t = await liveTicket(db, organizationId, own.ticketId);
    if (t) return { kind: 'ticket', ticket: t, by: 'own_id' };
  }
  for (const ref of refs) {
    const hit = known.find((k) => k.headerMessageId === ref);
    const t = hit ? await liveTicket(db, organizationId, hit.ticketId) : null;
    if (t) return { kind: 'ticket', ticket: t, by: 'references' };
  }
  // The settings are read only when the subject could hold a reference.
  const number =
    customerId && mail.subject.includes('[')
      ? ticketNumberInSubject(
          mail.subject,
          (await findOrganizationSettings(db, organizationId)).ticketReferencePrefix,
        )
      : null;
  if (number !== null && customerId) {
    const [row] = await db
      .select()
      .from(tickets)
      .where(and(eq(tickets.organizationId, organizationId), eq(tickets.number, number)));
    const t = row && row.customerId === customerId ? await liveTicket(db, organizationId, row.id) : null;
    if (t) return { kind: 'ticket', ticket: t, by: 'subject' };
  }
  return { kind: 'new' };
}
