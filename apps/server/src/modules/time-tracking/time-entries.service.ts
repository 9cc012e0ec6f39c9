import { and, asc, eq, gte, inArray, lt, ne } from 'drizzle-orm';
import type {
  CreateTimeEntryInput,
  StartTimerInput,
  TimeEntry,
  TimeEntryListQuery,
  UpdateTimeEntryInput,
} from '@kontakt/contracts';
import type { Actor, ServiceCtx } from '../../http/actor.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db.ts';
import { getTicketForActor, tickets } from '../tickets/index.ts';
import { defaultCategory, usableCategory } from './categories.service.ts';
import { isLive, presentEntry } from './time-tracking.presenter.ts';
import { timeEntries, type TimeEntryRow } from './time-tracking.table.ts';

const MAX_RANGE_MS = 366 * 86_400_000;
/** Leads and admins see and correct everyone's time; agents their own. */
export const seesAllTime = (actor: Actor): boolean => actor.role === 'lead' || actor.role === 'admin';

export function checkRange(from: string, to: string): { from: Date; to: Date } {
  const f = new Date(from);
  const t = new Date(to);
  if (!(f < t)) throw new AppError(400, 'validation_failed', '"from" must be before "to".', { field: 'to' });
  if (t.getTime() - f.getTime() > MAX_RANGE_MS)
    throw new AppError(400, 'validation_failed', 'The period may span at most 366 days.', { field: 'from' });
  return { from: f, to: t };
}

async function present(db: Db, rows: TimeEntryRow[], now: Date): Promise<TimeEntry[]> {
  const ids = [...new Set(rows.map((r) => r.ticketId).filter((x): x is string => Boolean(x)))];
  const numbers = new Map<string, number>();
  if (ids.length > 0) {
    const found = await db
      .select({ id: tickets.id, number: tickets.number })
      .from(tickets)
      .where(inArray(tickets.id, ids));
    for (const t of found) numbers.set(t.id, t.number);
  }
  return rows.map((r) => presentEntry(r, r.ticketId ? (numbers.get(r.ticketId) ?? null) : null, now));
}

async function presentOne(db: Db, row: TimeEntryRow, now: Date) {
  return (await present(db, [row], now))[0]!;
}

/** An entry the caller may change: their own, or anyone's for leads and admins; others are 404. */
async function entryFor(db: Db, actor: Actor, id: string, lock = false): Promise<TimeEntryRow> {
  const q = db
    .select()
    .from(timeEntries)
    .where(and(eq(timeEntries.organizationId, actor.organizationId), eq(timeEntries.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row || (row.agentId !== actor.agentId && !seesAllTime(actor))) throw notFound('Time entry');
  return row;
}

/** Where a stretch ends now: at the last beat when the timer went quiet, else now. */
const endOf = (row: TimeEntryRow, now: Date): Date => (isLive(row, now) ? now : row.endedAt);

/** Stops every running timer of the agent (except `keep`) at its proper end. */
async function stopRunning(db: Db, org: string, agentId: string, now: Date, keep?: string): Promise<void> {
  const running = await db
    .select()
    .from(timeEntries)
    .where(
      and(
        eq(timeEntries.organizationId, org),
        eq(timeEntries.agentId, agentId),
        eq(timeEntries.running, true),
        ...(keep ? [ne(timeEntries.id, keep)] : []),
      ),
    )
    .for('update');
  for (const r of running)
    await db
      .update(timeEntries)
      .set({ running: false, endedAt: endOf(r, now), updatedAt: now })
      .where(eq(timeEntries.id, r.id));
}

/** Starts the ticket timer: a new stretch on the ticket, with the default category unless chosen. */
export async function startTimer(ctx: ServiceCtx, input: StartTimerInput): Promise<TimeEntry> {
  const { actor, now } = ctx;
  const org = actor.organizationId;
  return ctx.db.transaction(async (tx) => {
    const ticket = await getTicketForActor(tx, actor, input.ticketId);
    const category = input.categoryId
      ? await usableCategory(tx, org, input.categoryId)
      : await defaultCategory(tx, org, now);
    await stopRunning(tx, org, actor.agentId, now);
    const [row] = await tx
      .insert(timeEntries)
      .values({
        id: newId(),
        organizationId: org,
        agentId: actor.agentId,
        categoryId: category.id,
        ticketId: ticket.id,
        queueId: ticket.queueId,
        source: 'timer',
        startedAt: now,
        endedAt: now,
        running: true,
        note: '',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    return presentEntry(row!, ticket.number, now);
  });
}

/**
 * Moves a running timer's end to now. A timer that went quiet for longer than the gap (or was
 * stopped by another one) is not extended: the answer says `running: false` and the client starts
 * a new stretch when the agent is back.
 */
export async function heartbeat(ctx: ServiceCtx, id: string): Promise<TimeEntry> {
  return ctx.db.transaction(async (tx) => {
    const row = await entryFor(tx, ctx.actor, id, true);
    if (row.agentId !== ctx.actor.agentId) throw forbidden('Only the agent timing may beat the timer.');
    const live = isLive(row, ctx.now);
    const [updated] = await tx
      .update(timeEntries)
      .set(live ? { endedAt: ctx.now, updatedAt: ctx.now } : { running: false, updatedAt: ctx.now })
      .where(eq(timeEntries.id, id))
      .returning();
    return presentOne(tx, updated!, ctx.now);
  });
}

/** Stops a timer; a stretch shorter than a second is dropped (null). */
export async function stopTimer(ctx: ServiceCtx, id: string): Promise<TimeEntry | null> {
  return ctx.db.transaction(async (tx) => {
    const row = await entryFor(tx, ctx.actor, id, true);
    if (row.agentId !== ctx.actor.agentId) throw forbidden('Only the agent timing may stop the timer.');
    if (!row.running) return presentOne(tx, row, ctx.now);
    const endedAt = endOf(row, ctx.now);
    if (endedAt.getTime() - row.startedAt.getTime() < 1000) {
      await tx.delete(timeEntries).where(eq(timeEntries.id, id));
      return null;
    }
    const [updated] = await tx
      .update(timeEntries)
      .set({ running: false, endedAt, updatedAt: ctx.now })
      .where(eq(timeEntries.id, id))
      .returning();
    return presentOne(tx, updated!, ctx.now);
  });
}

function checkStart(startedAt: Date, durationSeconds: number, now: Date) {
  if (startedAt.getTime() + durationSeconds * 1000 > now.getTime() + 60_000)
    throw new AppError(400, 'date_in_future', 'Time cannot be recorded for the future.', {
      field: 'startedAt',
    });
}

/** A manual entry, with or without a ticket. */
export async function createEntry(ctx: ServiceCtx, input: CreateTimeEntryInput): Promise<TimeEntry> {
  const { actor, now } = ctx;
  const org = actor.organizationId;
  const startedAt = new Date(input.startedAt);
  checkStart(startedAt, input.durationSeconds, now);
  return ctx.db.transaction(async (tx) => {
    await usableCategory(tx, org, input.categoryId);
    const ticket = input.ticketId ? await getTicketForActor(tx, actor, input.ticketId) : null;
    const [row] = await tx
      .insert(timeEntries)
      .values({
        id: newId(),
        organizationId: org,
        agentId: actor.agentId,
        categoryId: input.categoryId,
        ticketId: ticket?.id ?? null,
        queueId: ticket?.queueId ?? null,
        source: 'manual',
        startedAt,
        endedAt: new Date(startedAt.getTime() + input.durationSeconds * 1000),
        running: false,
        note: input.note ?? '',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    return presentEntry(row!, ticket?.number ?? null, now);
  });
}

/** Corrects an entry; a running timer's times belong to the timer, only its category and note change. */
export async function updateEntry(
  ctx: ServiceCtx,
  id: string,
  input: UpdateTimeEntryInput,
): Promise<TimeEntry> {
  const { actor, now } = ctx;
  return ctx.db.transaction(async (tx) => {
    const row = await entryFor(tx, actor, id, true);
    if (input.categoryId) await usableCategory(tx, actor.organizationId, input.categoryId);
    const retimed = input.startedAt !== undefined || input.durationSeconds !== undefined;
    if (retimed && isLive(row, now))
      throw new AppError(409, 'conflict', 'Stop the timer before changing its times.', {
        field: 'startedAt',
      });
    const startedAt = input.startedAt ? new Date(input.startedAt) : row.startedAt;
    const seconds =
      input.durationSeconds ?? Math.floor((row.endedAt.getTime() - row.startedAt.getTime()) / 1000);
    if (retimed) checkStart(startedAt, seconds, now);
    const [updated] = await tx
      .update(timeEntries)
      .set({
        ...(input.categoryId ? { categoryId: input.categoryId } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
        ...(retimed
          ? { startedAt, endedAt: new Date(startedAt.getTime() + seconds * 1000), running: false }
          : {}),
        updatedAt: now,
      })
      .where(eq(timeEntries.id, id))
      .returning();
    return presentOne(tx, updated!, now);
  });
}

export async function deleteEntry(ctx: ServiceCtx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await entryFor(tx, ctx.actor, id, true);
    await tx.delete(timeEntries).where(eq(timeEntries.id, id));
  });
}

/** Entries started in [from, to): the caller's own, or (leads, admins) any agent's. */
export async function listEntries(ctx: ServiceCtx, q: TimeEntryListQuery): Promise<TimeEntry[]> {
  const { actor } = ctx;
  const range = checkRange(q.from, q.to);
  if (q.agentId && q.agentId !== actor.agentId && !seesAllTime(actor))
    throw forbidden('Only leads and admins see the time of other agents.');
  const agentId = q.agentId ?? actor.agentId;
  const rows = await ctx.db
    .select()
    .from(timeEntries)
    .where(
      and(
        eq(timeEntries.organizationId, actor.organizationId),
        eq(timeEntries.agentId, agentId),
        gte(timeEntries.startedAt, range.from),
        lt(timeEntries.startedAt, range.to),
        ...(q.ticketId ? [eq(timeEntries.ticketId, q.ticketId)] : []),
      ),
    )
    .orderBy(asc(timeEntries.startedAt), asc(timeEntries.id))
    .limit(2000);
  return present(ctx.db, rows, ctx.now);
}
