import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { SlaRecomputeScope, SlaRecomputeState } from '@kontakt/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** One recomputation of open tickets' SLA (see sla-recompute.ts); `afterId` is its keyset cursor. */
export const slaRecomputeRuns = pgTable('sla_recompute_runs', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  reason: text('reason').notNull(),
  scope: text('scope').$type<SlaRecomputeScope>().notNull(),
  scopeId: uuid('scope_id'),
  state: text('state').$type<SlaRecomputeState>().notNull(),
  afterId: uuid('after_id'),
  total: integer('total'),
  processed: integer('processed').notNull(),
  changed: integer('changed').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
  finishedAt: ts('finished_at'),
});
export type SlaRecomputeRunRow = typeof slaRecomputeRuns.$inferSelect;
