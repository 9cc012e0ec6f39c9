import {
  bigint,
  boolean,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Channel, Priority, TicketStatus, TicketType } from '@kontakt/contracts';
import type { StoredSla } from '../sla/index.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** What a notification tells; the database CHECK (migration 0189) lists the same. */
export const NOTIFICATION_KINDS = [
  'mention',
  'assignment',
  'reply',
  'sla_warning',
  'sla_breach',
  /** A complaint's statutory deadline is near (D−3, D−1) or missed (modules/complaints). */
  'complaint_due',
  /** A customer filed a complaint in the portal. */
  'complaint_filed',
  /** Fulfilment did not take an order after all retries. */
  'order_failed',
  /** A survey answer scored low. */
  'survey_low_score',
  /** A quality review of the agent's conversation was published, or disputed by the agent. */
  'review_published',
  'review_disputed',
  /** A junior's reply waits for approval, or came back with a note. */
  'approval_requested',
  'approval_returned',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const queues = pgTable('queues', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  teamId: uuid('team_id'),
  isDefault: boolean('is_default').notNull(),
  calendarId: uuid('calendar_id'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
export type QueueRow = typeof queues.$inferSelect;

export const ticketCounters = pgTable('ticket_counters', {
  organizationId: uuid('organization_id').primaryKey(),
  lastNumber: bigint('last_number', { mode: 'number' }).notNull(),
});

export type FieldValue = string | number | boolean | string[] | null;

export const tickets = pgTable('tickets', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  number: bigint('number', { mode: 'number' }).notNull(),
  subject: text('subject').notNull(),
  status: text('status').$type<TicketStatus>().notNull(),
  priority: text('priority').$type<Priority>().notNull(),
  type: text('type').$type<TicketType>().notNull(),
  channel: text('channel').$type<Channel>().notNull(),
  queueId: uuid('queue_id').notNull(),
  teamId: uuid('team_id'),
  assigneeId: uuid('assignee_id'),
  customerId: uuid('customer_id'),
  tags: text('tags').array().notNull(),
  customFields: jsonb('custom_fields').$type<Record<string, FieldValue>>().notNull(),
  contactReasonId: uuid('contact_reason_id'),
  language: text('language').$type<'pl' | 'cs' | 'en'>(),
  mergedIntoId: uuid('merged_into_id'),
  version: integer('version').notNull(),
  searchText: text('search_text').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
  lastActivityAt: ts('last_activity_at').notNull(),
  firstResponseAt: ts('first_response_at'),
  solvedAt: ts('solved_at'),
  closedAt: ts('closed_at'),
  firstResponseDueAt: ts('first_response_due_at'),
  nextResponseDueAt: ts('next_response_due_at'),
  resolutionDueAt: ts('resolution_due_at'),
  /** SLA clock state and presented targets (see modules/sla); null when no policy applies. */
  sla: jsonb('sla').$type<StoredSla>(),
  slaNextFireAt: ts('sla_next_fire_at'),
});
export type TicketRow = typeof tickets.$inferSelect;

export const ticketFollowers = pgTable(
  'ticket_followers',
  {
    ticketId: uuid('ticket_id').notNull(),
    agentId: uuid('agent_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.agentId] })],
);

export const ticketLinks = pgTable(
  'ticket_links',
  {
    organizationId: uuid('organization_id').notNull(),
    fromTicketId: uuid('from_ticket_id').notNull(),
    toTicketId: uuid('to_ticket_id').notNull(),
    kind: text('kind').$type<'related' | 'parent_child'>().notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.fromTicketId, t.toTicketId, t.kind] })],
);

export const messages = pgTable('messages', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  ticketId: uuid('ticket_id').notNull(),
  kind: text('kind').$type<'reply' | 'note'>().notNull(),
  direction: text('direction').$type<'inbound' | 'outbound' | 'internal'>().notNull(),
  authorType: text('author_type').$type<'customer' | 'agent' | 'system'>().notNull(),
  authorId: uuid('author_id'),
  channel: text('channel').$type<Channel>().notNull(),
  bodyHtml: text('body_html').notNull(),
  bodyText: text('body_text').notNull(),
  externalId: text('external_id'),
  mentions: uuid('mentions').array().notNull(),
  createdAt: ts('created_at').notNull(),
});
export type MessageRow = typeof messages.$inferSelect;

export const attachments = pgTable('attachments', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  ticketId: uuid('ticket_id').notNull(),
  messageId: uuid('message_id'),
  filename: text('filename').notNull(),
  contentType: text('content_type').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  contentId: text('content_id'),
  createdAt: ts('created_at').notNull(),
});
export type AttachmentRow = typeof attachments.$inferSelect;

export const ticketEvents = pgTable('ticket_events', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  ticketId: uuid('ticket_id').notNull(),
  actorType: text('actor_type').$type<'agent' | 'api_token' | 'customer' | 'system' | 'rule'>().notNull(),
  actorId: text('actor_id'),
  kind: text('kind').notNull(),
  field: text('field'),
  oldValue: jsonb('old_value'),
  newValue: jsonb('new_value'),
  createdAt: ts('created_at').notNull(),
});
export type TicketEventRow = typeof ticketEvents.$inferSelect;

export const ticketFieldDefinitions = pgTable('ticket_field_definitions', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  key: text('key').notNull(),
  label: text('label').notNull(),
  type: text('type').$type<'text' | 'number' | 'date' | 'select' | 'multi_select' | 'checkbox'>().notNull(),
  options: text('options').array().notNull(),
  requiredToSolve: boolean('required_to_solve').notNull(),
  active: boolean('active').notNull(),
  position: integer('position').notNull(),
  createdAt: ts('created_at').notNull(),
});

export const contactReasons = pgTable('contact_reasons', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  parentId: uuid('parent_id'),
  name: text('name').notNull(),
  active: boolean('active').notNull(),
  position: integer('position').notNull(),
  createdAt: ts('created_at').notNull(),
});

export const views = pgTable('views', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  ownerId: uuid('owner_id'),
  name: text('name').notNull(),
  filters: jsonb('filters').$type<Record<string, unknown>>().notNull(),
  sort: text('sort').notNull(),
  columns: text('columns').array().notNull(),
  position: integer('position').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
export type ViewRow = typeof views.$inferSelect;

export const notifications = pgTable('notifications', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  agentId: uuid('agent_id').notNull(),
  kind: text('kind').$type<NotificationKind>().notNull(),
  ticketId: uuid('ticket_id').notNull(),
  messageId: uuid('message_id'),
  actorId: uuid('actor_id'),
  createdAt: ts('created_at').notNull(),
  readAt: ts('read_at'),
});
