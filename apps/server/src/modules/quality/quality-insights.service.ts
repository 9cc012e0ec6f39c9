import { sql } from 'drizzle-orm';
import { calibrate } from '@kontakt/domain';
import type { Calibration, SampleInput, SampledTicket, TrendPoint, TrendQuery } from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { queryRows } from '../../platform/db.ts';
import { getTicketForActor } from '../tickets/tickets.repo.ts';
import { findReviews } from './reviews.repo.ts';

/**
 * A random sample of conversations to review: per agent, `perAgent` tickets they were assigned
 * that were solved in the period and that nobody has reviewed yet.
 */
export async function sampleConversations(ctx: ServiceCtx, input: SampleInput): Promise<SampledTicket[]> {
  const org = ctx.actor.organizationId;
  const filters = [sql`t.organization_id = ${org}`, sql`t.assignee_id IS NOT NULL`];
  filters.push(sql`t.solved_at >= ${input.from}::timestamptz AND t.solved_at < ${input.to}::timestamptz`);
  filters.push(sql`t.merged_into_id IS NULL`);
  filters.push(sql`NOT EXISTS (SELECT 1 FROM qa_reviews r WHERE r.ticket_id = t.id)`);
  if (input.agentIds?.length)
    filters.push(
      sql`t.assignee_id IN (${sql.join(
        input.agentIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
  if (input.teamId)
    filters.push(
      sql`t.assignee_id IN (SELECT agent_id FROM team_members WHERE team_id = ${input.teamId}::uuid AND organization_id = ${org})`,
    );
  if (input.queueId) filters.push(sql`t.queue_id = ${input.queueId}::uuid`);
  if (input.channel) filters.push(sql`t.channel = ${input.channel}`);
  const rows = await queryRows<{
    ticket_id: string;
    number: number;
    subject: string;
    channel: string;
    agent_id: string;
    agent_name: string;
    solved_at: Date | string | null;
  }>(
    ctx.db,
    sql`SELECT s.id AS ticket_id, s.number, s.subject, s.channel, s.assignee_id AS agent_id, a.name AS agent_name, s.solved_at
      FROM (SELECT t.*, row_number() OVER (PARTITION BY t.assignee_id ORDER BY random()) AS n
            FROM tickets t WHERE ${sql.join(filters, sql` AND `)}) s
      JOIN agents a ON a.id = s.assignee_id
      WHERE s.n <= ${input.perAgent}
      ORDER BY a.name, s.solved_at`,
  );
  return rows.map((r) => ({
    ticketId: r.ticket_id,
    number: Number(r.number),
    subject: r.subject,
    channel: r.channel,
    agentId: r.agent_id,
    agentName: r.agent_name,
    solvedAt: r.solved_at === null ? null : new Date(r.solved_at).toISOString(),
  }));
}

/** Several reviewers' published reviews of one conversation with one scorecard, compared. */
export async function calibration(
  ctx: ServiceCtx,
  ticketId: string,
  scorecardId: string,
): Promise<Calibration> {
  await getTicketForActor(ctx.db, ctx.actor, ticketId);
  const reviews = await findReviews(ctx.db, {
    organizationId: ctx.actor.organizationId,
    ticketId,
    scorecardId,
    publishedOnly: true,
  });
  if (!reviews.length) throw notFound('Reviews of this conversation');
  const result = calibrate(reviews[0]!.sections, reviews);
  return { ticketId, scorecardId, ...result, reviews };
}

/** Mean scores per agent or team and period, or per criterion the share met (partly met counts half). */
export async function qualityTrends(ctx: ServiceCtx, q: TrendQuery): Promise<TrendPoint[]> {
  const org = ctx.actor.organizationId;
  const unit = q.period === 'month' ? 'month' : 'week';
  const where = sql.join(
    [
      sql`r.organization_id = ${org}`,
      sql`r.status <> 'draft'`,
      sql`r.published_at >= ${q.from}::timestamptz AND r.published_at < ${q.to}::timestamptz`,
      ...(q.scorecardId ? [sql`r.scorecard_id = ${q.scorecardId}::uuid`] : []),
    ],
    sql` AND `,
  );
  const period = sql`to_char(date_trunc(${unit}, r.published_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`;
  type Row = {
    key: string;
    label: string;
    period: string;
    reviews: number | string;
    score: number | string | null;
  };
  const toPoint = (r: Row): TrendPoint => ({
    key: r.key,
    label: r.label,
    period: r.period,
    reviews: Number(r.reviews),
    score: r.score === null ? null : Math.round(Number(r.score) * 10) / 10,
  });
  if (q.groupBy === 'agent' || q.groupBy === 'team') {
    const rows =
      q.groupBy === 'agent'
        ? await queryRows<Row>(
            ctx.db,
            sql`SELECT r.agent_id::text AS key, a.name AS label, ${period} AS period, count(*) AS reviews, avg(r.score) AS score
              FROM qa_reviews r JOIN agents a ON a.id = r.agent_id WHERE ${where}
              GROUP BY 1, 2, 3 ORDER BY 3, 2`,
          )
        : await queryRows<Row>(
            ctx.db,
            sql`SELECT tm.team_id::text AS key, tt.name AS label, ${period} AS period, count(*) AS reviews, avg(r.score) AS score
              FROM qa_reviews r JOIN team_members tm ON tm.agent_id = r.agent_id JOIN teams tt ON tt.id = tm.team_id
              WHERE ${where} GROUP BY 1, 2, 3 ORDER BY 3, 2`,
          );
    return rows.map(toPoint);
  }
  const rows = await queryRows<{ period: string; sections: unknown; answers: unknown }>(
    ctx.db,
    sql`SELECT ${period} AS period, r.sections, r.answers FROM qa_reviews r WHERE ${where}`,
  );
  const acc = new Map<string, { label: string; period: string; n: number; sum: number; reviews: number }>();
  const VALUE: Record<string, number> = { met: 1, partial: 0.5, not_met: 0 };
  for (const r of rows) {
    const sections = (typeof r.sections === 'string' ? JSON.parse(r.sections) : r.sections) as Array<{
      criteria: Array<{ id: string; label: string }>;
    }>;
    const answers = (typeof r.answers === 'string' ? JSON.parse(r.answers) : r.answers) as Record<
      string,
      string
    >;
    for (const c of sections.flatMap((s) => s.criteria)) {
      const key = `${c.id}\u0000${r.period}`;
      const cur = acc.get(key) ?? { label: c.label, period: r.period, n: 0, sum: 0, reviews: 0 };
      cur.reviews += 1;
      const a = answers[c.id];
      if (a && a in VALUE) {
        cur.n += 1;
        cur.sum += VALUE[a]!;
      }
      acc.set(key, cur);
    }
  }
  return [...acc.entries()]
    .map(([key, v]) => ({
      key: key.split('\u0000')[0]!,
      label: v.label,
      period: v.period,
      reviews: v.reviews,
      score: v.n ? Math.round((v.sum / v.n) * 1000) / 10 : null,
    }))
    .sort((a, b) => a.period.localeCompare(b.period) || a.label.localeCompare(b.label));
}
