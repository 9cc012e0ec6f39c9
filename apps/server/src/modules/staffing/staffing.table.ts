import { doublePrecision, integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';

export const staffingSettings = pgTable('staffing_settings', {
  organizationId: uuid('organization_id').primaryKey(),
  serviceLevelTarget: doublePrecision('service_level_target').notNull(),
  thresholdSeconds: integer('threshold_seconds').notNull(),
  defaultAhtSeconds: integer('default_aht_seconds').notNull(),
  shrinkage: doublePrecision('shrinkage').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
export type StaffingSettingsRow = typeof staffingSettings.$inferSelect;
