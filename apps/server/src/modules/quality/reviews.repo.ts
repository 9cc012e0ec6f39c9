import { and, desc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Review, ReviewStatus } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import { agents } from '../agents/index.ts';
import { tickets } from '../tickets/tickets.table.ts';
import { qaReviews, qaScorecards, type ReviewRow } from './quality.table.ts';

const reviewer = alias(agents, 'reviewer');

export interface ReviewFilter {
  organizationId: string;
  ticketId?: string;
  agentId?: string;
  reviewerId?: string;
  scorecardId?: string;
  status?: ReviewStatus;
  /** Agents never see drafts, not even of themselves. */
  publishedOnly?: boolean;
  ids?: string[];
  limit?: number;
}

type Joined = {
  r: ReviewRow;
  scorecardName: string;
  ticketNumber: number;
  ticketSubject: string;
  agentName: string;
  reviewerName: string;
};

export const presentReview = ({ r, ...j }: Joined): Review => ({
  id: r.id,
  scorecardId: r.scorecardId,
  scorecardName: j.scorecardName,
  sections: r.sections,
  passMark: Number(r.passMark),
  ticketId: r.ticketId,
  ticketNumber: j.ticketNumber,
  ticketSubject: j.ticketSubject,
  agentId: r.agentId,
  agentName: j.agentName,
  reviewerId: r.reviewerId,
  reviewerName: j.reviewerName,
  answers: r.answers,
  comments: r.comments,
  comment: r.comment,
  score: r.score === null ? null : Number(r.score),
  passed: r.passed,
  criticalFailures: r.criticalFailures,
  sectionScores: r.sectionScores,
  status: r.status,
  response: r.response,
  respondedAt: r.respondedAt?.toISOString() ?? null,
  publishedAt: r.publishedAt?.toISOString() ?? null,
  version: r.version,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** Reviews with the names a reader needs, newest first. */
export async function findReviews(db: Db, f: ReviewFilter): Promise<Review[]> {
  const where: SQL[] = [eq(qaReviews.organizationId, f.organizationId)];
  if (f.ticketId) where.push(eq(qaReviews.ticketId, f.ticketId));
  if (f.agentId) where.push(eq(qaReviews.agentId, f.agentId));
  if (f.reviewerId) where.push(eq(qaReviews.reviewerId, f.reviewerId));
  if (f.scorecardId) where.push(eq(qaReviews.scorecardId, f.scorecardId));
  if (f.status) where.push(eq(qaReviews.status, f.status));
  if (f.publishedOnly) where.push(ne(qaReviews.status, 'draft'));
  if (f.ids) where.push(inArray(qaReviews.id, f.ids));
  const rows = await db
    .select({
      r: qaReviews,
      scorecardName: qaScorecards.name,
      ticketNumber: tickets.number,
      ticketSubject: tickets.subject,
      agentName: agents.name,
      reviewerName: reviewer.name,
    })
    .from(qaReviews)
    .innerJoin(qaScorecards, eq(qaScorecards.id, qaReviews.scorecardId))
    .innerJoin(tickets, eq(tickets.id, qaReviews.ticketId))
    .innerJoin(agents, eq(agents.id, qaReviews.agentId))
    .innerJoin(reviewer, eq(reviewer.id, qaReviews.reviewerId))
    .where(and(...where))
    .orderBy(desc(qaReviews.createdAt), desc(qaReviews.id))
    .limit(f.limit ?? 200);
  return rows.map(presentReview);
}

export async function findReview(db: Db, organizationId: string, id: string): Promise<Review | null> {
  const [row] = await findReviews(db, { organizationId, ids: [id], limit: 1 });
  return row ?? null;
}
