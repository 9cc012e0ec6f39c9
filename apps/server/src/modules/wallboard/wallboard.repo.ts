import { and, eq, gte, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { Channel } from '@kontakt/contracts';
import { OPEN_STATUSES } from '@kontakt/domain';
import type { Db } from '../../platform/db.ts';
import { chatSessions } from '../chat/index.ts';
import { tickets } from '../tickets/index.ts';

/*
 * The wallboard's reads. Each one walks a (partial) index by organization so a call stays cheap
 * however large the history is (checked with EXPLAIN):
 * - waiting chats: chat_sessions_waiting_idx; unassigned tickets: tickets_waiting_idx (0260);
 * - SLA due: tickets_sla_due_idx (range up to now + the risk window);
 * - assigned load: tickets_assignee_open_idx;
 * - today's tickets and chats: tickets_org_created_idx, chat_sessions_org_enqueued_idx (0260).
 */

const earliestDue = sql`LEAST(${tickets.firstResponseDueAt}, ${tickets.nextResponseDueAt}, ${tickets.resolutionDueAt})`;
const int = (v: unknown) => Number(v ?? 0);

/** Waiting chats per queue with the earliest enqueue time. */
export async function waitingChats(db: Db, org: string) {
  const rows = await db
    .select({
      queueId: chatSessions.queueId,
      count: sql<number>`count(*)::int`,
      oldest: sql<Date>`min(${chatSessions.enqueuedAt})`.mapWith(chatSessions.enqueuedAt),
    })
    .from(chatSessions)
    .where(and(eq(chatSessions.organizationId, org), eq(chatSessions.state, 'waiting')))
    .groupBy(chatSessions.queueId);
  return new Map(rows.map((r) => [r.queueId, { count: int(r.count), oldest: r.oldest }]));
}

/** Unassigned new or open tickets per queue (chats are counted as waiting chats instead). */
export async function waitingTickets(db: Db, org: string) {
  const rows = await db
    .select({
      queueId: tickets.queueId,
      count: sql<number>`count(*)::int`,
      oldest: sql<Date>`min(${tickets.createdAt})`.mapWith(tickets.createdAt),
    })
    .from(tickets)
    .where(
      and(
        eq(tickets.organizationId, org),
        isNull(tickets.assigneeId),
        inArray(tickets.status, ['new', 'open']),
        ne(tickets.channel, 'chat'),
      ),
    )
    .groupBy(tickets.queueId);
  return new Map(rows.map((r) => [r.queueId, { count: int(r.count), oldest: r.oldest }]));
}

/** Open tickets per queue whose earliest running SLA target is past due or due before `until`. */
export async function slaDue(db: Db, org: string, now: Date, until: Date) {
  const rows = await db
    .select({
      queueId: tickets.queueId,
      breached: sql<number>`count(*) FILTER (WHERE ${earliestDue} <= ${now.toISOString()}::timestamptz)::int`,
      atRisk: sql<number>`count(*) FILTER (WHERE ${earliestDue} > ${now.toISOString()}::timestamptz)::int`,
    })
    .from(tickets)
    .where(
      and(
        eq(tickets.organizationId, org),
        inArray(tickets.status, [...OPEN_STATUSES]),
        sql`${earliestDue} <= ${until.toISOString()}::timestamptz`,
      ),
    )
    .groupBy(tickets.queueId);
  return new Map(rows.map((r) => [r.queueId, { breached: int(r.breached), atRisk: int(r.atRisk) }]));
}

/** Open tickets per assignee. */
export async function openTicketsByAssignee(db: Db, org: string) {
  const rows = await db
    .select({ agentId: tickets.assigneeId, count: sql<number>`count(*)::int` })
    .from(tickets)
    .where(
      and(
        eq(tickets.organizationId, org),
        isNotNull(tickets.assigneeId),
        inArray(tickets.status, [...OPEN_STATUSES]),
      ),
    )
    .groupBy(tickets.assigneeId);
  return new Map(rows.map((r) => [r.agentId!, int(r.count)]));
}

/** Tickets created since an instant, per channel. */
export async function ticketsSince(db: Db, org: string, since: Date) {
  const rows = await db
    .select({ channel: tickets.channel, count: sql<number>`count(*)::int` })
    .from(tickets)
    .where(and(eq(tickets.organizationId, org), gte(tickets.createdAt, since)))
    .groupBy(tickets.channel);
  return rows.map((r) => ({ channel: r.channel as Channel, count: int(r.count) }));
}

export interface ChatOutcomes {
  entered: number;
  waiting: number;
  answered: number;
  answeredWithin: number;
  waitOfAnsweredSeconds: number;
  abandoned: number;
  abandonedShort: number;
  abandonedWithin: number;
}

/** Short abandons (DOMAIN.md §3 variant): visitors who left within this many seconds. */
export const SHORT_ABANDON_SECONDS = 5;

/** Chats that entered a queue since an instant, by outcome (abandoned: ended, never accepted). */
export async function chatOutcomesSince(
  db: Db,
  org: string,
  since: Date,
  thresholdSeconds: number,
): Promise<ChatOutcomes> {
  const s = chatSessions;
  const wait = sql`EXTRACT(EPOCH FROM (${s.acceptedAt} - ${s.enqueuedAt}))`;
  const leftAfter = sql`EXTRACT(EPOCH FROM (${s.endedAt} - ${s.enqueuedAt}))`;
  const abandoned = sql`${s.state} = 'ended' AND ${s.acceptedAt} IS NULL`;
  const [row] = await db
    .select({
      entered: sql<number>`count(*)::int`,
      waiting: sql<number>`count(*) FILTER (WHERE ${s.state} = 'waiting')::int`,
      answered: sql<number>`count(${s.acceptedAt})::int`,
      answeredWithin: sql<number>`count(*) FILTER (WHERE ${wait} <= ${thresholdSeconds})::int`,
      waitOfAnswered: sql<number>`coalesce(sum(${wait}), 0)::float8`,
      abandoned: sql<number>`count(*) FILTER (WHERE ${abandoned})::int`,
      abandonedShort: sql<number>`count(*) FILTER (WHERE ${abandoned} AND ${leftAfter} < ${SHORT_ABANDON_SECONDS})::int`,
      abandonedWithin: sql<number>`count(*) FILTER (WHERE ${abandoned} AND ${leftAfter} <= ${thresholdSeconds})::int`,
    })
    .from(s)
    .where(and(eq(s.organizationId, org), gte(s.enqueuedAt, since)));
  return {
    entered: int(row?.entered),
    waiting: int(row?.waiting),
    answered: int(row?.answered),
    answeredWithin: int(row?.answeredWithin),
    waitOfAnsweredSeconds: Number(row?.waitOfAnswered ?? 0),
    abandoned: int(row?.abandoned),
    abandonedShort: int(row?.abandonedShort),
    abandonedWithin: int(row?.abandonedWithin),
  };
}
