import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type {
  ChatBranding,
  ChatSessionState,
  ChatUploadConfig,
  Locale,
  PreChatConfig,
} from '@kontakt/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** What `chat_channels.settings` holds (validated by the contract on the way in). */
export interface ChannelSettings {
  branding: ChatBranding;
  preChat: PreChatConfig;
  privacyUrl: string | null;
  uploads: ChatUploadConfig;
}

export const chatChannels = pgTable('chat_channels', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  publicId: text('public_id').notNull(),
  name: text('name').notNull(),
  active: boolean('active').notNull(),
  queueId: uuid('queue_id').notNull(),
  calendarId: uuid('calendar_id'),
  settings: jsonb('settings').$type<ChannelSettings>().notNull(),
  offerTimeoutSeconds: integer('offer_timeout_seconds').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
export type ChatChannelRow = typeof chatChannels.$inferSelect;

export const chatQueueRequirements = pgTable('chat_queue_requirements', {
  queueId: uuid('queue_id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  requiredSkills: text('required_skills').array().notNull(),
  languages: text('languages').array().$type<Locale[]>().notNull(),
});

export const chatSessions = pgTable('chat_sessions', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  channelId: uuid('channel_id').notNull(),
  ticketId: uuid('ticket_id').notNull(),
  customerId: uuid('customer_id').notNull(),
  visitorId: text('visitor_id').notNull(),
  queueId: uuid('queue_id').notNull(),
  state: text('state').$type<ChatSessionState>().notNull(),
  language: text('language').$type<Locale>().notNull(),
  agentId: uuid('agent_id'),
  visitorName: text('visitor_name'),
  visitorEmail: text('visitor_email'),
  topic: text('topic'),
  pageUrl: text('page_url'),
  lastSeq: integer('last_seq').notNull(),
  enqueuedAt: ts('enqueued_at').notNull(),
  acceptedAt: ts('accepted_at'),
  endedAt: ts('ended_at'),
  createdAt: ts('created_at').notNull(),
});
export type ChatSessionRow = typeof chatSessions.$inferSelect;

/** Numbered by the `messages_chat_seq` trigger (migration 0130); read-only for the app. */
export const chatMessageSeq = pgTable(
  'chat_message_seq',
  {
    sessionId: uuid('session_id').notNull(),
    seq: integer('seq').notNull(),
    organizationId: uuid('organization_id').notNull(),
    messageId: uuid('message_id').notNull(),
    clientId: text('client_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.seq] })],
);

export type OfferState = 'pending' | 'accepted' | 'declined' | 'expired' | 'withdrawn';

export const chatOffers = pgTable('chat_offers', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  sessionId: uuid('session_id').notNull(),
  agentId: uuid('agent_id').notNull(),
  state: text('state').$type<OfferState>().notNull(),
  offeredAt: ts('offered_at').notNull(),
  expiresAt: ts('expires_at').notNull(),
  decidedAt: ts('decided_at'),
});
export type ChatOfferRow = typeof chatOffers.$inferSelect;

/** Read-only: a view over survey_answers (kind csat) since migration 0240; ratings are written by modules/surveys. */
export const csatAnswers = pgTable('csat_answers', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  ticketId: uuid('ticket_id').notNull(),
  rating: integer('rating').notNull(),
  comment: text('comment').notNull(),
  source: text('source').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
