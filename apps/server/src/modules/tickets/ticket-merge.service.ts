import { and, eq, or, sql } from 'drizzle-orm';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import type { EventBus } from '../../realtime/event-bus.ts';
import { attachments, messages, ticketLinks, tickets, type TicketRow } from './tickets.table.ts';
import { followerIdsByTicket, getTicketForActor, lockTicket, nextTicketNumber } from './tickets.repo.ts';
import { presentTicket } from './tickets.presenter.ts';
import { recordTicketEvents } from './ticket-events.ts';
import { applySla } from '../sla/index.ts';
import { refreshSearchText } from './ticket-search.ts';

const merged = (t: TicketRow) =>
  new AppError(409, 'ticket_merged', `Ticket #${t.number} was already merged.`, { targetId: t.mergedIntoId });

function publishUpdated(ctx: ServiceCtx, events: EventBus, rows: TicketRow[]) {
  for (const t of rows)
    events.publish({
      type: 'ticket.updated',
      organizationId: ctx.actor.organizationId,
      ticket: presentTicket(t, []),
    });
}

/** Locks two tickets in id order so concurrent merges cannot deadlock. */
async function lockPair(tx: ServiceCtx['db'], org: string, a: string, b: string) {
  const [first, second] = a < b ? [a, b] : [b, a];
  const x = await lockTicket(tx, org, first);
  const y = await lockTicket(tx, org, second);
  return a < b ? [x, y] : [y, x];
}

/**
 * Merges `sourceId` into `targetId`: the source's messages and attachments move, the source is
 * closed and points to the target (clients redirect), both histories record it.
 */
export async function mergeTickets(ctx: ServiceCtx, events: EventBus, sourceId: string, targetId: string) {
  if (sourceId === targetId)
    throw new AppError(409, 'merge_into_self', 'A ticket cannot be merged into itself.');
  await getTicketForActor(ctx.db, ctx.actor, sourceId);
  await getTicketForActor(ctx.db, ctx.actor, targetId);
  const org = ctx.actor.organizationId;
  const [source, target] = await ctx.db.transaction(async (tx) => {
    const [s, t] = await lockPair(tx, org, sourceId, targetId);
    if (s!.mergedIntoId) throw merged(s!);
    if (t!.mergedIntoId) throw merged(t!);
    if (t!.status === 'closed')
      throw new AppError(409, 'ticket_closed', 'Merge into an open ticket; the target is closed.');
    await tx.update(messages).set({ ticketId: t!.id }).where(eq(messages.ticketId, s!.id));
    await tx.update(attachments).set({ ticketId: t!.id }).where(eq(attachments.ticketId, s!.id));
    const [src] = await tx
      .update(tickets)
      .set({
        mergedIntoId: t!.id,
        status: 'closed',
        closedAt: ctx.now,
        updatedAt: ctx.now,
        version: sql`${tickets.version} + 1`,
      })
      .where(eq(tickets.id, s!.id))
      .returning();
    Object.assign(src!, await applySla(tx, s!.id, ctx.now));
    const [tgt] = await tx
      .update(tickets)
      .set({
        updatedAt: ctx.now,
        lastActivityAt: ctx.now,
        version: sql`${tickets.version} + 1`,
        tags: [...new Set([...t!.tags, ...s!.tags])],
      })
      .where(eq(tickets.id, t!.id))
      .returning();
    await recordTicketEvents(tx, s!, ctx.actor, ctx.now, [
      { kind: 'merged_into', to: { id: t!.id, number: t!.number } },
    ]);
    await recordTicketEvents(tx, t!, ctx.actor, ctx.now, [
      { kind: 'merged_from', from: { id: s!.id, number: s!.number } },
    ]);
    return [src!, tgt!];
  });
  publishUpdated(ctx, events, [source, target]);
  return presentTicket(
    target,
    (await followerIdsByTicket(ctx.db, [target.id])).get(target.id) ?? [],
    ctx.actor,
  );
}

/** Moves one message to a new ticket linked to the old one (same customer, queue and channel). */
export async function splitTicket(
  ctx: ServiceCtx,
  events: EventBus,
  ticketId: string,
  messageId: string,
  subject?: string,
) {
  await getTicketForActor(ctx.db, ctx.actor, ticketId);
  const org = ctx.actor.organizationId;
  const [original, created] = await ctx.db.transaction(async (tx) => {
    const t = await lockTicket(tx, org, ticketId);
    const [m] = await tx
      .select()
      .from(messages)
      .where(and(eq(messages.id, messageId), eq(messages.ticketId, t.id)));
    if (!m) throw new AppError(404, 'not_found', 'Message not found on this ticket.', { field: 'messageId' });
    const count = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(messages)
      .where(eq(messages.ticketId, t.id));
    if ((count[0]?.n ?? 0) < 2)
      throw new AppError(409, 'conflict', 'A ticket with one message cannot be split.');
    const number = await nextTicketNumber(tx, org);
    const [n] = await tx
      .insert(tickets)
      .values({
        ...t,
        id: newId(),
        number,
        subject: subject ?? t.subject,
        status: 'open',
        assigneeId: ctx.actor.agentId,
        mergedIntoId: null,
        version: 1,
        createdAt: ctx.now,
        updatedAt: ctx.now,
        lastActivityAt: ctx.now,
        firstResponseAt: null,
        solvedAt: null,
        closedAt: null,
      })
      .returning();
    await tx.update(messages).set({ ticketId: n!.id }).where(eq(messages.id, m.id));
    await tx.update(attachments).set({ ticketId: n!.id }).where(eq(attachments.messageId, m.id));
    await tx.insert(ticketLinks).values({
      organizationId: org,
      fromTicketId: t.id,
      toTicketId: n!.id,
      kind: 'related',
      createdAt: ctx.now,
    });
    const [o] = await tx
      .update(tickets)
      .set({ updatedAt: ctx.now, version: sql`${tickets.version} + 1` })
      .where(eq(tickets.id, t.id))
      .returning();
    await recordTicketEvents(tx, t, ctx.actor, ctx.now, [
      { kind: 'split_to', to: { id: n!.id, number, messageId } },
    ]);
    await recordTicketEvents(tx, n!, ctx.actor, ctx.now, [
      { kind: 'split_from', from: { id: t.id, number: t.number, messageId } },
    ]);
    await refreshSearchText(tx, n!.id);
    return [o!, n!];
  });
  publishUpdated(ctx, events, [original]);
  events.publish({ type: 'ticket.created', organizationId: org, ticket: presentTicket(created, []) });
  return presentTicket(created, [], ctx.actor);
}

/** Links two tickets; `parent_child` makes `ticketId` the parent. Idempotent. */
export async function linkTickets(
  ctx: ServiceCtx,
  ticketId: string,
  targetId: string,
  kind: 'related' | 'parent_child',
) {
  if (ticketId === targetId) throw new AppError(409, 'conflict', 'A ticket cannot be linked to itself.');
  const a = await getTicketForActor(ctx.db, ctx.actor, ticketId);
  const b = await getTicketForActor(ctx.db, ctx.actor, targetId);
  await ctx.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(ticketLinks)
      .values({
        organizationId: a.organizationId,
        fromTicketId: a.id,
        toTicketId: b.id,
        kind,
        createdAt: ctx.now,
      })
      .onConflictDoNothing()
      .returning();
    if (inserted.length) {
      await recordTicketEvents(tx, a, ctx.actor, ctx.now, [
        { kind: 'linked', to: { id: b.id, number: b.number, kind } },
      ]);
      await recordTicketEvents(tx, b, ctx.actor, ctx.now, [
        {
          kind: 'linked',
          to: { id: a.id, number: a.number, kind: kind === 'parent_child' ? 'child_of' : kind },
        },
      ]);
    }
  });
  return listLinks(ctx, ticketId);
}

/** Links of a ticket, from its point of view, to tickets the reader can see. */
export async function listLinks(ctx: ServiceCtx, ticketId: string) {
  const t = await getTicketForActor(ctx.db, ctx.actor, ticketId);
  const rows = await ctx.db
    .select()
    .from(ticketLinks)
    .where(
      and(
        eq(ticketLinks.organizationId, t.organizationId),
        or(eq(ticketLinks.fromTicketId, t.id), eq(ticketLinks.toTicketId, t.id)),
      ),
    );
  const out: Array<{
    ticketId: string;
    number: number;
    subject: string;
    status: string;
    relation: 'related' | 'parent' | 'child';
  }> = [];
  for (const r of rows) {
    const otherId = r.fromTicketId === t.id ? r.toTicketId : r.fromTicketId;
    const other = await getTicketForActor(ctx.db, ctx.actor, otherId).catch(() => null);
    if (!other) continue;
    const relation = r.kind === 'related' ? 'related' : r.fromTicketId === t.id ? 'child' : 'parent';
    out.push({
      ticketId: other.id,
      number: other.number,
      subject: other.subject,
      status: other.status,
      relation,
    });
  }
  return out;
}
