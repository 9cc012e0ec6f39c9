import { z } from 'zod';
import { Id, Instant } from './common.ts';

/**
 * Quality reviews (QA): scorecards of weighted criteria in sections, with critical items that
 * fail the whole review; leads and admins score conversations; the agent acknowledges or
 * disputes; several reviewers of one conversation are compared (calibration).
 */

export const CriterionAnswer = z.enum(['met', 'partial', 'not_met', 'na']);
export type CriterionAnswer = z.infer<typeof CriterionAnswer>;

const Key = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'lowercase letters, digits, - and _ (up to 40)');

export const ScorecardCriterion = z.strictObject({
  id: Key,
  label: z.string().trim().min(1).max(200),
  description: z.string().trim().max(1000).default(''),
  /** Relative weight, 1–10. */
  weight: z.number().int().min(1).max(10),
  /** "Not met" on a critical item fails the whole review (score 0). */
  critical: z.boolean().default(false),
});
export type ScorecardCriterion = z.infer<typeof ScorecardCriterion>;

export const ScorecardSection = z.strictObject({
  id: Key,
  title: z.string().trim().min(1).max(200),
  criteria: z.array(ScorecardCriterion).min(1).max(30),
});
export type ScorecardSection = z.infer<typeof ScorecardSection>;

const uniqueIds = (sections: ScorecardSection[]) => {
  const ids = sections.flatMap((s) => [`s:${s.id}`, ...s.criteria.map((c) => `c:${c.id}`)]);
  return new Set(ids).size === ids.length;
};

const ScorecardFields = {
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(1000),
  /** Pass mark in percent. */
  passMark: z.number().min(0).max(100),
  sections: z
    .array(ScorecardSection)
    .min(1)
    .max(20)
    .refine(uniqueIds, { message: 'section and criterion ids must be unique' }),
  active: z.boolean(),
};

export const CreateScorecardInput = z.strictObject({
  ...ScorecardFields,
  description: ScorecardFields.description.default(''),
  passMark: ScorecardFields.passMark.default(80),
  active: ScorecardFields.active.default(true),
});
export type CreateScorecardInput = z.infer<typeof CreateScorecardInput>;

export const UpdateScorecardInput = z.strictObject({
  ...Object.fromEntries(Object.entries(ScorecardFields).map(([k, v]) => [k, v.optional()])),
  version: z.number().int().min(1),
} as { [K in keyof typeof ScorecardFields]: z.ZodOptional<(typeof ScorecardFields)[K]> } & {
  version: z.ZodNumber;
});
export type UpdateScorecardInput = z.infer<typeof UpdateScorecardInput>;

export const Scorecard = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  passMark: z.number(),
  sections: z.array(ScorecardSection),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Scorecard = z.infer<typeof Scorecard>;

export const ReviewStatus = z.enum(['draft', 'published', 'acknowledged', 'disputed']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

export const ReviewInput = z.strictObject({
  scorecardId: Id,
  ticketId: Id,
  /** The reviewed agent; defaults to the ticket's assignee. */
  agentId: Id.optional(),
  answers: z.record(z.string(), CriterionAnswer),
  /** Comments per criterion id. */
  comments: z.record(z.string(), z.string().trim().max(2000)).default({}),
  comment: z.string().trim().max(5000).default(''),
  /** Publish now (the agent sees it and is notified) or keep as a draft. */
  publish: z.boolean().default(false),
});
export type ReviewInput = z.infer<typeof ReviewInput>;

export const UpdateReviewInput = z.strictObject({
  answers: z.record(z.string(), CriterionAnswer).optional(),
  comments: z.record(z.string(), z.string().trim().max(2000)).optional(),
  comment: z.string().trim().max(5000).optional(),
  publish: z.boolean().optional(),
  version: z.number().int().min(1),
});
export type UpdateReviewInput = z.infer<typeof UpdateReviewInput>;

export const ReviewResponseInput = z.strictObject({
  comment: z.string().trim().max(5000).default(''),
});

export const Review = z.object({
  id: Id,
  scorecardId: Id,
  scorecardName: z.string(),
  /** The scorecard as it was when the review was written. */
  sections: z.array(ScorecardSection),
  passMark: z.number(),
  ticketId: Id,
  ticketNumber: z.number().int(),
  ticketSubject: z.string(),
  agentId: Id,
  agentName: z.string(),
  reviewerId: Id,
  reviewerName: z.string(),
  answers: z.record(z.string(), CriterionAnswer),
  comments: z.record(z.string(), z.string()),
  comment: z.string(),
  score: z.number().nullable(),
  passed: z.boolean(),
  criticalFailures: z.array(z.string()),
  sectionScores: z.array(
    z.object({ id: z.string(), score: z.number().nullable(), points: z.number(), maxPoints: z.number() }),
  ),
  status: ReviewStatus,
  /** The agent's acknowledgement or dispute. */
  response: z.string().nullable(),
  respondedAt: Instant.nullable(),
  publishedAt: Instant.nullable(),
  version: z.number().int(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Review = z.infer<typeof Review>;

export const ReviewListQuery = z.strictObject({
  ticketId: Id.optional(),
  agentId: Id.optional(),
  reviewerId: Id.optional(),
  scorecardId: Id.optional(),
  status: ReviewStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const SampleInput = z.strictObject({
  /** Conversations solved or closed in this period. */
  from: Instant,
  to: Instant,
  /** Per agent; none: every agent with conversations in the period. */
  agentIds: z.array(Id).max(200).optional(),
  teamId: Id.optional(),
  queueId: Id.optional(),
  channel: z.string().max(30).optional(),
  /** How many conversations per agent, drawn at random among those not yet reviewed. */
  perAgent: z.number().int().min(1).max(50).default(3),
});
export type SampleInput = z.infer<typeof SampleInput>;

export const SampledTicket = z.object({
  ticketId: Id,
  number: z.number().int(),
  subject: z.string(),
  channel: z.string(),
  agentId: Id,
  agentName: z.string(),
  solvedAt: Instant.nullable(),
});
export type SampledTicket = z.infer<typeof SampledTicket>;

export const Calibration = z.object({
  ticketId: Id,
  scorecardId: Id,
  reviewers: z.number().int(),
  mean: z.number().nullable(),
  variance: z.number().nullable(),
  stdDev: z.number().nullable(),
  spread: z.number().nullable(),
  criteria: z.array(
    z.object({
      id: z.string(),
      counts: z.record(CriterionAnswer, z.number().int()),
      agreed: z.boolean(),
    }),
  ),
  reviews: z.array(Review),
});
export type Calibration = z.infer<typeof Calibration>;

export const TrendQuery = z.strictObject({
  from: Instant,
  to: Instant,
  groupBy: z.enum(['agent', 'team', 'criterion']).default('agent'),
  period: z.enum(['week', 'month']).default('week'),
  scorecardId: Id.optional(),
});
export type TrendQuery = z.infer<typeof TrendQuery>;

export const TrendPoint = z.object({
  /** Agent id, team id or criterion id. */
  key: z.string(),
  label: z.string(),
  /** Start of the week or month (UTC date). */
  period: z.string(),
  reviews: z.number().int(),
  /** Mean score (agent, team) or the share of "met" answers in percent (criterion); null: n/a. */
  score: z.number().nullable(),
});
export type TrendPoint = z.infer<typeof TrendPoint>;
