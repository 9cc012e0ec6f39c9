import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type {
  AutomationAction,
  AutomationChange,
  AutomationConditions,
  AutomationEvent,
  AutomationRunResult,
  AutomationTimeTrigger,
} from '@kontakt/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** An action that could not run, as a run records it. */
export interface RunError {
  action: number;
  code: string;
  /** What the error names, for apps to word it (runs logged before it have none). */
  params?: Record<string, unknown>;
  message: string;
}

export const automationRules = pgTable('automation_rules', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  active: boolean('active').notNull(),
  event: text('event').$type<AutomationEvent>().notNull(),
  position: integer('position').notNull(),
  conditions: jsonb('conditions').$type<AutomationConditions>().notNull(),
  timeTrigger: jsonb('time_trigger').$type<AutomationTimeTrigger | null>(),
  actions: jsonb('actions').$type<AutomationAction[]>().notNull(),
  version: integer('version').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
export type AutomationRuleRow = typeof automationRules.$inferSelect;

export const automationRuns = pgTable('automation_runs', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  ruleId: uuid('rule_id').notNull(),
  ticketId: uuid('ticket_id').notNull(),
  event: text('event').$type<AutomationEvent>().notNull(),
  depth: integer('depth').notNull(),
  result: text('result').$type<AutomationRunResult>().notNull(),
  changes: jsonb('changes').$type<AutomationChange[]>().notNull(),
  errors: jsonb('errors').$type<RunError[]>().notNull(),
  createdAt: ts('created_at').notNull(),
});

export const automationTimeMarks = pgTable(
  'automation_time_marks',
  {
    ruleId: uuid('rule_id').notNull(),
    ticketId: uuid('ticket_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    anchorAt: ts('anchor_at').notNull(),
    fired: boolean('fired').notNull(),
    checkedAt: ts('checked_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ruleId, t.ticketId] })],
);

export const automationWebhooks = pgTable('automation_webhooks', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  ruleId: uuid('rule_id'),
  ticketId: uuid('ticket_id').notNull(),
  url: text('url').notNull(),
  secret: text('secret').notNull(),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  status: text('status').$type<'queued' | 'delivered' | 'failed'>().notNull(),
  attempts: integer('attempts').notNull(),
  lastError: text('last_error'),
  enqueuedAt: ts('enqueued_at'),
  createdAt: ts('created_at').notNull(),
  deliveredAt: ts('delivered_at'),
});
