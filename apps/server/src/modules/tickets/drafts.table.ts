import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** The composer's unsent reply or note: one per ticket and agent. */
export const ticketDrafts = pgTable(
  'ticket_drafts',
  {
    organizationId: uuid('organization_id').notNull(),
    ticketId: uuid('ticket_id').notNull(),
    agentId: uuid('agent_id').notNull(),
    kind: text('kind').$type<'reply' | 'note'>().notNull(),
    bodyText: text('body_text').notNull(),
    mentions: jsonb('mentions').$type<Record<string, string>>().notNull(),
    version: integer('version').notNull(),
    takenFromAgentId: uuid('taken_from_agent_id'),
    takenFromUpdatedAt: ts('taken_from_updated_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.agentId] })],
);
export type TicketDraftRow = typeof ticketDrafts.$inferSelect;
