import { and, eq } from 'drizzle-orm';
import { missingAnswers, scoreReview } from '@kontakt/domain';
import type {
  CriterionAnswer,
  Review,
  ReviewInput,
  ScorecardSection,
  UpdateReviewInput,
} from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { isUniqueViolation } from '../../platform/db-errors.ts';
import type { Db } from '../../platform/db.ts';
import { agents } from '../agents/index.ts';
import { getTicketForActor } from '../tickets/tickets.repo.ts';
import { notify } from '../tickets/notifications.service.ts';
import { qaReviews, type ReviewRow } from './quality.table.ts';
import { findReview, findReviews } from './reviews.repo.ts';
import { getScorecardRow } from './scorecards.service.ts';
import { isReviewer, mayRead } from './quality.policy.ts';

/** Scores the answers; a published review must answer every criterion. */
function scored(
  sections: ScorecardSection[],
  passMark: number,
  answers: Record<string, CriterionAnswer>,
  publishing: boolean,
) {
  const { missing, unknown } = missingAnswers(sections, answers);
  if (unknown.length)
    throw new AppError(
      400,
      'unknown_criterion',
      'Some answers are for criteria this scorecard does not have.',
      {
        criteria: unknown,
      },
    );
  if (publishing && missing.length)
    throw new AppError(400, 'answers_incomplete', 'Answer every criterion before publishing the review.', {
      criteria: missing,
    });
  const r = scoreReview(sections, answers, passMark);
  return {
    score: r.score,
    passed: r.passed,
    criticalFailures: r.criticalFailures,
    sectionScores: r.sections,
  };
}

const mustRead = async (ctx: ServiceCtx, id: string): Promise<Review> => {
  const review = await findReview(ctx.db, ctx.actor.organizationId, id);
  if (!review || !mayRead(ctx.actor, review)) throw notFound('Review');
  return review;
};

async function lockRow(db: Db, organizationId: string, id: string): Promise<ReviewRow> {
  const [row] = await db
    .select()
    .from(qaReviews)
    .where(and(eq(qaReviews.organizationId, organizationId), eq(qaReviews.id, id)))
    .for('update');
  if (!row) throw notFound('Review');
  return row;
}

export async function createReview(ctx: ServiceCtx, input: ReviewInput): Promise<Review> {
  const { organizationId } = ctx.actor;
  const id = newId();
  await ctx.db.transaction(async (db) => {
    const card = await getScorecardRow(db, organizationId, input.scorecardId);
    if (!card.active) throw new AppError(400, 'scorecard_inactive', 'This scorecard is no longer in use.');
    const ticket = await getTicketForActor(db, ctx.actor, input.ticketId);
    const agentId = input.agentId ?? ticket.assigneeId;
    if (!agentId)
      throw new AppError(400, 'no_agent', 'The conversation has no assignee; choose the agent to review.', {
        field: 'agentId',
      });
    const [agent] = await db
      .select({ id: agents.id })
      .from(agents)
      .where(and(eq(agents.organizationId, organizationId), eq(agents.id, agentId)));
    if (!agent) throw badRequest('No such agent in this organization.', { field: 'agentId' });
    if (agentId === ctx.actor.agentId) throw forbidden('Nobody reviews their own conversations.');
    const passMark = Number(card.passMark);
    const result = scored(card.sections, passMark, input.answers, input.publish);
    try {
      await db.insert(qaReviews).values({
        id,
        organizationId,
        scorecardId: card.id,
        sections: card.sections,
        passMark,
        ticketId: ticket.id,
        agentId,
        reviewerId: ctx.actor.agentId,
        answers: input.answers,
        comments: input.comments,
        comment: input.comment,
        ...result,
        status: input.publish ? 'published' : 'draft',
        publishedAt: input.publish ? ctx.now : null,
        version: 1,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
    } catch (err) {
      if (isUniqueViolation(err, 'qa_reviews_reviewer_key'))
        throw new AppError(
          409,
          'already_reviewed',
          'You have already reviewed this conversation with this scorecard.',
        );
      throw err;
    }
    if (input.publish) await announce(db, ctx, ticket.id, agentId, 'review_published');
  });
  return (await findReview(ctx.db, organizationId, id))!;
}

const announce = (
  db: Db,
  ctx: ServiceCtx,
  ticketId: string,
  agentId: string,
  kind: 'review_published' | 'review_disputed',
) =>
  notify(db, {
    organizationId: ctx.actor.organizationId,
    agentIds: [agentId],
    kind,
    ticketId,
    actorId: ctx.actor.agentId,
    now: ctx.now,
  });

/**
 * The reviewer (or an admin) changes answers or publishes; a disputed review that is changed goes
 * back to the agent as published.
 */
export async function updateReview(ctx: ServiceCtx, id: string, input: UpdateReviewInput): Promise<Review> {
  const { organizationId } = ctx.actor;
  await mustRead(ctx, id);
  await ctx.db.transaction(async (db) => {
    const row = await lockRow(db, organizationId, id);
    if (row.reviewerId !== ctx.actor.agentId && ctx.actor.role !== 'admin')
      throw forbidden('Only the reviewer changes a review.');
    if (row.version !== input.version)
      throw conflict('Someone changed this review in the meantime.', {
        current: await findReview(db, organizationId, id),
      });
    const publishing = input.publish ?? row.status !== 'draft';
    const answers = input.answers ?? row.answers;
    const result = scored(row.sections, Number(row.passMark), answers, publishing);
    const republished = publishing && (row.status === 'draft' || row.status === 'disputed');
    await db
      .update(qaReviews)
      .set({
        answers,
        comments: input.comments ?? row.comments,
        comment: input.comment ?? row.comment,
        ...result,
        status: publishing ? (republished ? 'published' : row.status) : 'draft',
        publishedAt: publishing ? (republished ? ctx.now : row.publishedAt) : null,
        version: row.version + 1,
        updatedAt: ctx.now,
      })
      .where(eq(qaReviews.id, id));
    if (republished) await announce(db, ctx, row.ticketId, row.agentId, 'review_published');
  });
  return (await findReview(ctx.db, organizationId, id))!;
}

/** The reviewed agent acknowledges or disputes a published review (a dispute needs a comment). */
export async function respondToReview(
  ctx: ServiceCtx,
  id: string,
  kind: 'acknowledged' | 'disputed',
  comment: string,
): Promise<Review> {
  const { organizationId } = ctx.actor;
  await mustRead(ctx, id);
  await ctx.db.transaction(async (db) => {
    const row = await lockRow(db, organizationId, id);
    if (row.agentId !== ctx.actor.agentId) throw forbidden('Only the reviewed agent answers a review.');
    if (row.status !== 'published')
      throw new AppError(409, 'review_not_open', 'This review has already been answered.');
    if (kind === 'disputed' && !comment)
      throw new AppError(400, 'comment_required', 'Say what you dispute.', { field: 'comment' });
    await db
      .update(qaReviews)
      .set({
        status: kind,
        response: comment || null,
        respondedAt: ctx.now,
        version: row.version + 1,
        updatedAt: ctx.now,
      })
      .where(eq(qaReviews.id, id));
    if (kind === 'disputed') await announce(db, ctx, row.ticketId, row.reviewerId, 'review_disputed');
  });
  return (await findReview(ctx.db, organizationId, id))!;
}

export async function deleteReview(ctx: ServiceCtx, id: string): Promise<void> {
  const review = await mustRead(ctx, id);
  if (review.reviewerId !== ctx.actor.agentId && ctx.actor.role !== 'admin')
    throw forbidden('Only the reviewer deletes a review.');
  await ctx.db.delete(qaReviews).where(eq(qaReviews.id, id));
}

export { mustRead as getReview };

/** Reviews the caller may read; an agent's list is forced to their own published reviews. */
export async function listReviews(
  ctx: ServiceCtx,
  q: {
    ticketId?: string;
    agentId?: string;
    reviewerId?: string;
    scorecardId?: string;
    status?: Review['status'];
    limit: number;
  },
): Promise<Review[]> {
  const reviewer = isReviewer(ctx.actor);
  if (!reviewer && q.agentId && q.agentId !== ctx.actor.agentId) return [];
  if (q.ticketId) await getTicketForActor(ctx.db, ctx.actor, q.ticketId);
  return findReviews(ctx.db, {
    organizationId: ctx.actor.organizationId,
    ...q,
    agentId: reviewer ? q.agentId : ctx.actor.agentId,
    publishedOnly: !reviewer,
  });
}
