import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { canSee, visibleQueueIds } from './tickets.policy.ts';
import {
  attachments,
  messages,
  queues,
  ticketCounters,
  ticketEvents,
  ticketFollowers,
  tickets,
  type AttachmentRow,
  type MessageRow,
  type QueueRow,
  type TicketRow,
} from './tickets.table.ts';

/** The ticket if the actor may see it, else null (hidden and missing look the same). */
export async function findTicketForActor(db: Db, actor: Actor, id: string): Promise<TicketRow | null> {
  const [row] = await db
    .select()
    .from(tickets)
    .where(and(eq(tickets.organizationId, actor.organizationId), eq(tickets.id, id)));
  if (!row) return null;
  return canSee(row, actor, await visibleQueueIds(db, actor)) ? row : null;
}

export async function getTicketForActor(db: Db, actor: Actor, id: string): Promise<TicketRow> {
  const row = await findTicketForActor(db, actor, id);
  if (!row) throw notFound('Ticket');
  return row;
}

/** Locks the ticket row for the rest of the transaction (concurrent updates queue up). */
export async function lockTicket(db: Db, organizationId: string, id: string): Promise<TicketRow> {
  const [row] = await db
    .select()
    .from(tickets)
    .where(and(eq(tickets.organizationId, organizationId), eq(tickets.id, id)))
    .for('update');
  if (!row) throw notFound('Ticket');
  return row;
}

/** Next ticket number of the organization; gap-free because the counter row rolls back with the transaction. */
export async function nextTicketNumber(db: Db, organizationId: string): Promise<number> {
  const [row] = await db
    .insert(ticketCounters)
    .values({ organizationId, lastNumber: 1 })
    .onConflictDoUpdate({
      target: ticketCounters.organizationId,
      set: { lastNumber: sql`${ticketCounters.lastNumber} + 1` },
    })
    .returning({ n: ticketCounters.lastNumber });
  return row!.n;
}

/**
 * Gives a just-inserted ticket its gap-free number and search text (SQL function of migration 0045)
 * in one round trip; call it as the last statement of the creating transaction.
 */
export async function takeTicketNumber(db: Db, organizationId: string, ticketId: string): Promise<number> {
  const rows = await queryRows<{ n: string | number }>(
    db,
    sql`SELECT kontakt_take_ticket_number(${organizationId}, ${ticketId}) AS n`,
  );
  return Number(rows[0]!.n);
}

export async function followerIdsByTicket(db: Db, ticketIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(ticketIds.map((id) => [id, []]));
  if (ticketIds.length === 0) return map;
  const rows = await db.select().from(ticketFollowers).where(inArray(ticketFollowers.ticketId, ticketIds));
  for (const r of rows) map.get(r.ticketId)?.push(r.agentId);
  return map;
}

export async function setFollowers(db: Db, organizationId: string, ticketId: string, agentIds: string[]) {
  await db.delete(ticketFollowers).where(eq(ticketFollowers.ticketId, ticketId));
  if (agentIds.length)
    await db
      .insert(ticketFollowers)
      .values(agentIds.map((agentId) => ({ ticketId, agentId, organizationId })));
}

export async function getQueue(db: Db, organizationId: string, id: string): Promise<QueueRow> {
  const [row] = await db
    .select()
    .from(queues)
    .where(and(eq(queues.organizationId, organizationId), eq(queues.id, id)));
  if (!row) throw notFound('Queue');
  return row;
}

export async function listQueues(db: Db, organizationId: string): Promise<QueueRow[]> {
  return db.select().from(queues).where(eq(queues.organizationId, organizationId)).orderBy(asc(queues.name));
}

export async function messagesOf(db: Db, ticketId: string): Promise<MessageRow[]> {
  return db
    .select()
    .from(messages)
    .where(eq(messages.ticketId, ticketId))
    .orderBy(asc(messages.createdAt), asc(messages.id));
}

export async function attachmentsByMessage(
  db: Db,
  messageIds: string[],
): Promise<Map<string, AttachmentRow[]>> {
  const map = new Map<string, AttachmentRow[]>();
  if (messageIds.length === 0) return map;
  const rows = await db.select().from(attachments).where(inArray(attachments.messageId, messageIds));
  for (const r of rows) map.set(r.messageId!, [...(map.get(r.messageId!) ?? []), r]);
  return map;
}

export async function eventsOf(db: Db, ticketId: string) {
  return db
    .select()
    .from(ticketEvents)
    .where(eq(ticketEvents.ticketId, ticketId))
    .orderBy(asc(ticketEvents.createdAt), asc(ticketEvents.id));
}
