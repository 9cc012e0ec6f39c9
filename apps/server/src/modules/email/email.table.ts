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

const ts = (name: string) => timestamp(name, { withTimezone: true });
type Locale = 'pl' | 'cs' | 'en';
export type AutoAckTemplates = Partial<Record<Locale, { subject: string; body: string }>>;

export const mailboxes = pgTable('mailboxes', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  queueId: uuid('queue_id').notNull(),
  address: text('address').notNull(),
  displayName: text('display_name').notNull(),
  inboundKind: text('inbound_kind').$type<'smtp' | 'imap'>().notNull(),
  imapHost: text('imap_host'),
  imapPort: integer('imap_port'),
  imapTls: boolean('imap_tls').notNull(),
  imapUser: text('imap_user'),
  imapAuth: text('imap_auth').$type<'password' | 'oauth2'>().notNull().default('password'),
  /** The password or OAuth2 access token, sealed (platform/secret-box.ts). */
  imapPassword: text('imap_password'),
  /** OAuth2 refresh (migration 0183): token endpoint, client, sealed client secret and refresh token. */
  imapOauthTokenUrl: text('imap_oauth_token_url'),
  imapOauthClientId: text('imap_oauth_client_id'),
  imapOauthClientSecret: text('imap_oauth_client_secret'),
  imapOauthRefreshToken: text('imap_oauth_refresh_token'),
  /** When the stored access token expires, as the token endpoint said. */
  imapOauthExpiresAt: timestamp('imap_oauth_expires_at', { withTimezone: true }),
  imapFolder: text('imap_folder').notNull(),
  imapProcessedFolder: text('imap_processed_folder'),
  /** The mailbox's own outbound SMTP server, without its password (migration 0180). */
  smtpUrl: text('smtp_url'),
  /** That server's password, sealed (platform/secret-box.ts). */
  smtpPassword: text('smtp_password'),
  /** DKIM signing (migration 0070): all three or none; the key sealed (platform/secret-box.ts). */
  dkimDomain: text('dkim_domain'),
  dkimSelector: text('dkim_selector'),
  dkimPrivateKey: text('dkim_private_key'),
  dkimPublicKey: text('dkim_public_key'),
  dkimKeyType: text('dkim_key_type').$type<'rsa' | 'ed25519'>(),
  signatures: jsonb('signatures').$type<Partial<Record<Locale, string>>>().notNull(),
  autoAck: boolean('auto_ack').notNull(),
  autoAckTemplates: jsonb('auto_ack_templates').$type<AutoAckTemplates>().notNull(),
  active: boolean('active').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
export type MailboxRow = typeof mailboxes.$inferSelect;

/** The e-mail side of a stored message: raw source, addresses, classification. */
export const emailMessages = pgTable('email_messages', {
  messageId: uuid('message_id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  ticketId: uuid('ticket_id').notNull(),
  mailboxId: uuid('mailbox_id'),
  direction: text('direction').$type<'inbound' | 'outbound'>().notNull(),
  headerMessageId: text('header_message_id').notNull(),
  fromAddress: text('from_address'),
  replyTo: text('reply_to'),
  toAddresses: text('to_addresses').array().notNull(),
  ccAddresses: text('cc_addresses').array().notNull(),
  subject: text('subject').notNull(),
  rawSha256: text('raw_sha256'),
  rawSize: bigint('raw_size', { mode: 'number' }),
  autoReply: boolean('auto_reply').notNull(),
  bounce: boolean('bounce').notNull(),
  list: boolean('list').notNull(),
  createdAt: ts('created_at').notNull(),
});
export type EmailMessageRow = typeof emailMessages.$inferSelect;

/** Message-IDs stored, sent, or referenced before being seen (messageId null). */
export const emailMessageIds = pgTable(
  'email_message_ids',
  {
    organizationId: uuid('organization_id').notNull(),
    headerMessageId: text('header_message_id').notNull(),
    ticketId: uuid('ticket_id').notNull(),
    messageId: uuid('message_id'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.headerMessageId] })],
);

export type OutboundStatus = 'queued' | 'sent' | 'failed' | 'bounced';

export const emailOutbound = pgTable('email_outbound', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  ticketId: uuid('ticket_id').notNull(),
  messageId: uuid('message_id').notNull(),
  kind: text('kind').$type<'reply' | 'auto_ack'>().notNull(),
  status: text('status').$type<OutboundStatus>().notNull(),
  error: text('error'),
  attempts: integer('attempts').notNull(),
  recipient: text('recipient'),
  subject: text('subject'),
  headerMessageId: text('header_message_id'),
  rawSha256: text('raw_sha256'),
  envelopeFrom: text('envelope_from'),
  envelopeTo: text('envelope_to').array(),
  preparedAt: ts('prepared_at'),
  leaseUntil: ts('lease_until'),
  sentAt: ts('sent_at'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
export type EmailOutboundRow = typeof emailOutbound.$inferSelect;
