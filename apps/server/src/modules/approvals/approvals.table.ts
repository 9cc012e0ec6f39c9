import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ApprovalStatus, CreateMessageInput } from '@kontakt/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const replyReviewQueues = pgTable('reply_review_queues', {
  queueId: uuid('queue_id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
});

export type HeldReply = Pick<CreateMessageInput, 'body' | 'status' | 'attachmentIds'>;

export const replyApprovals = pgTable('reply_approvals', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  ticketId: uuid('ticket_id').notNull(),
  authorId: uuid('author_id').notNull(),
  input: jsonb('input').$type<HeldReply>().notNull(),
  status: text('status').$type<ApprovalStatus>().notNull(),
  requestedAt: ts('requested_at').notNull(),
  decidedAt: ts('decided_at'),
  decidedById: uuid('decided_by_id'),
  note: text('note'),
  edited: boolean('edited').notNull(),
  messageId: uuid('message_id'),
  version: integer('version').notNull(),
});
export type ReplyApprovalRow = typeof replyApprovals.$inferSelect;
