import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type {
  CampaignAudience,
  CampaignKind,
  CampaignStatus,
  Locale,
  SurveyKind,
  SurveySource,
} from '@kontakt/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** Organization-wide settings (migration 0240); defaults apply while no row exists. */
export const surveySettings = pgTable('survey_settings', {
  organizationId: uuid('organization_id').primaryKey(),
  csatEnabled: boolean('csat_enabled').notNull(),
  csatDelayMinutes: integer('csat_delay_minutes').notNull(),
  resendWindowDays: integer('resend_window_days').notNull(),
  tokenTtlDays: integer('token_ttl_days').notNull(),
  lowCsat: integer('low_csat').notNull(),
  lowNps: integer('low_nps').notNull(),
  lowCes: integer('low_ces').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
export type SurveySettingsRow = typeof surveySettings.$inferSelect;

export const surveyQueueSettings = pgTable('survey_queue_settings', {
  queueId: uuid('queue_id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  csatEnabled: boolean('csat_enabled').notNull(),
  csatDelayMinutes: integer('csat_delay_minutes').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const surveyTemplates = pgTable(
  'survey_templates',
  {
    organizationId: uuid('organization_id').notNull(),
    kind: text('kind').$type<SurveyKind>().notNull(),
    language: text('language').$type<Locale>().notNull(),
    question: text('question').notNull(),
    commentPrompt: text('comment_prompt').notNull(),
    thankYou: text('thank_you').notNull(),
    emailSubject: text('email_subject').notNull(),
    emailBody: text('email_body').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.kind, t.language] })],
);
export type SurveyTemplateRow = typeof surveyTemplates.$inferSelect;

export const surveyCampaigns = pgTable('survey_campaigns', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  kind: text('kind').$type<CampaignKind>().notNull(),
  name: text('name').notNull(),
  audience: jsonb('audience').$type<CampaignAudience>().notNull(),
  status: text('status').$type<CampaignStatus>().notNull(),
  recipientsTotal: integer('recipients_total').notNull(),
  recipientsDone: integer('recipients_done').notNull(),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull(),
  startedAt: ts('started_at'),
  finishedAt: ts('finished_at'),
});
export type SurveyCampaignRow = typeof surveyCampaigns.$inferSelect;

export type RequestStatus = 'scheduled' | 'sent' | 'skipped';
export type SkipReason = 'no_email' | 'recently_surveyed' | 'disabled' | 'reopened';

/** One invitation: a CSAT after a solve, or a campaign recipient. Its id is in the signed link. */
export const surveyRequests = pgTable('survey_requests', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  kind: text('kind').$type<SurveyKind>().notNull(),
  campaignId: uuid('campaign_id'),
  ticketId: uuid('ticket_id').notNull(),
  customerId: uuid('customer_id'),
  email: text('email'),
  language: text('language').$type<Locale>().notNull(),
  solvedAt: ts('solved_at'),
  agentId: uuid('agent_id'),
  queueId: uuid('queue_id'),
  teamId: uuid('team_id'),
  contactReasonId: uuid('contact_reason_id'),
  status: text('status').$type<RequestStatus>().notNull(),
  skipReason: text('skip_reason').$type<SkipReason>(),
  sendAt: ts('send_at').notNull(),
  sentAt: ts('sent_at'),
  expiresAt: ts('expires_at'),
  outboxId: uuid('outbox_id'),
  createdAt: ts('created_at').notNull(),
});
export type SurveyRequestRow = typeof surveyRequests.$inferSelect;

/** Every answer, from every source: the one table reports read (see /work/notes/surveys-api.md). */
export const surveyAnswers = pgTable('survey_answers', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  kind: text('kind').$type<SurveyKind>().notNull(),
  score: integer('score').notNull(),
  comment: text('comment').notNull(),
  source: text('source').$type<SurveySource>().notNull(),
  requestId: uuid('request_id'),
  campaignId: uuid('campaign_id'),
  ticketId: uuid('ticket_id').notNull(),
  customerId: uuid('customer_id'),
  agentId: uuid('agent_id'),
  queueId: uuid('queue_id'),
  teamId: uuid('team_id'),
  contactReasonId: uuid('contact_reason_id'),
  language: text('language').$type<Locale>(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
export type SurveyAnswerRow = typeof surveyAnswers.$inferSelect;
