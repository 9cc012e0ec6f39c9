import { integer, pgTable, text, timestamp, uuid, boolean } from 'drizzle-orm/pg-core';
import type { AgentState } from '@kontakt/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const presenceReasons = pgTable('presence_reasons', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  code: text('code').notNull(),
  label: text('label').notNull(),
  states: text('states').array().$type<Array<Exclude<AgentState, 'online'>>>().notNull(),
  active: boolean('active').notNull(),
  createdAt: ts('created_at').notNull(),
});
export type PresenceReasonRow = typeof presenceReasons.$inferSelect;

/** An agent's availability now (no row: offline with the default capacity). */
export const agentPresence = pgTable('agent_presence', {
  agentId: uuid('agent_id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  state: text('state').$type<AgentState>().notNull(),
  reasonId: uuid('reason_id'),
  since: ts('since').notNull(),
  chatCapacity: integer('chat_capacity').notNull(),
  idleSince: ts('idle_since').notNull(),
});
export type AgentPresenceRow = typeof agentPresence.$inferSelect;

/** Append-only history of state changes (a trigger refuses updates). */
export const agentPresenceLog = pgTable('agent_presence_log', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  agentId: uuid('agent_id').notNull(),
  state: text('state').$type<AgentState>().notNull(),
  reasonId: uuid('reason_id'),
  reasonCode: text('reason_code'),
  changedAt: ts('changed_at').notNull(),
});

export const DEFAULT_CHAT_CAPACITY = 3;
