import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AttributeType, CustomerFlag, IdentityKind, Locale, PreferredChannel } from '@kontakt/contracts';

export const companies = pgTable('companies', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  name: text('name').notNull(),
  nip: text('nip'),
  ico: text('ico'),
  vatId: text('vat_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
export type CompanyRow = typeof companies.$inferSelect;

/** Stored attribute values never hold null: null in a request removes the key. */
export type StoredAttributes = Record<string, string | number | boolean>;

export const customers = pgTable('customers', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  name: text('name'),
  companyId: uuid('company_id'),
  language: text('language').$type<Locale>(),
  preferredChannel: text('preferred_channel').$type<PreferredChannel>(),
  flags: text('flags').array().$type<CustomerFlag[]>().notNull(),
  notes: text('notes').notNull(),
  attributes: jsonb('attributes').$type<StoredAttributes>().notNull(),
  mergedIntoId: uuid('merged_into_id'),
  mergedAt: timestamp('merged_at', { withTimezone: true }),
  /** Counts changes of the fields above; PATCH may send it to be told of a colleague's change. */
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
export type CustomerRow = typeof customers.$inferSelect;

export const customerIdentities = pgTable('customer_identities', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  customerId: uuid('customer_id').notNull(),
  kind: text('kind').$type<IdentityKind>().notNull(),
  value: text('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
export type CustomerIdentityRow = typeof customerIdentities.$inferSelect;

export const customerEvents = pgTable('customer_events', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  customerId: uuid('customer_id').notNull(),
  type: text('type').notNull(),
  actorType: text('actor_type').$type<'agent' | 'api_token' | 'system'>().notNull(),
  actorId: text('actor_id'),
  data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
export type CustomerEventRow = typeof customerEvents.$inferSelect;

export const customerAttributeDefinitions = pgTable('customer_attribute_definitions', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  key: text('key').notNull(),
  label: text('label').notNull(),
  type: text('type').$type<AttributeType>().notNull(),
  options: text('options').array().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
export type CustomerAttributeDefinitionRow = typeof customerAttributeDefinitions.$inferSelect;
