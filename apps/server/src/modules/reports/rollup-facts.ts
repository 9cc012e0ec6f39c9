import { inArray, sql } from 'drizzle-orm';
import {
  durationsBetween,
  firstResponseAt,
  localDateOf,
  nextResponsePairs,
  solveHistory,
  type BusinessCalendar,
  type KpiMessage,
} from '@kontakt/domain';
import { queryRows, type Db } from '../../platform/db.ts';
import { calendars, toBusinessCalendar } from '../sla/index.ts';

/** The FCR window kept in the facts (other windows are computed when asked). */
export const DEFAULT_FCR_DAYS = 7;

interface SourceRow {
  id: string;
  organization_id: string;
  channel: string;
  type: string;
  status: string;
  queue_id: string;
  team_id: string | null;
  assignee_id: string | null;
  contact_reason_id: string | null;
  customer_id: string | null;
  created_at: string;
  merged: boolean;
  sla: {
    targets?: Array<{
      target: string;
      dueAt: string | null;
      metAt: string | null;
      breachedAt: string | null;
    }>;
  } | null;
  msgs: Array<{ at: string; k: 'reply' | 'note'; a: KpiMessage['authorType'] }> | null;
  statuses: Array<{ at: string; to: string }> | null;
  csat: number | null;
  repeat: boolean | null;
  calendar_id: string | null;
  tz: string | null;
}

/** Reads everything the facts of these tickets are computed from, in one statement. */
async function loadSources(db: Db, ticketIds: string[]): Promise<SourceRow[]> {
  return queryRows<SourceRow>(
    db,
    sql`SELECT t.id, t.organization_id, t.channel, t.type, t.status, t.queue_id, t.team_id, t.assignee_id,
      t.contact_reason_id, t.customer_id, t.created_at::text AS created_at, t.merged_into_id IS NOT NULL AS merged, t.sla,
      (SELECT json_agg(json_build_object('at', m.created_at, 'k', m.kind, 'a', m.author_type) ORDER BY m.created_at)
         FROM messages m WHERE m.ticket_id = t.id) AS msgs,
      (SELECT json_agg(json_build_object('at', e.created_at, 'to', e.new_value #>> '{}') ORDER BY e.created_at, e.id)
         FROM ticket_events e WHERE e.ticket_id = t.id AND e.field = 'status') AS statuses,
      (SELECT sa.score FROM survey_answers sa WHERE sa.ticket_id = t.id AND sa.kind = 'csat' LIMIT 1) AS csat,
      CASE WHEN t.customer_id IS NULL OR t.contact_reason_id IS NULL THEN NULL ELSE EXISTS (
        SELECT 1 FROM tickets o WHERE o.customer_id = t.customer_id AND o.contact_reason_id = t.contact_reason_id
          AND o.organization_id = t.organization_id AND o.id <> t.id AND o.merged_into_id IS NULL
          AND o.created_at > t.created_at AND o.created_at <= t.created_at + make_interval(days => ${DEFAULT_FCR_DAYS})) END AS repeat,
      (SELECT q.calendar_id FROM queues q WHERE q.id = t.queue_id) AS calendar_id,
      (SELECT o.settings->>'timeZone' FROM organizations o WHERE o.id = t.organization_id) AS tz
    FROM tickets t WHERE t.id IN (${sql.join(
      ticketIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
  );
}

const ms = (s: string) => Date.parse(s);
const iso = (n: number | null) => (n === null ? null : new Date(n).toISOString());

/** The business calendars of these ids, as the domain computes with them. */
async function loadCalendars(db: Db, ids: string[], now: Date): Promise<Map<string, BusinessCalendar>> {
  const out = new Map<string, BusinessCalendar>();
  if (ids.length === 0) return out;
  const rows = await db.select().from(calendars).where(inArray(calendars.id, ids));
  for (const r of rows) out.set(r.id, toBusinessCalendar(r, now));
  return out;
}

function slaOf(row: SourceRow, target: string) {
  const t = row.sla?.targets?.find((x) => x.target === target);
  if (!t) return { outcome: 'none', dueAt: null };
  if (t.breachedAt) return { outcome: 'breached', dueAt: t.dueAt };
  if (t.metAt) return { outcome: 'met', dueAt: t.dueAt };
  return { outcome: 'running', dueAt: t.dueAt };
}

/** Pure: the facts row and next-response events of one ticket. */
function computeFacts(row: SourceRow, cal: BusinessCalendar | null) {
  const tz = row.tz ?? 'Europe/Warsaw';
  const created = ms(row.created_at);
  const day = (n: number | null) => (n === null ? null : localDateOf(tz, n));
  const messages = (row.msgs ?? []).map((m) => ({ at: ms(m.at), kind: m.k, authorType: m.a }));
  const fr = firstResponseAt(created, messages);
  const frD = fr === null ? null : durationsBetween(cal, created, fr);
  const statuses = (row.statuses ?? []).map((s) => ({ at: ms(s.at), to: s.to }));
  const solve = solveHistory(statuses);
  const resFirst = solve.firstSolvedAt === null ? null : durationsBetween(cal, created, solve.firstSolvedAt);
  const resLast = solve.lastSolvedAt === null ? null : durationsBetween(cal, created, solve.lastSolvedAt);
  const spans: Array<[number, number | null]> = [];
  const reopenedAt: string[] = [];
  let solvedSince: number | null = null;
  for (const s of statuses) {
    const isSolved = s.to === 'solved' || s.to === 'closed';
    if (isSolved && solvedSince === null) solvedSince = s.at;
    else if (!isSolved && solvedSince !== null) {
      spans.push([solvedSince, s.at]);
      reopenedAt.push(new Date(s.at).toISOString());
      solvedSince = null;
    }
  }
  if (solvedSince !== null) spans.push([solvedSince, null]);
  const sFr = slaOf(row, 'first_response');
  const sNr = slaOf(row, 'next_response');
  const sRes = slaOf(row, 'resolution');
  const facts = {
    ticketId: row.id,
    organizationId: row.organization_id,
    channel: row.channel,
    type: row.type,
    status: row.status,
    queueId: row.queue_id,
    teamId: row.team_id,
    assigneeId: row.assignee_id,
    contactReasonId: row.contact_reason_id,
    customerId: row.customer_id,
    createdAt: new Date(created).toISOString(),
    createdDay: day(created)!,
    firstResponseAt: iso(fr),
    firstResponseDay: day(fr),
    firstResponseSeconds: frD?.calendar ?? null,
    firstResponseBusinessSeconds: frD?.business ?? null,
    firstSolvedAt: iso(solve.firstSolvedAt),
    firstSolvedDay: day(solve.firstSolvedAt),
    resolutionFirstSeconds: resFirst?.calendar ?? null,
    resolutionFirstBusinessSeconds: resFirst?.business ?? null,
    lastSolvedAt: iso(solve.lastSolvedAt),
    lastSolvedDay: day(solve.lastSolvedAt),
    resolutionLastSeconds: resLast?.calendar ?? null,
    resolutionLastBusinessSeconds: resLast?.business ?? null,
    reopenCount: solve.reopenCount,
    reopenedAt,
    solvedSpans: spans,
    slaFirstResponse: sFr.outcome,
    slaFirstResponseDueAt: sFr.dueAt,
    slaNextResponse: sNr.outcome,
    slaNextResponseDueAt: sNr.dueAt,
    slaResolution: sRes.outcome,
    slaResolutionDueAt: sRes.dueAt,
    csatRating: row.csat,
    repeatContact: row.repeat,
  };
  const next = nextResponsePairs(messages).map(([a, b]) => {
    const d = durationsBetween(cal, a, b);
    return {
      askedAt: iso(a)!,
      answeredAt: iso(b)!,
      answeredDay: day(b)!,
      seconds: d.calendar,
      business: d.business,
    };
  });
  return { facts, next };
}

type Facts = ReturnType<typeof computeFacts>['facts'];

const COLUMNS = [
  'ticket_id',
  'organization_id',
  'channel',
  'type',
  'status',
  'queue_id',
  'team_id',
  'assignee_id',
  'contact_reason_id',
  'customer_id',
  'created_at',
  'created_day',
  'first_response_at',
  'first_response_day',
  'first_response_seconds',
  'first_response_business_seconds',
  'first_solved_at',
  'first_solved_day',
  'resolution_first_seconds',
  'resolution_first_business_seconds',
  'last_solved_at',
  'last_solved_day',
  'resolution_last_seconds',
  'resolution_last_business_seconds',
  'reopen_count',
  'reopened_at',
  'solved_spans',
  'sla_first_response',
  'sla_first_response_due_at',
  'sla_next_response',
  'sla_next_response_due_at',
  'sla_resolution',
  'sla_resolution_due_at',
  'csat_rating',
  'repeat_contact',
] as const;

/** Writes facts as one jsonb array expanded by json_populate_recordset (one round trip per batch). */
async function upsertFacts(db: Db, rows: Facts[], now: Date) {
  if (rows.length === 0) return;
  const snake = rows.map((f) => ({
    ticket_id: f.ticketId,
    organization_id: f.organizationId,
    channel: f.channel,
    type: f.type,
    status: f.status,
    queue_id: f.queueId,
    team_id: f.teamId,
    assignee_id: f.assigneeId,
    contact_reason_id: f.contactReasonId,
    customer_id: f.customerId,
    created_at: f.createdAt,
    created_day: f.createdDay,
    first_response_at: f.firstResponseAt,
    first_response_day: f.firstResponseDay,
    first_response_seconds: f.firstResponseSeconds,
    first_response_business_seconds: f.firstResponseBusinessSeconds,
    first_solved_at: f.firstSolvedAt,
    first_solved_day: f.firstSolvedDay,
    resolution_first_seconds: f.resolutionFirstSeconds,
    resolution_first_business_seconds: f.resolutionFirstBusinessSeconds,
    last_solved_at: f.lastSolvedAt,
    last_solved_day: f.lastSolvedDay,
    resolution_last_seconds: f.resolutionLastSeconds,
    resolution_last_business_seconds: f.resolutionLastBusinessSeconds,
    reopen_count: f.reopenCount,
    reopened_at: f.reopenedAt,
    solved_spans: f.solvedSpans,
    sla_first_response: f.slaFirstResponse,
    sla_first_response_due_at: f.slaFirstResponseDueAt,
    sla_next_response: f.slaNextResponse,
    sla_next_response_due_at: f.slaNextResponseDueAt,
    sla_resolution: f.slaResolution,
    sla_resolution_due_at: f.slaResolutionDueAt,
    csat_rating: f.csatRating,
    repeat_contact: f.repeatContact,
    computed_at: now.toISOString(),
  }));
  const cols = sql.raw([...COLUMNS, 'computed_at'].join(', '));
  const updates = sql.raw([...COLUMNS.slice(1), 'computed_at'].map((c) => `${c} = EXCLUDED.${c}`).join(', '));
  await db.execute(sql`INSERT INTO report_ticket_facts (${cols})
    SELECT ${cols} FROM json_populate_recordset(NULL::report_ticket_facts, ${JSON.stringify(snake)}::json)
    ON CONFLICT (ticket_id) DO UPDATE SET ${updates}`);
}

/**
 * Recomputes the facts (and next-response events) of these tickets from the history; merged or
 * deleted tickets lose theirs. Returns the local days whose daily rows must be refreshed.
 */
export async function recomputeTicketFacts(
  db: Db,
  ticketIds: string[],
  now: Date,
): Promise<Map<string, Set<string>>> {
  const days = new Map<string, Set<string>>();
  if (ticketIds.length === 0) return days;
  const idList = sql.join(
    ticketIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const old = await queryRows<{ o: string; c: string; s: string | null; f: string | null }>(
    db,
    sql`SELECT organization_id AS o, created_day::text AS c, first_solved_day::text AS s, first_response_day::text AS f
        FROM report_ticket_facts WHERE ticket_id IN (${idList})`,
  );
  const add = (org: string, d: string | null) => {
    if (!d) return;
    const set = days.get(org) ?? new Set<string>();
    set.add(d);
    days.set(org, set);
  };
  for (const r of old) {
    add(r.o, r.c);
    add(r.o, r.s);
    add(r.o, r.f);
  }
  const sources = await loadSources(db, ticketIds);
  const cals = await loadCalendars(
    db,
    [...new Set(sources.flatMap((s) => (s.calendar_id ? [s.calendar_id] : [])))],
    now,
  );
  const computed = sources
    .filter((s) => !s.merged)
    .map((s) => computeFacts(s, s.calendar_id ? (cals.get(s.calendar_id) ?? null) : null));
  await db.execute(sql`DELETE FROM report_ticket_facts WHERE ticket_id IN (${idList})
    AND ticket_id NOT IN (SELECT id FROM tickets WHERE id IN (${idList}) AND merged_into_id IS NULL)`);
  await db.execute(sql`DELETE FROM report_next_responses WHERE ticket_id IN (${idList})`);
  await upsertFacts(
    db,
    computed.map((c) => c.facts),
    now,
  );
  const next = computed.flatMap((c) =>
    c.next.map((n) => ({
      ticket_id: c.facts.ticketId,
      organization_id: c.facts.organizationId,
      asked_at: n.askedAt,
      answered_at: n.answeredAt,
      answered_day: n.answeredDay,
      seconds: n.seconds,
      business_seconds: n.business,
    })),
  );
  if (next.length)
    await db.execute(sql`INSERT INTO report_next_responses
      SELECT * FROM json_populate_recordset(NULL::report_next_responses, ${JSON.stringify(next)}::json)
      ON CONFLICT DO NOTHING`);
  for (const c of computed) {
    add(c.facts.organizationId, c.facts.createdDay);
    add(c.facts.organizationId, c.facts.firstSolvedDay);
    add(c.facts.organizationId, c.facts.firstResponseDay);
  }
  return days;
}

/** Rebuilds the daily rows of these local days from the facts (all days when `days` is null). */
export async function refreshDaily(db: Db, organizationId: string, days: string[] | null): Promise<void> {
  if (days && days.length === 0) return;
  const dayFilter = (col: string) =>
    days
      ? sql`AND ${sql.raw(col)} IN (${sql.join(
          days.map((d) => sql`${d}::date`),
          sql`, `,
        )})`
      : sql``;
  await db.execute(
    sql`DELETE FROM report_daily WHERE organization_id = ${organizationId} ${dayFilter('day')}`,
  );
  await db.execute(sql`INSERT INTO report_daily (organization_id, day, queue_id, team_id, channel, type,
      contact_reason_id, assignee_id, created, solved, first_responses, first_response_seconds, resolutions, resolution_seconds)
    SELECT ${organizationId}, d, queue_id, team_id, channel, type, contact_reason_id, assignee_id,
      sum(created)::int, sum(solved)::int, sum(frs)::int, sum(fr), sum(res)::int, sum(rs)
    FROM (
      SELECT created_day AS d, queue_id, team_id, channel, type, contact_reason_id, assignee_id,
        1 AS created, 0 AS solved, 0 AS frs, 0::float8 AS fr, 0 AS res, 0::float8 AS rs
      FROM report_ticket_facts WHERE organization_id = ${organizationId} ${dayFilter('created_day')}
      UNION ALL
      SELECT first_solved_day, queue_id, team_id, channel, type, contact_reason_id, assignee_id,
        0, 1, 0, 0, 1, resolution_first_seconds
      FROM report_ticket_facts WHERE organization_id = ${organizationId} AND first_solved_day IS NOT NULL ${dayFilter('first_solved_day')}
      UNION ALL
      SELECT first_response_day, queue_id, team_id, channel, type, contact_reason_id, assignee_id,
        0, 0, 1, first_response_seconds, 0, 0
      FROM report_ticket_facts WHERE organization_id = ${organizationId} AND first_response_day IS NOT NULL ${dayFilter('first_response_day')}
    ) x
    GROUP BY d, queue_id, team_id, channel, type, contact_reason_id, assignee_id`);
}
