import { and, asc, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { ComplaintListQuery, Jurisdiction } from '@kontakt/contracts';
import { addDays, LEGAL_TIME_ZONES, localDateOf } from '@kontakt/domain';
import type { Db } from '../../platform/db.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { tickets, visibleQueueIds } from '../tickets/index.ts';
import { complaints, type ComplaintRow } from './complaints.table.ts';

/** The complaint of a ticket (the caller has already checked the ticket is visible). */
export async function getComplaintOfTicket(
  db: Db,
  organizationId: string,
  ticketId: string,
): Promise<ComplaintRow> {
  const [row] = await db
    .select()
    .from(complaints)
    .where(and(eq(complaints.organizationId, organizationId), eq(complaints.ticketId, ticketId)));
  if (!row) throw notFound('Complaint');
  return row;
}

/** Locks the complaint row and checks the version the change is based on (409 otherwise; null: no check). */
export async function lockComplaint(
  db: Db,
  organizationId: string,
  ticketId: string,
  version: number | null,
): Promise<ComplaintRow> {
  const [row] = await db
    .select()
    .from(complaints)
    .where(and(eq(complaints.organizationId, organizationId), eq(complaints.ticketId, ticketId)))
    .for('update');
  if (!row) throw notFound('Complaint');
  if (version !== null && row.version !== version)
    throw new AppError(
      409,
      'conflict',
      `Someone changed this complaint (now version ${row.version}). Reload it.`,
      {
        version: row.version,
      },
    );
  return row;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const OPEN = ['running', 'due_soon'] as const;

/** Open and due on or before today + n in each jurisdiction's legal zone. */
function dueWithin(days: number, now: Date): SQL | undefined {
  const c = complaints;
  return and(
    inArray(c.state, [...OPEN]),
    or(
      ...(Object.keys(LEGAL_TIME_ZONES) as Jurisdiction[]).map((j) =>
        and(
          eq(c.jurisdiction, j),
          sql`${c.dueDate} <= ${addDays(localDateOf(LEGAL_TIME_ZONES[j], now.getTime()), days)}`,
        ),
      ),
    ),
  );
}

function filters(q: ComplaintListQuery, now: Date): Array<SQL | undefined> {
  const c = complaints;
  return [
    q.state?.length ? inArray(c.state, q.state) : undefined,
    q.dueWithinDays !== undefined ? dueWithin(q.dueWithinDays, now) : undefined,
    q.cause ? or(eq(c.rootCauseCode, q.cause), like(c.rootCauseCode, `${escapeLike(q.cause)}.%`)) : undefined,
    q.product ? sql`${c.productText} LIKE '%' || kontakt_fold(${escapeLike(q.product)}) || '%'` : undefined,
  ];
}

/** Complaints on tickets the actor sees, filtered, soonest deadline (or newest) first. */
export async function listComplaintRows(db: Db, actor: Actor, q: ComplaintListQuery, now: Date) {
  const c = complaints;
  const visible = await visibleQueueIds(db, actor);
  const mine =
    visible === 'all'
      ? undefined
      : or(
          visible.length ? inArray(tickets.queueId, visible) : undefined,
          eq(tickets.assigneeId, actor.agentId),
        );
  const order = q.sort === 'received' ? [desc(c.receivedAt), desc(c.id)] : [asc(c.deadlineAt), asc(c.id)];
  return db
    .select({ complaint: c, number: tickets.number })
    .from(c)
    .innerJoin(tickets, eq(tickets.id, c.ticketId))
    .where(and(eq(c.organizationId, actor.organizationId), mine, ...filters(q, now)))
    .orderBy(...order)
    .limit(q.limit);
}
