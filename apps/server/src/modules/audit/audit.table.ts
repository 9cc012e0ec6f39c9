import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditLog = pgTable('audit_log', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id'),
  actorType: text('actor_type').$type<'agent' | 'api_token' | 'system' | 'anonymous'>().notNull(),
  actorId: text('actor_id'),
  action: text('action').notNull(),
  subjectType: text('subject_type'),
  subjectId: text('subject_id'),
  ip: text('ip'),
  details: jsonb('details').$type<Record<string, unknown>>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
export type AuditRow = typeof auditLog.$inferSelect;
