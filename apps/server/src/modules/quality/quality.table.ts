import { boolean, integer, jsonb, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { CriterionAnswer, ReviewStatus, ScorecardSection } from '@kontakt/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const qaScorecards = pgTable('qa_scorecards', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  passMark: numeric('pass_mark', { mode: 'number' }).notNull(),
  sections: jsonb('sections').$type<ScorecardSection[]>().notNull(),
  active: boolean('active').notNull(),
  version: integer('version').notNull(),
  createdById: uuid('created_by_id'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
export type ScorecardRow = typeof qaScorecards.$inferSelect;

export const qaReviews = pgTable('qa_reviews', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  scorecardId: uuid('scorecard_id').notNull(),
  sections: jsonb('sections').$type<ScorecardSection[]>().notNull(),
  passMark: numeric('pass_mark', { mode: 'number' }).notNull(),
  ticketId: uuid('ticket_id').notNull(),
  agentId: uuid('agent_id').notNull(),
  reviewerId: uuid('reviewer_id').notNull(),
  answers: jsonb('answers').$type<Record<string, CriterionAnswer>>().notNull(),
  comments: jsonb('comments').$type<Record<string, string>>().notNull(),
  comment: text('comment').notNull(),
  score: numeric('score', { mode: 'number' }),
  passed: boolean('passed').notNull(),
  criticalFailures: text('critical_failures').array().notNull(),
  sectionScores: jsonb('section_scores')
    .$type<Array<{ id: string; score: number | null; points: number; maxPoints: number }>>()
    .notNull(),
  status: text('status').$type<ReviewStatus>().notNull(),
  response: text('response'),
  respondedAt: ts('responded_at'),
  publishedAt: ts('published_at'),
  version: integer('version').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
export type ReviewRow = typeof qaReviews.$inferSelect;
