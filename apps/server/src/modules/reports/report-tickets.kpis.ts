import { sql } from 'drizzle-orm';
import type { ReportKpis } from '@kontakt/contracts';
import { BACKLOG_BUCKETS, ratio } from '@kontakt/domain';
import { queryRows, type Db } from '../../platform/db.ts';
import { DEFAULT_FCR_DAYS } from './rollup-facts.ts';
import { backlogInstant, inPeriod, sliceWhere, type ReportScope } from './report-filters.ts';

type Kpis = ReportKpis;
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Volume by channel, queue, type, reason and period, from the daily rows. */
export async function volumeKpis(db: Db, s: ReportScope): Promise<Kpis['volume']> {
  const where = sql`${sliceWhere(s, 'd')} AND ${inPeriod(s, 'd.day')}`;
  const groups = await queryRows<{
    g: string;
    v: string | null;
    label: string | null;
    n: number;
    solved: number;
  }>(
    db,
    sql`SELECT g, v, label, n::int, solved::int FROM (
        SELECT CASE WHEN GROUPING(d.channel) = 0 THEN 'channel' WHEN GROUPING(d.queue_id) = 0 THEN 'queue'
                    WHEN GROUPING(d.type) = 0 THEN 'type' WHEN GROUPING(d.contact_reason_id) = 0 THEN 'reason' ELSE 'all' END AS g,
          COALESCE(d.channel, d.queue_id::text, d.type, d.contact_reason_id::text) AS v,
          sum(d.created) AS n, sum(d.solved) AS solved
        FROM report_daily d WHERE ${where}
        GROUP BY GROUPING SETS ((d.channel), (d.queue_id), (d.type), (d.contact_reason_id), ())
      ) x LEFT JOIN LATERAL (
        SELECT CASE x.g WHEN 'queue' THEN (SELECT name FROM queues WHERE id::text = x.v)
                        WHEN 'reason' THEN (SELECT name FROM contact_reasons WHERE id::text = x.v) ELSE x.v END AS label
      ) l ON true`,
  );
  const period = s.applied.granularity;
  const series = await queryRows<{ p: string; created: number; solved: number }>(
    db,
    sql`SELECT date_trunc(${period}, d.day)::date::text AS p, sum(d.created)::int AS created, sum(d.solved)::int AS solved
        FROM report_daily d WHERE ${where} GROUP BY 1 ORDER BY 1`,
  );
  const bucket = (g: string) =>
    groups
      .filter((r) => r.g === g && r.n > 0)
      .sort((a, b) => b.n - a.n)
      .map((r) => ({ key: `${g}:${r.v ?? 'none'}`, value: r.v, label: r.label ?? r.v, count: r.n }));
  const total = groups.find((r) => r.g === 'all');
  return {
    created: total?.n ?? 0,
    solved: total?.solved ?? 0,
    byChannel: bucket('channel'),
    byQueue: bucket('queue'),
    byType: bucket('type'),
    byReason: bucket('reason'),
    byPeriod: series.map((r) => ({ period: r.p, created: r.created, solved: r.solved })),
  };
}

const summarySql = (col: string, p: string) => {
  const c = sql.raw(col);
  const [n, mean, med] = [`${p}n`, `${p}mean`, `${p}med`].map((a) => sql.raw(a));
  return sql`count(${c})::int AS ${n}, avg(${c}) AS ${mean}, percentile_cont(0.5) WITHIN GROUP (ORDER BY ${c}) AS ${med}`;
};

interface TimeRow {
  n: number;
  mean: number | null;
  med: number | null;
  bn: number;
  bmean: number | null;
  bmed: number | null;
}

/** Mean and median, calendar and business, of a facts duration over events completed in the period. */
async function timeMetric(
  db: Db,
  s: ReportScope,
  table: 'facts' | 'next',
  cal: string,
  bus: string,
  day: string,
) {
  const from =
    table === 'facts'
      ? sql`report_ticket_facts f WHERE ${sliceWhere(s, 'f')} AND ${inPeriod(s, `f.${day}`)}`
      : sql`report_next_responses r JOIN report_ticket_facts f ON f.ticket_id = r.ticket_id
            WHERE r.organization_id = ${s.organizationId} AND ${sliceWhere(s, 'f')} AND ${inPeriod(s, `r.${day}`)}`;
  const [r] = await queryRows<Record<keyof TimeRow, unknown>>(
    db,
    sql`SELECT ${summarySql(cal, '')}, ${summarySql(bus, 'b')} FROM ${from}`,
  );
  const row: TimeRow = {
    n: Number(r?.n ?? 0),
    mean: num(r?.mean),
    med: num(r?.med),
    bn: Number(r?.bn ?? 0),
    bmean: num(r?.bmean),
    bmed: num(r?.bmed),
  };
  return {
    calendar: { count: row.n, mean: row.mean, median: row.med },
    business: { count: row.bn, mean: row.bmean, median: row.bmed },
  };
}

/** First/next response and resolution times. */
export async function timeKpis(db: Db, s: ReportScope): Promise<Kpis['times']> {
  const [firstResponse, nextResponse, resolutionFirst, resolutionLast] = await Promise.all([
    timeMetric(
      db,
      s,
      'facts',
      'f.first_response_seconds',
      'f.first_response_business_seconds',
      'first_response_day',
    ),
    timeMetric(db, s, 'next', 'r.seconds', 'r.business_seconds', 'answered_day'),
    timeMetric(
      db,
      s,
      'facts',
      'f.resolution_first_seconds',
      'f.resolution_first_business_seconds',
      'first_solved_day',
    ),
    timeMetric(
      db,
      s,
      'facts',
      'f.resolution_last_seconds',
      'f.resolution_last_business_seconds',
      'last_solved_day',
    ),
  ]);
  return { firstResponse, nextResponse, resolutionFirst, resolutionLast };
}

/** SLA outcomes of tickets created in the period; running targets past due count as breached. */
export async function slaKpis(db: Db, s: ReportScope): Promise<Kpis['sla']> {
  const now = s.now.toISOString();
  const outcome = (t: string) => {
    const col = sql.raw(`f.sla_${t}`);
    const due = sql.raw(`f.sla_${t}_due_at`);
    const p = t[0];
    return sql`count(*) FILTER (WHERE ${col} = 'met')::int AS ${sql.raw(`${p}m`)},
      count(*) FILTER (WHERE ${col} = 'breached' OR (${col} = 'running' AND ${due} <= ${now}))::int AS ${sql.raw(`${p}b`)}`;
  };
  const [r] = await queryRows<Record<string, number>>(
    db,
    sql`SELECT ${outcome('first_response')}, ${outcome('next_response')}, ${outcome('resolution')}
        FROM report_ticket_facts f WHERE ${sliceWhere(s, 'f')} AND ${inPeriod(s, 'f.created_day')}`,
  );
  const n = (k: string) => Number(r?.[k] ?? 0);
  const [fm, fb, nm, nb, rm, rb] = ['fm', 'fb', 'nm', 'nb', 'rm', 'rb'].map(n) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return {
    firstResponse: ratio(fm, fm + fb),
    nextResponse: ratio(nm, nm + nb),
    resolution: ratio(rm, rm + rb),
    overall: ratio(fm + nm + rm, fm + fb + nm + nb + rm + rb),
  };
}

/** The condition "in the backlog at T" on facts alias f (T as ISO and epoch ms). */
export function backlogCondition(at: Date) {
  const t = at.toISOString();
  const msAt = at.getTime();
  return sql`f.created_at <= ${t} AND NOT EXISTS (
      SELECT 1 FROM jsonb_array_elements(f.solved_spans) sp
      WHERE (sp->>0)::bigint <= ${msAt} AND (sp->>1 IS NULL OR (sp->>1)::bigint > ${msAt}))
    AND (f.status NOT IN ('solved', 'closed') OR f.last_solved_at > ${t} OR f.first_solved_at > ${t} OR f.reopen_count > 0)`;
}

/** The SQL of a ticket's backlog age bucket at T. */
export function backlogBucketSql(at: Date) {
  const t = at.toISOString();
  return sql`CASE WHEN ${t}::timestamptz - f.created_at < interval '1 day' THEN 'lt_1d'
    WHEN ${t}::timestamptz - f.created_at < interval '3 days' THEN 'd1_3'
    WHEN ${t}::timestamptz - f.created_at < interval '7 days' THEN 'd3_7'
    WHEN ${t}::timestamptz - f.created_at < interval '30 days' THEN 'd7_30' ELSE 'gt_30d' END`;
}

/** Backlog at the end of the period with its age buckets. */
export async function backlogKpis(db: Db, s: ReportScope): Promise<Kpis['backlog']> {
  const at = backlogInstant(s);
  const rows = await queryRows<{ b: string; n: number }>(
    db,
    sql`SELECT ${backlogBucketSql(at)} AS b, count(*)::int AS n FROM report_ticket_facts f
        WHERE ${sliceWhere(s, 'f')} AND ${backlogCondition(at)} GROUP BY 1`,
  );
  const by = new Map(rows.map((r) => [r.b, r.n]));
  return {
    at: at.toISOString(),
    total: rows.reduce((sum, r) => sum + r.n, 0),
    buckets: BACKLOG_BUCKETS.map((bucket) => ({ bucket, count: by.get(bucket) ?? 0 })),
  };
}

/** Reopens in the period ÷ tickets solved (first time) in the period. */
export async function reopenKpi(db: Db, s: ReportScope): Promise<Kpis['reopen']> {
  const [r] = await queryRows<{ reopened: number; solved: number }>(
    db,
    sql`SELECT
        (SELECT count(*)::int FROM report_ticket_facts f, unnest(f.reopened_at) ra
          WHERE ${sliceWhere(s, 'f')} AND f.reopen_count > 0 AND ra >= ${s.start.toISOString()} AND ra < ${s.end.toISOString()}) AS reopened,
        (SELECT count(*)::int FROM report_ticket_facts f WHERE ${sliceWhere(s, 'f')} AND ${inPeriod(s, 'f.first_solved_day')}) AS solved`,
  );
  return ratio(r?.reopened ?? 0, r?.solved ?? 0);
}

/** The "repeat contact within N days" condition on facts alias f. */
export function repeatSql(days: number) {
  return sql`EXISTS (SELECT 1 FROM report_ticket_facts o WHERE o.customer_id = f.customer_id
      AND o.contact_reason_id = f.contact_reason_id AND o.organization_id = f.organization_id AND o.ticket_id <> f.ticket_id
      AND o.created_at > f.created_at AND o.created_at <= f.created_at + make_interval(days => ${days}))`;
}

/** FCR over issues created in the period that have a customer and a reason. */
export async function fcrKpi(db: Db, s: ReportScope): Promise<Kpis['fcr']> {
  const days = s.applied.fcrDays;
  const repeat = days === DEFAULT_FCR_DAYS ? sql`f.repeat_contact` : repeatSql(days);
  const [r] = await queryRows<{ judged: number; resolved: number }>(
    db,
    sql`SELECT count(*)::int AS judged, count(*) FILTER (WHERE NOT (${repeat}))::int AS resolved
        FROM report_ticket_facts f WHERE ${sliceWhere(s, 'f')} AND ${inPeriod(s, 'f.created_day')}
          AND f.customer_id IS NOT NULL AND f.contact_reason_id IS NOT NULL`,
  );
  return { ...ratio(r?.resolved ?? 0, r?.judged ?? 0), windowDays: days };
}
