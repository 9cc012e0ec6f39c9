import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ActivitySystemKey, TimeEntrySource } from '@kontakt/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const activityCategories = pgTable('activity_categories', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  name: text('name').notNull(),
  systemKey: text('system_key').$type<ActivitySystemKey>(),
  isDefault: boolean('is_default').notNull(),
  active: boolean('active').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
export type ActivityCategoryRow = typeof activityCategories.$inferSelect;

export const timeEntries = pgTable('time_entries', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  agentId: uuid('agent_id').notNull(),
  categoryId: uuid('category_id').notNull(),
  ticketId: uuid('ticket_id'),
  queueId: uuid('queue_id'),
  source: text('source').$type<TimeEntrySource>().notNull(),
  startedAt: ts('started_at').notNull(),
  endedAt: ts('ended_at').notNull(),
  running: boolean('running').notNull(),
  note: text('note').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
export type TimeEntryRow = typeof timeEntries.$inferSelect;
