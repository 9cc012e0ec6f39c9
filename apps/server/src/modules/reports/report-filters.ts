import { sql, type SQL } from 'drizzle-orm';
import type { AppliedReportFilters, ReportFilters } from '@kontakt/contracts';
import { addDays, localDateOf, zonedInstant } from '@kontakt/domain';
import { badRequest } from '../../http/errors.ts';

/** The longest period a report covers (days). */
const MAX_DAYS = 400;

/** The filters of one report with the period as local dates and instants. */
export interface ReportScope {
  organizationId: string;
  applied: AppliedReportFilters;
  /** [start, end) instants of the period in the organization's zone. */
  start: Date;
  end: Date;
  now: Date;
}

/** Fills defaults (last 30 days up to today) and checks the period. */
export function reportScope(
  organizationId: string,
  timeZone: string,
  f: ReportFilters,
  now: Date,
): ReportScope {
  const today = localDateOf(timeZone, now.getTime());
  const to = f.to ?? today;
  const from = f.from ?? addDays(to, -29);
  if (from > to) throw badRequest('The period starts after it ends.', { from, to });
  if (Date.parse(to) - Date.parse(from) > MAX_DAYS * 86_400_000)
    throw badRequest(`A report covers at most ${MAX_DAYS} days.`, { from, to });
  return {
    organizationId,
    now,
    start: new Date(zonedInstant(timeZone, from, 0)),
    end: new Date(zonedInstant(timeZone, addDays(to, 1), 0)),
    applied: {
      from,
      to,
      timeZone,
      granularity: f.granularity,
      queueId: f.queueId ?? null,
      teamId: f.teamId ?? null,
      agentId: f.agentId ?? null,
      channel: f.channel ?? null,
      fcrDays: f.fcrDays,
      slThresholdSeconds: f.slThresholdSeconds,
      slVariant: f.slVariant,
      abandonmentVariant: f.abandonmentVariant,
    },
  };
}

/** Conditions on a facts-like table alias (report_ticket_facts or report_daily). */
export function sliceWhere(s: ReportScope, alias: string, agentColumn = 'assignee_id'): SQL {
  const a = sql.raw(alias);
  const parts: SQL[] = [sql`${a}.organization_id = ${s.organizationId}`];
  const f = s.applied;
  if (f.queueId) parts.push(sql`${a}.queue_id = ${f.queueId}`);
  if (f.teamId) parts.push(sql`${a}.team_id = ${f.teamId}`);
  if (f.agentId) parts.push(sql`${a}.${sql.raw(agentColumn)} = ${f.agentId}`);
  if (f.channel) parts.push(sql`${a}.channel = ${f.channel}`);
  return sql.join(parts, sql` AND `);
}

/** `col BETWEEN from AND to` on a local-date column. */
export const inPeriod = (s: ReportScope, column: string): SQL =>
  sql`${sql.raw(column)} BETWEEN ${s.applied.from}::date AND ${s.applied.to}::date`;

/** The backlog instant: the end of the period, or now when that is earlier. */
export const backlogInstant = (s: ReportScope): Date => (s.end < s.now ? s.end : s.now);
