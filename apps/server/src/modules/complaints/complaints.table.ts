import { bigint, boolean, date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type {
  Amount,
  AnswerChannel,
  ComplaintClockState,
  ComplaintRegime,
  CreateComplaintInput,
  Jurisdiction,
  Locale,
  RemedyKind,
  StatutoryDeadline,
} from '@kontakt/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** The protocol as stored: the intake fields, amounts converted to minor units. */
export type StoredProtocol = Omit<
  CreateComplaintInput,
  'jurisdiction' | 'regime' | 'receivedAt' | 'price' | 'demand'
> & {
  price: Amount | null;
  demand: { kind: RemedyKind; amount: Amount | null };
};

/** The CZ agreed extension as stored. */
export interface StoredExtension {
  agreedDueDate: string;
  agreedAt: string;
  agreement: string;
  recordedById: string | null;
}

/** The decision as stored. */
export interface StoredDecision {
  outcome: 'accepted' | 'rejected';
  reasons: string;
  remedy: RemedyKind | null;
  amount: Amount | null;
  carriedOutOn: string | null;
  answerChannel: AnswerChannel;
  rootCauseCode: string | null;
  decidedAt: string;
  decidedById: string | null;
}

export const complaints = pgTable('complaints', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  ticketId: uuid('ticket_id').notNull(),
  version: integer('version').notNull(),
  jurisdiction: text('jurisdiction').$type<Jurisdiction>().notNull(),
  regime: text('regime').$type<ComplaintRegime>().notNull(),
  receivedAt: ts('received_at').notNull(),
  recordedById: uuid('recorded_by_id'),
  protocol: jsonb('protocol').$type<StoredProtocol>().notNull(),
  productText: text('product_text').notNull(),
  priceMinor: bigint('price_minor', { mode: 'number' }),
  priceCurrency: text('price_currency'),
  deadline: jsonb('deadline').$type<StatutoryDeadline>().notNull(),
  ruleId: text('rule_id').notNull(),
  ruleVersion: text('rule_version').notNull(),
  dueDate: date('due_date', { mode: 'string' }).notNull(),
  deadlineAt: ts('deadline_at').notNull(),
  extension: jsonb('extension').$type<StoredExtension>(),
  decision: jsonb('decision').$type<StoredDecision>(),
  rootCauseCode: text('root_cause_code'),
  answerSentAt: ts('answer_sent_at'),
  answerDeliveredAt: ts('answer_delivered_at'),
  answerMessageId: uuid('answer_message_id'),
  answerAttachmentId: uuid('answer_attachment_id'),
  answerDelivery: text('answer_delivery').$type<'queued' | 'sent' | 'delivered' | 'bounced'>(),
  answerBouncedAt: ts('answer_bounced_at'),
  answerViewedAt: ts('answer_viewed_at'),
  refundDeadline: jsonb('refund_deadline').$type<StatutoryDeadline>(),
  refundAmount: jsonb('refund_amount').$type<Amount>(),
  refundDeadlineAt: ts('refund_deadline_at'),
  refundPaidAt: ts('refund_paid_at'),
  refundAlertAt: ts('refund_alert_at'),
  refundMissedAt: ts('refund_missed_at'),
  state: text('state').$type<ComplaintClockState>().notNull(),
  alertD3At: ts('alert_d3_at'),
  alertD1At: ts('alert_d1_at'),
  missedAt: ts('missed_at'),
  nextCheckAt: ts('next_check_at'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
export type ComplaintRow = typeof complaints.$inferSelect;

export const complaintCauses = pgTable('complaint_causes', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  parentId: uuid('parent_id'),
  code: text('code').notNull(),
  name: text('name').notNull(),
  active: boolean('active').notNull(),
  position: integer('position').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
export type ComplaintCauseRow = typeof complaintCauses.$inferSelect;

export const rejectionTemplates = pgTable('complaint_rejection_templates', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  name: text('name').notNull(),
  language: text('language').$type<Locale>().notNull(),
  body: text('body').notNull(),
  active: boolean('active').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
export type RejectionTemplateRow = typeof rejectionTemplates.$inferSelect;
