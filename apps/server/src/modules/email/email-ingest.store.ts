import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/crypto.ts';
import {
  queues,
  notify,
  recordTicketEvents,
  takeTicketNumber,
  ticketFollowers,
  tickets,
  type TicketRow,
} from '../tickets/index.ts';
import type { ParsedEmail } from './email-parse.ts';
import type { MailboxRow } from './email.table.ts';
import { ticketSubject } from './email-subject.ts';
import { findThread } from './email-threading.ts';
import { DuplicateEmail, insertInboundMessage, textArray } from './email-ingest.message.ts';
import { applySla, slaPatchFor } from '../sla/index.ts';
import { runInboundAutomation } from '../automation/index.ts';

export { DuplicateEmail };

export interface StoredFile {
  filename: string;
  contentType: string;
  contentId: string | null;
  sha256: string;
  size: number;
}

export interface InboundToStore {
  organizationId: string;
  mailbox: MailboxRow;
  mail: ParsedEmail;
  raw: { sha256: string; size: number };
  files: StoredFile[];
  customerId: string | null;
  language: 'pl' | 'cs' | 'en' | null;
  now: Date;
}

const REOPENS = ['pending_customer', 'pending_third_party', 'solved', 'on_hold'];

/** A unique negative stand-in until the real number is taken, last, by takeTicketNumber. */
const provisionalNumber = (id: string) => -Number.parseInt(id.replace(/-/g, '').slice(-12), 16);

/** Inserts the new ticket (its number comes last, see storeInbound) with its history entry. */
async function openTicket(tx: Db, m: InboundToStore): Promise<TicketRow> {
  const id = newId();
  const [row] = await tx
    .insert(tickets)
    .values({
      id,
      organizationId: m.organizationId,
      number: provisionalNumber(id),
      subject: ticketSubject(m.mail.subject),
      status: 'new',
      priority: 'normal',
      type: 'question',
      channel: 'email',
      queueId: m.mailbox.queueId,
      teamId: sql`(SELECT ${queues.teamId} FROM ${queues} WHERE ${queues.id} = ${m.mailbox.queueId})`,
      assigneeId: null,
      customerId: m.customerId,
      tags: m.mail.listId ? ['list'] : [],
      customFields: {},
      contactReasonId: null,
      language: m.language,
      version: 1,
      searchText: '',
      createdAt: m.now,
      updatedAt: m.now,
      lastActivityAt: m.now,
    })
    .returning();
  await recordTicketEvents(tx, row!, null, m.now, [
    { kind: 'created', to: { status: 'new', queueId: m.mailbox.queueId } },
  ]);
  return row!;
}

/**
 * Moves a threaded ticket on (activity, reopening on a real customer reply, the `list` tag) and
 * tells its assignee and followers about the reply; the followers come back with the update.
 */
async function touchTicket(tx: Db, ticket: TicketRow, messageId: string, m: InboundToStore) {
  const reopen = !m.mail.autoReply && REOPENS.includes(ticket.status);
  const tags = m.mail.listId && !ticket.tags.includes('list') ? [...ticket.tags, 'list'] : ticket.tags;
  // The SLA recomputed for this mail goes into the ticket's one UPDATE (modules/sla).
  const sla = await slaPatchFor(tx, ticket.id, m.now, reopen ? { status: 'open' } : {});
  const [fresh] = await tx
    .update(tickets)
    .set({
      ...sla,
      lastActivityAt: m.now,
      updatedAt: m.now,
      version: sql`${tickets.version} + 1`,
      tags,
      ...(reopen ? { status: 'open' as const } : {}),
    })
    .where(eq(tickets.id, ticket.id))
    .returning({
      ...getTableColumns(tickets),
      followers: sql<string[] | null>`(SELECT array_agg(${ticketFollowers.agentId}) FROM ${ticketFollowers}
        WHERE ${ticketFollowers.ticketId} = ${tickets.id})`,
    });
  const { followers, ...row } = fresh!;
  if (reopen)
    await recordTicketEvents(tx, ticket, null, m.now, [
      { kind: 'field_changed', field: 'status', from: ticket.status, to: 'open' },
    ]);
  if (!m.mail.autoReply)
    await notify(tx, {
      organizationId: m.organizationId,
      agentIds: [...(followers ?? []), ...(ticket.assigneeId ? [ticket.assigneeId] : [])],
      kind: 'reply',
      ticketId: ticket.id,
      messageId,
      actorId: null,
      now: m.now,
    });
  return row;
}

/**
 * Serializes the threading of related mail: a transaction-scoped advisory lock per Message-ID the
 * mail carries or references, taken in one sorted order (no deadlocks). A reply and the message it
 * answers share an id, so when they arrive at the same moment the second waits for the first to
 * commit and then threads into its ticket, instead of both opening one.
 */
async function lockThreadIds(tx: Db, organizationId: string, mail: ParsedEmail) {
  const ids = [...new Set([mail.messageId, ...mail.inReplyTo, ...mail.references])].slice(0, 100);
  await tx.execute(sql`
    SELECT count(pg_advisory_xact_lock(k)) FROM (
      SELECT DISTINCT hashtextextended(${organizationId}::text || ' ' || id, 0) AS k
      FROM unnest(${textArray(ids)}) AS id ORDER BY k) AS keys`);
}

/**
 * Stores an inbound e-mail in one transaction: finds its thread (under the thread lock), then the
 * ticket (found or opened), the message with its files, the e-mail record and the Message-IDs.
 * A new ticket takes its gap-free number as the last statement, so the organization's counter row
 * is locked only for that statement and the commit. Throws DuplicateEmail on a re-delivery.
 */
export async function storeInbound(db: Db, m: InboundToStore) {
  return db.transaction(async (tx) => {
    await lockThreadIds(tx, m.organizationId, m.mail);
    const thread = await findThread(tx, m.organizationId, m.mail, m.customerId);
    if (thread.kind === 'duplicate') throw new DuplicateEmail();
    if (thread.kind === 'ticket') {
      const { row, files } = await insertInboundMessage(tx, thread.ticket.id, m);
      const ticket = await touchTicket(tx, thread.ticket, row.id, m);
      return {
        ticket: { ...ticket, ...(await runInboundAutomation(tx, ticket, row, false, m.now)) },
        message: row,
        files,
        created: false,
      };
    }
    const ticket = await openTicket(tx, m);
    const { row, files } = await insertInboundMessage(tx, ticket.id, m);
    Object.assign(ticket, await applySla(tx, ticket.id, m.now));
    // Last: the organization's counter row stays locked only for this statement and the commit.
    const number = await takeTicketNumber(tx, m.organizationId, ticket.id);
    Object.assign(ticket, await runInboundAutomation(tx, ticket, row, true, m.now));
    return { ticket: { ...ticket, number }, message: row, files, created: true };
  });
}
