import { customType, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Locale } from '@kontakt/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true });
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

/** One-time sign-in links (hash of the token only), single use, short-lived. */
export const portalLoginTokens = pgTable('portal_login_tokens', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  customerId: uuid('customer_id').notNull(),
  email: text('email').notNull(),
  tokenHash: bytea('token_hash').notNull(),
  language: text('language').$type<Locale>().notNull(),
  createdAt: ts('created_at').notNull(),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
});

/** Portal sessions: one organization, one customer; separate from agent sessions. */
export const portalSessions = pgTable('portal_sessions', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  customerId: uuid('customer_id').notNull(),
  email: text('email').notNull(),
  tokenHash: bytea('token_hash').notNull(),
  csrfToken: text('csrf_token').notNull(),
  language: text('language').$type<Locale>().notNull(),
  createdAt: ts('created_at').notNull(),
  lastSeenAt: ts('last_seen_at').notNull(),
  expiresAt: ts('expires_at').notNull(),
  revokedAt: ts('revoked_at'),
});
export type PortalSessionRow = typeof portalSessions.$inferSelect;
