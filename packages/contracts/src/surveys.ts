import { z } from 'zod';
import { Id, Instant, Locale } from './common.ts';

/**
 * Satisfaction surveys: a CSAT (1–5) after a ticket is solved (e-mail link or the chat widget's
 * rating), NPS (0–10) and CES (1–7) campaigns. Every answer is stored once per ticket (CSAT) or
 * per campaign recipient; a second answer updates it. Survey pages open through a signed token
 * that expires, without signing in.
 */

/** csat 1–5, nps 0–10, ces 1–7. */
export const SurveyKind = z.enum(['csat', 'nps', 'ces']);
export type SurveyKind = z.infer<typeof SurveyKind>;

/** Campaigns ask NPS or CES; CSAT follows each solve. */
export const CampaignKind = z.enum(['nps', 'ces']);
export type CampaignKind = z.infer<typeof CampaignKind>;

/** The score range of each kind (inclusive). */
export const SURVEY_SCALES: Record<SurveyKind, { min: number; max: number }> = {
  csat: { min: 1, max: 5 },
  nps: { min: 0, max: 10 },
  ces: { min: 1, max: 7 },
};

/** Where an answer came from. */
export const SurveySource = z.enum(['email', 'chat', 'campaign']);
export type SurveySource = z.infer<typeof SurveySource>;

/** Placeholders an e-mail subject or body may use. */
export const SURVEY_PLACEHOLDERS = [
  '{{link}}',
  '{{ticketNumber}}',
  '{{customerName}}',
  '{{subject}}',
] as const;

/** The texts of one kind in one language. */
export const SurveyTemplate = z.object({
  kind: SurveyKind,
  language: Locale,
  /** The question above the score buttons. */
  question: z.string().trim().min(1).max(500),
  /** The label of the optional comment. */
  commentPrompt: z.string().trim().min(1).max(300),
  /** Shown after the answer is saved. */
  thankYou: z.string().trim().min(1).max(500),
  /** E-mail subject; may use the placeholders. */
  emailSubject: z.string().trim().min(1).max(200),
  /** E-mail body (plain text); must contain `{{link}}`. */
  emailBody: z
    .string()
    .trim()
    .min(1)
    .max(5000)
    .refine((s) => s.includes('{{link}}'), { message: 'the body must contain {{link}}' }),
  /** false when the built-in text applies (nothing stored yet). */
  custom: z.boolean(),
});
export type SurveyTemplate = z.infer<typeof SurveyTemplate>;

export const SaveSurveyTemplateInput = SurveyTemplate.omit({ kind: true, language: true, custom: true });
export type SaveSurveyTemplateInput = z.infer<typeof SaveSurveyTemplateInput>;

/** Organization-wide survey settings. */
export const SurveySettings = z.object({
  /** Send a CSAT e-mail after a ticket is solved. */
  csatEnabled: z.boolean(),
  /** Minutes after the solve (0–30 days). */
  csatDelayMinutes: z.number().int().min(0).max(43_200),
  /** A ticket solved again within this many days gets no second CSAT. */
  resendWindowDays: z.number().int().min(0).max(365),
  /** How long a survey link stays valid. */
  tokenTtlDays: z.number().int().min(1).max(365),
  /** Scores at or below these are low (automation event `survey.low_score`, notification to the lead). */
  lowCsat: z.number().int().min(1).max(5),
  lowNps: z.number().int().min(0).max(10),
  lowCes: z.number().int().min(1).max(7),
  /** Queues with their own CSAT setting. */
  queues: z.array(
    z.object({
      queueId: Id,
      csatEnabled: z.boolean(),
      csatDelayMinutes: z.number().int().min(0).max(43_200),
    }),
  ),
});
export type SurveySettings = z.infer<typeof SurveySettings>;

/** Campaign audience: customers with tickets solved in the period, optionally in queues and languages. */
export const CampaignAudience = z
  .object({
    solvedFrom: Instant,
    solvedTo: Instant,
    /** Empty: every queue. */
    queueIds: z.array(Id).max(200).default([]),
    /** Empty: every language. */
    languages: z.array(Locale).max(3).default([]),
  })
  .refine((a) => Date.parse(a.solvedFrom) < Date.parse(a.solvedTo), {
    message: 'the period must end after it starts',
    path: ['solvedTo'],
  });
export type CampaignAudience = z.infer<typeof CampaignAudience>;

export const CreateSurveyCampaignInput = z.object({
  kind: CampaignKind,
  name: z.string().trim().min(1).max(200),
  audience: CampaignAudience,
});
export type CreateSurveyCampaignInput = z.infer<typeof CreateSurveyCampaignInput>;

export const CampaignStatus = z.enum(['draft', 'sending', 'sent']);
export type CampaignStatus = z.infer<typeof CampaignStatus>;

export const SurveyCampaign = z.object({
  id: Id,
  kind: CampaignKind,
  name: z.string(),
  audience: CampaignAudience,
  status: CampaignStatus,
  /** Recipients found when sending started, and how many were handled so far (progress). */
  recipientsTotal: z.number().int(),
  recipientsDone: z.number().int(),
  answers: z.number().int(),
  createdAt: Instant,
  startedAt: Instant.nullable(),
  finishedAt: Instant.nullable(),
});
export type SurveyCampaign = z.infer<typeof SurveyCampaign>;

/** One stored answer, with what it is linked to. */
export const SurveyAnswer = z.object({
  id: Id,
  kind: SurveyKind,
  score: z.number().int(),
  comment: z.string(),
  source: SurveySource,
  campaignId: Id.nullable(),
  ticket: z.object({ id: Id, number: z.number().int(), subject: z.string() }),
  agent: z.object({ id: Id, name: z.string() }).nullable(),
  queue: z.object({ id: Id, name: z.string() }).nullable(),
  contactReasonId: Id.nullable(),
  language: Locale.nullable(),
  low: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type SurveyAnswer = z.infer<typeof SurveyAnswer>;

/** Filters of the results view. */
export const SurveyAnswersQuery = z.strictObject({
  kind: SurveyKind.optional(),
  from: Instant.optional(),
  to: Instant.optional(),
  queueId: Id.optional(),
  agentId: Id.optional(),
  contactReasonId: Id.optional(),
  campaignId: Id.optional(),
  /** Only answers at or below the low-score threshold. */
  lowOnly: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type SurveyAnswersQuery = z.infer<typeof SurveyAnswersQuery>;

/** A figure per DOMAIN.md §3; `value` null (n/a) for an empty set. */
export const SurveyFigure = z.object({ value: z.number().nullable(), n: z.number().int() });
export type SurveyFigure = z.infer<typeof SurveyFigure>;

export const SurveyFigures = z.object({
  /** Share of 4–5 (0–1). */
  csat: SurveyFigure,
  /** % promoters − % detractors (−100…100). */
  nps: SurveyFigure,
  /** Mean effort score (1–7). */
  ces: SurveyFigure,
});
export type SurveyFigures = z.infer<typeof SurveyFigures>;

/** What the public survey page shows (from the token; no sign-in). */
export const PublicSurvey = z.object({
  kind: SurveyKind,
  language: Locale,
  question: z.string(),
  commentPrompt: z.string(),
  thankYou: z.string(),
  min: z.number().int(),
  max: z.number().int(),
  /** The stored answer, when the customer already answered (they may change it). */
  answer: z.object({ score: z.number().int(), comment: z.string() }).nullable(),
  expiresAt: Instant,
});
export type PublicSurvey = z.infer<typeof PublicSurvey>;

export const PublicSurveyAnswerInput = z.object({
  score: z.number().int().min(0).max(10),
  comment: z.string().trim().max(2000).optional(),
});
export type PublicSurveyAnswerInput = z.infer<typeof PublicSurveyAnswerInput>;
