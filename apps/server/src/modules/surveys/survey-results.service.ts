import { and, count, desc, eq, gte, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { SurveyAnswer, SurveyAnswersQuery, SurveyFigures, SurveyKind } from '@kontakt/contracts';
import { isLowScore, surveyFiguresFromCounts } from '@kontakt/domain';
import type { ServiceCtx } from '../../http/actor.ts';
import { olderThanCursor, toPage } from '../../platform/cursor.ts';
import { agents } from '../agents/index.ts';
import { queues, tickets } from '../tickets/index.ts';
import { surveyAnswers } from './surveys.table.ts';
import { orgSurveySettings, thresholdsOf } from './survey-settings.service.ts';

type Filters = Omit<SurveyAnswersQuery, 'limit' | 'cursor'>;

/** The filter of the results view, always inside the caller's organization. */
function where(ctx: ServiceCtx, q: Filters, thresholds: Record<SurveyKind, number>): SQL {
  const a = surveyAnswers;
  const conds: Array<SQL | undefined> = [eq(a.organizationId, ctx.actor.organizationId)];
  if (q.kind) conds.push(eq(a.kind, q.kind));
  if (q.from) conds.push(gte(a.createdAt, new Date(q.from)));
  if (q.to) conds.push(lt(a.createdAt, new Date(q.to)));
  if (q.queueId) conds.push(eq(a.queueId, q.queueId));
  if (q.agentId) conds.push(eq(a.agentId, q.agentId));
  if (q.contactReasonId) conds.push(eq(a.contactReasonId, q.contactReasonId));
  if (q.campaignId) conds.push(eq(a.campaignId, q.campaignId));
  if (q.lowOnly === 'true')
    conds.push(
      or(
        and(eq(a.kind, 'csat'), lte(a.score, thresholds.csat)),
        and(eq(a.kind, 'nps'), lte(a.score, thresholds.nps)),
        and(eq(a.kind, 'ces'), lte(a.score, thresholds.ces)),
      ),
    );
  return and(...conds)!;
}

/** Answers newest first, with their ticket, agent and queue. */
export async function listSurveyAnswers(ctx: ServiceCtx, q: SurveyAnswersQuery) {
  const thresholds = thresholdsOf(await orgSurveySettings(ctx.db, ctx.actor.organizationId));
  const a = surveyAnswers;
  const rows = await ctx.db
    .select({
      a,
      ticketNumber: tickets.number,
      ticketSubject: tickets.subject,
      agentName: agents.name,
      queueName: queues.name,
    })
    .from(a)
    .innerJoin(tickets, eq(tickets.id, a.ticketId))
    .leftJoin(agents, eq(agents.id, a.agentId))
    .leftJoin(queues, eq(queues.id, a.queueId))
    .where(and(where(ctx, q, thresholds), olderThanCursor(a.updatedAt, a.id, q.cursor)))
    .orderBy(desc(a.updatedAt), desc(a.id))
    .limit(q.limit + 1);
  const page = toPage(
    rows.map((r) => ({ ...r, id: r.a.id })),
    q.limit,
    (r) => r.a.updatedAt,
  );
  return {
    items: page.items.map((r): SurveyAnswer => ({
      id: r.a.id,
      kind: r.a.kind,
      score: r.a.score,
      comment: r.a.comment,
      source: r.a.source,
      campaignId: r.a.campaignId,
      ticket: { id: r.a.ticketId, number: r.ticketNumber, subject: r.ticketSubject },
      agent: r.a.agentId && r.agentName !== null ? { id: r.a.agentId, name: r.agentName } : null,
      queue: r.a.queueId && r.queueName !== null ? { id: r.a.queueId, name: r.queueName } : null,
      contactReasonId: r.a.contactReasonId,
      language: r.a.language,
      low: isLowScore(r.a.kind, r.a.score, thresholds),
      createdAt: r.a.createdAt.toISOString(),
      updatedAt: r.a.updatedAt.toISOString(),
    })),
    nextCursor: page.nextCursor,
  };
}

/** CSAT, NPS and CES over the filtered answers (DOMAIN.md §3; n/a for none). */
export async function surveyFigures(ctx: ServiceCtx, q: Filters): Promise<SurveyFigures> {
  const thresholds = thresholdsOf(await orgSurveySettings(ctx.db, ctx.actor.organizationId));
  const rows = await ctx.db
    .select({ kind: surveyAnswers.kind, score: surveyAnswers.score, count: count() })
    .from(surveyAnswers)
    .where(where(ctx, q, thresholds))
    .groupBy(surveyAnswers.kind, surveyAnswers.score)
    .orderBy(sql`1, 2`);
  return surveyFiguresFromCounts(rows);
}
