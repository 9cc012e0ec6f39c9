import { boolean, integer, jsonb, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { DatedRange, SlaConditions, SlaPolicyTarget, WeeklyInterval } from '@kontakt/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const calendars = pgTable('calendars', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  name: text('name').notNull(),
  timeZone: text('time_zone').notNull(),
  weekly: jsonb('weekly').$type<WeeklyInterval[]>().notNull(),
  holidayCountry: text('holiday_country'),
  closures: jsonb('closures').$type<DatedRange[]>().notNull(),
  extraOpenings: jsonb('extra_openings').$type<DatedRange[]>().notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
export type CalendarRow = typeof calendars.$inferSelect;

export const slaPolicies = pgTable('sla_policies', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  name: text('name').notNull(),
  position: integer('position').notNull(),
  active: boolean('active').notNull(),
  conditions: jsonb('conditions').$type<SlaConditions>().notNull(),
  targets: jsonb('targets').$type<SlaPolicyTarget[]>().notNull(),
  warningShare: numeric('warning_share', { mode: 'number' }).notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
export type SlaPolicyRow = typeof slaPolicies.$inferSelect;
