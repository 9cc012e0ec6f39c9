import { sql, type SQL } from 'drizzle-orm';
import type { TimeGroupBy, TimeReport, TimeReportRow } from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import { queryRows } from '../../platform/db.ts';
import { checkRange, seesAllTime } from './time-entries.service.ts';

interface ReportQuery {
  from: string;
  to: string;
  groupBy: TimeGroupBy[];
  agentId?: string | undefined;
  queueId?: string | undefined;
}

/** Columns selected and grouped by for each dimension (names come from the current records). */
const DIMENSIONS: Record<TimeGroupBy, { select: SQL; group: SQL }> = {
  category: {
    select: sql`e.category_id AS "categoryId", c.name AS "categoryName"`,
    group: sql`e.category_id, c.name`,
  },
  agent: { select: sql`e.agent_id AS "agentId", a.name AS "agentName"`, group: sql`e.agent_id, a.name` },
  queue: { select: sql`e.queue_id AS "queueId", q.name AS "queueName"`, group: sql`e.queue_id, q.name` },
};

/**
 * Time per activity, agent and queue for entries started in [from, to). Agents get their own
 * time only, whatever they ask for; leads and admins everyone's (optionally one agent or queue).
 */
export async function timeReport(ctx: ServiceCtx, q: ReportQuery): Promise<TimeReport> {
  const { actor } = ctx;
  const range = checkRange(q.from, q.to);
  const agentId = seesAllTime(actor) ? q.agentId : actor.agentId;
  const dims = q.groupBy.map((g) => DIMENSIONS[g]);
  const rows = await queryRows<Partial<TimeReportRow> & { seconds: number; entries: number }>(
    ctx.db,
    sql`SELECT ${sql.join(
      dims.map((d) => d.select),
      sql`, `,
    )},
           sum(floor(extract(epoch FROM e.ended_at - e.started_at)))::int AS seconds,
           count(*)::int AS entries
      FROM time_entries e
      JOIN activity_categories c ON c.id = e.category_id
      JOIN agents a ON a.id = e.agent_id
      LEFT JOIN queues q ON q.id = e.queue_id
     WHERE e.organization_id = ${actor.organizationId}
       AND e.started_at >= ${range.from.toISOString()} AND e.started_at < ${range.to.toISOString()}
       ${agentId ? sql`AND e.agent_id = ${agentId}` : sql``}
       ${q.queueId ? sql`AND e.queue_id = ${q.queueId}` : sql``}
     GROUP BY ${sql.join(
       dims.map((d) => d.group),
       sql`, `,
     )}
     ORDER BY seconds DESC
     LIMIT 5000`,
  );
  const shaped: TimeReportRow[] = rows.map((r) => ({
    categoryId: r.categoryId ?? null,
    categoryName: r.categoryName ?? null,
    agentId: r.agentId ?? null,
    agentName: r.agentName ?? null,
    queueId: r.queueId ?? null,
    queueName: r.queueName ?? null,
    seconds: r.seconds,
    entries: r.entries,
  }));
  return {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    groupBy: q.groupBy,
    rows: shaped,
    totalSeconds: shaped.reduce((s, r) => s + r.seconds, 0),
  };
}
