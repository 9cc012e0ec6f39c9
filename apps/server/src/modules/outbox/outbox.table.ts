import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A file sent with a message, stored with it. */
export interface StoredMailAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

export const mailOutbox = pgTable('mail_outbox', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id'),
  purpose: text('purpose').notNull(),
  toAddress: text('to_address').notNull(),
  subject: text('subject').notNull(),
  bodyText: text('body_text').notNull(),
  bodyHtml: text('body_html'),
  attachments: jsonb('attachments').$type<StoredMailAttachment[]>().notNull().default([]),
  status: text('status').$type<'kept' | 'queued' | 'sent' | 'failed'>().notNull(),
  attempts: integer('attempts').notNull(),
  lastError: text('last_error'),
  messageId: text('message_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
});
export type OutboxRow = typeof mailOutbox.$inferSelect;
