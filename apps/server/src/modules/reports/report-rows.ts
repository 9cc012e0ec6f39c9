import { sql, type SQL } from 'drizzle-orm';
import type { ReportDrillMetric, ReportTicketRow } from '@kontakt/contracts';
import { BACKLOG_BUCKETS } from '@kontakt/domain';
import { queryRows, type Db } from '../../platform/db.ts';
import { badRequest } from '../../http/errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/cursor.ts';
import { backlogBucketSql, backlogCondition, repeatSql } from './report-tickets.kpis.ts';
import { DEFAULT_FCR_DAYS } from './rollup-facts.ts';
import { backlogInstant, inPeriod, sliceWhere, type ReportScope } from './report-filters.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CHANNELS = ['email', 'chat', 'phone', 'web', 'api', 'whatsapp', 'messenger', 'telegram', 'other'];
const TYPES = ['question', 'incident', 'complaint', 'order', 'return', 'other'];

const invalidBucket = (metric: string, bucket: string | undefined) =>
  badRequest(`"${bucket ?? ''}" is not a bucket of the metric "${metric}".`, { metric, bucket });

/** `period:<date>` on a local-date column: the day, week or month starting there. */
function periodBucket(s: ReportScope, column: string, value: string): SQL {
  if (!DATE.test(value) || Number.isNaN(Date.parse(value))) throw invalidBucket('period', value);
  const step = sql.raw(`interval '1 ${s.applied.granularity}'`);
  return sql`${sql.raw(column)} >= ${value}::date AND ${sql.raw(column)} < (${value}::date + ${step})::date`;
}

function createdBucket(s: ReportScope, bucket: string | undefined): SQL {
  if (!bucket) return sql`true`;
  const [kind, value = ''] = bucket.split(/:(.*)/s, 2) as [string, string?];
  if (kind === 'channel' && CHANNELS.includes(value)) return sql`f.channel = ${value}`;
  if (kind === 'type' && TYPES.includes(value)) return sql`f.type = ${value}`;
  if (kind === 'queue' && UUID.test(value)) return sql`f.queue_id = ${value}`;
  if (kind === 'reason' && value === 'none') return sql`f.contact_reason_id IS NULL`;
  if (kind === 'reason' && UUID.test(value)) return sql`f.contact_reason_id = ${value}`;
  if (kind === 'period') return periodBucket(s, 'f.created_day', value);
  throw invalidBucket('created', bucket);
}

function slaBucket(s: ReportScope, bucket: string | undefined): SQL {
  const now = s.now.toISOString();
  const [a, b] = (bucket ?? '').split(':');
  const target = b ? a : null;
  const outcome = b ?? a;
  const targets = target ? [target] : ['first_response', 'next_response', 'resolution'];
  if (!targets.every((t) => ['first_response', 'next_response', 'resolution'].includes(t)))
    throw invalidBucket('sla', bucket);
  const one = (t: string) => {
    const col = sql.raw(`f.sla_${t}`);
    const due = sql.raw(`f.sla_${t}_due_at`);
    if (outcome === 'met') return sql`${col} = 'met'`;
    if (outcome === 'breached')
      return sql`(${col} = 'breached' OR (${col} = 'running' AND ${due} <= ${now}))`;
    throw invalidBucket('sla', bucket);
  };
  return sql`(${sql.join(targets.map(one), sql` OR `)})`;
}

/** The condition selecting the tickets behind a number. */
export function metricCondition(s: ReportScope, metric: ReportDrillMetric, bucket: string | undefined): SQL {
  const [start, end] = [s.start.toISOString(), s.end.toISOString()];
  const none = (c: SQL) => {
    if (bucket) throw invalidBucket(metric, bucket);
    return c;
  };
  switch (metric) {
    case 'created':
      // The same tickets as created_day in the period, as an instant range the newest-first index serves.
      return sql`f.created_at >= ${start} AND f.created_at < ${end} AND ${createdBucket(s, bucket)}`;
    case 'solved':
      if (bucket && !bucket.startsWith('period:')) throw invalidBucket(metric, bucket);
      return sql`${inPeriod(s, 'f.first_solved_day')} AND ${bucket ? periodBucket(s, 'f.first_solved_day', bucket.slice(7)) : sql`true`}`;
    case 'first_response':
      return none(inPeriod(s, 'f.first_response_day'));
    case 'resolution':
      return none(inPeriod(s, 'f.first_solved_day'));
    case 'sla':
      if (!bucket) throw invalidBucket(metric, bucket);
      return sql`${inPeriod(s, 'f.created_day')} AND ${slaBucket(s, bucket)}`;
    case 'backlog': {
      const at = backlogInstant(s);
      if (bucket && !(BACKLOG_BUCKETS as readonly string[]).includes(bucket))
        throw invalidBucket(metric, bucket);
      return sql`${backlogCondition(at)} AND ${bucket ? sql`${backlogBucketSql(at)} = ${bucket}` : sql`true`}`;
    }
    case 'reopened':
      return none(
        sql`f.reopen_count > 0 AND EXISTS (SELECT 1 FROM unnest(f.reopened_at) ra WHERE ra >= ${start} AND ra < ${end})`,
      );
    case 'fcr': {
      const days = s.applied.fcrDays;
      const repeat = days === DEFAULT_FCR_DAYS ? sql`f.repeat_contact` : repeatSql(days);
      const base = sql`${inPeriod(s, 'f.created_day')} AND f.customer_id IS NOT NULL AND f.contact_reason_id IS NOT NULL`;
      if (bucket === 'resolved') return sql`${base} AND NOT (${repeat})`;
      if (bucket === 'repeat') return sql`${base} AND ${repeat}`;
      throw invalidBucket(metric, bucket);
    }
    case 'csat': {
      const answered = sql`EXISTS (SELECT 1 FROM survey_answers sa WHERE sa.ticket_id = f.ticket_id AND sa.kind = 'csat'
        AND sa.created_at >= ${start} AND sa.created_at < ${end}`;
      if (!bucket) return sql`${answered})`;
      if (bucket === 'satisfied') return sql`${answered} AND sa.score >= 4)`;
      if (bucket === 'unsatisfied') return sql`${answered} AND sa.score <= 3)`;
      if (/^[1-5]$/.test(bucket)) return sql`${answered} AND sa.score = ${Number(bucket)})`;
      throw invalidBucket(metric, bucket);
    }
    case 'chat': {
      const y = s.applied.slThresholdSeconds;
      const chat = sql`EXISTS (SELECT 1 FROM chat_sessions c WHERE c.ticket_id = f.ticket_id
        AND c.enqueued_at >= ${start} AND c.enqueued_at < ${end}`;
      if (bucket === 'answered') return sql`${chat} AND c.accepted_at IS NOT NULL)`;
      if (bucket === 'abandoned') return sql`${chat} AND c.accepted_at IS NULL AND c.state = 'ended')`;
      if (bucket === 'within_threshold')
        return sql`${chat} AND c.accepted_at IS NOT NULL AND extract(epoch FROM c.accepted_at - c.enqueued_at) <= ${y})`;
      throw invalidBucket(metric, bucket);
    }
  }
}

interface RawRow {
  ticket_id: string;
  number: string;
  subject: string;
  status: ReportTicketRow['status'];
  type: ReportTicketRow['type'];
  channel: ReportTicketRow['channel'];
  queue_id: string;
  queue_name: string | null;
  team_id: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  contact_reason_id: string | null;
  reason_name: string | null;
  created_at: string;
  first_response_at: string | null;
  first_solved_at: string | null;
  last_solved_at: string | null;
  frs: number | null;
  frb: number | null;
  rs: number | null;
  rb: number | null;
  reopen_count: number;
  sla_fr: ReportTicketRow['slaFirstResponse'];
  sla_res: ReportTicketRow['slaResolution'];
  repeat: boolean | null;
  csat_rating: number | null;
}

const isoOf = (v: string | null) => (v === null ? null : new Date(v).toISOString());
const n = (v: number | null) => (v === null ? null : Number(v));

function present(r: RawRow): ReportTicketRow {
  return {
    ticketId: r.ticket_id,
    number: Number(r.number),
    subject: r.subject,
    status: r.status,
    type: r.type,
    channel: r.channel,
    queueId: r.queue_id,
    queueName: r.queue_name,
    teamId: r.team_id,
    assigneeId: r.assignee_id,
    assigneeName: r.assignee_name,
    contactReasonId: r.contact_reason_id,
    contactReasonName: r.reason_name,
    createdAt: isoOf(r.created_at)!,
    firstResponseAt: isoOf(r.first_response_at),
    firstSolvedAt: isoOf(r.first_solved_at),
    lastSolvedAt: isoOf(r.last_solved_at),
    firstResponseSeconds: n(r.frs),
    firstResponseBusinessSeconds: n(r.frb),
    resolutionSeconds: n(r.rs),
    resolutionBusinessSeconds: n(r.rb),
    reopenCount: r.reopen_count,
    slaFirstResponse: r.sla_fr,
    slaResolution: r.sla_res,
    repeatContact: r.repeat,
    csatRating: r.csat_rating,
  };
}

/**
 * One page of the tickets behind a number, newest first (keyset on created_at, id), with the
 * metric columns. The caller has already narrowed the scope to what the actor may see.
 */
export async function reportRows(
  db: Db,
  s: ReportScope,
  metric: ReportDrillMetric,
  bucket: string | undefined,
  page: { cursor?: string | undefined; limit: number },
): Promise<{ items: ReportTicketRow[]; nextCursor: string | null }> {
  const cond = metricCondition(s, metric, bucket);
  const after = decodeCursor(page.cursor);
  const keyset = after
    ? sql`AND (f.created_at, f.ticket_id) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`
    : sql``;
  const now = s.now.toISOString();
  const outcome = (t: string) =>
    sql.raw(
      `CASE WHEN f.sla_${t} = 'running' AND f.sla_${t}_due_at <= '${now}' THEN 'breached' ELSE f.sla_${t} END`,
    );
  const repeat =
    s.applied.fcrDays === DEFAULT_FCR_DAYS
      ? sql`f.repeat_contact`
      : sql`CASE WHEN f.customer_id IS NULL OR f.contact_reason_id IS NULL THEN NULL ELSE ${repeatSql(s.applied.fcrDays)} END`;
  const rows = await queryRows<RawRow>(
    db,
    sql`SELECT f.ticket_id, t.number::text AS number, t.subject, f.status, f.type, f.channel, f.queue_id, q.name AS queue_name,
        f.team_id, f.assignee_id, a.name AS assignee_name, f.contact_reason_id, r.name AS reason_name,
        f.created_at::text AS created_at, f.first_response_at::text AS first_response_at,
        f.first_solved_at::text AS first_solved_at, f.last_solved_at::text AS last_solved_at,
        f.first_response_seconds AS frs, f.first_response_business_seconds AS frb,
        f.resolution_first_seconds AS rs, f.resolution_first_business_seconds AS rb, f.reopen_count,
        ${outcome('first_response')} AS sla_fr, ${outcome('resolution')} AS sla_res, ${repeat} AS repeat, f.csat_rating
      FROM report_ticket_facts f
      JOIN tickets t ON t.id = f.ticket_id
      LEFT JOIN queues q ON q.id = f.queue_id
      LEFT JOIN agents a ON a.id = f.assignee_id
      LEFT JOIN contact_reasons r ON r.id = f.contact_reason_id
      WHERE ${sliceWhere(s, 'f')} AND ${cond} ${keyset}
      ORDER BY f.created_at DESC, f.ticket_id DESC LIMIT ${page.limit + 1}`,
  );
  const items = rows.slice(0, page.limit).map(present);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > page.limit && last ? encodeCursor(new Date(last.createdAt), last.ticketId) : null,
  };
}

/** Counts the rows an export will write. */
export async function countReportRows(
  db: Db,
  s: ReportScope,
  metric: ReportDrillMetric,
  bucket: string | undefined,
) {
  const [r] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM report_ticket_facts f WHERE ${sliceWhere(s, 'f')} AND ${metricCondition(s, metric, bucket)}`,
  );
  return r?.n ?? 0;
}

/** Every row behind a number, page by page (bounded memory for exports). */
export async function* allReportRows(
  db: Db,
  s: ReportScope,
  metric: ReportDrillMetric,
  bucket: string | undefined,
  batch = 1000,
): AsyncGenerator<ReportTicketRow[]> {
  let cursor: string | undefined;
  for (;;) {
    const page = await reportRows(db, s, metric, bucket, { cursor, limit: batch });
    if (page.items.length) yield page.items;
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}
