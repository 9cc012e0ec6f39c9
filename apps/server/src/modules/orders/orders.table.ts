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
import type {
  AmountCurrency,
  Availability,
  DeliveryDetails,
  Locale,
  OrderSource,
  OrderStatus,
  PaymentDetails,
  PriceBasis,
  ProductKind,
} from '@kontakt/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true });
const minor = (name: string) => bigint(name, { mode: 'number' });

export const catalogProducts = pgTable('catalog_products', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  sku: text('sku').notNull(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  kind: text('kind').$type<ProductKind>().notNull(),
  currency: text('currency').$type<AmountCurrency>().notNull(),
  priceMinor: minor('price_minor').notNull(),
  priceBasis: text('price_basis').$type<PriceBasis>().notNull(),
  vatRateBp: integer('vat_rate_bp').notNull(),
  availability: text('availability').$type<Availability>().notNull(),
  quantity: integer('quantity'),
  active: boolean('active').notNull(),
  searchText: text('search_text').notNull(),
  version: integer('version').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
export type ProductRow = typeof catalogProducts.$inferSelect;

export const catalogComplements = pgTable(
  'catalog_complements',
  {
    organizationId: uuid('organization_id').notNull(),
    productId: uuid('product_id').notNull(),
    complementId: uuid('complement_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.complementId] })],
);

export type FulfilmentStateValue = 'none' | 'pending' | 'delivered' | 'failed';

export const orders = pgTable('orders', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  number: bigint('number', { mode: 'number' }).notNull(),
  customerId: uuid('customer_id').notNull(),
  ticketId: uuid('ticket_id'),
  status: text('status').$type<OrderStatus>().notNull(),
  currency: text('currency').$type<AmountCurrency>().notNull(),
  language: text('language').$type<Locale>().notNull(),
  netTotalMinor: minor('net_total_minor').notNull(),
  vatTotalMinor: minor('vat_total_minor').notNull(),
  grossTotalMinor: minor('gross_total_minor').notNull(),
  delivery: jsonb('delivery').$type<DeliveryDetails>().notNull(),
  payment: jsonb('payment').$type<PaymentDetails>().notNull(),
  note: text('note').notNull(),
  trackingNumber: text('tracking_number'),
  source: text('source').$type<OrderSource>().notNull(),
  externalId: text('external_id'),
  confirmedAt: ts('confirmed_at'),
  confirmationOutboxId: uuid('confirmation_outbox_id'),
  fulfilmentState: text('fulfilment_state').$type<FulfilmentStateValue>().notNull(),
  fulfilmentDeliveryId: uuid('fulfilment_delivery_id'),
  fulfilmentAttempts: integer('fulfilment_attempts').notNull(),
  fulfilmentLastError: text('fulfilment_last_error'),
  createdById: uuid('created_by_id'),
  version: integer('version').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
export type OrderRow = typeof orders.$inferSelect;

export const orderItems = pgTable('order_items', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  orderId: uuid('order_id').notNull(),
  position: integer('position').notNull(),
  productId: uuid('product_id'),
  sku: text('sku'),
  name: text('name').notNull(),
  quantity: integer('quantity').notNull(),
  priceBasis: text('price_basis').$type<PriceBasis>().notNull(),
  vatRateBp: integer('vat_rate_bp').notNull(),
  unitNetMinor: minor('unit_net_minor').notNull(),
  unitGrossMinor: minor('unit_gross_minor').notNull(),
  lineNetMinor: minor('line_net_minor').notNull(),
  lineVatMinor: minor('line_vat_minor').notNull(),
  lineGrossMinor: minor('line_gross_minor').notNull(),
});
export type OrderItemRow = typeof orderItems.$inferSelect;

export type OrderActorType = 'agent' | 'api_token' | 'fulfilment' | 'system' | 'shop';

export const orderEvents = pgTable('order_events', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  orderId: uuid('order_id').notNull(),
  kind: text('kind').notNull(),
  fromStatus: text('from_status').$type<OrderStatus>(),
  toStatus: text('to_status').$type<OrderStatus>(),
  actorType: text('actor_type').$type<OrderActorType>().notNull(),
  actorId: text('actor_id'),
  note: text('note'),
  createdAt: ts('created_at').notNull(),
});
export type OrderEventRow = typeof orderEvents.$inferSelect;

export const orderSettings = pgTable('order_settings', {
  organizationId: uuid('organization_id').primaryKey(),
  fulfilmentUrl: text('fulfilment_url'),
  fulfilmentSecret: text('fulfilment_secret'),
  updatedAt: ts('updated_at').notNull(),
});

export const commerceChannels = pgTable('commerce_channels', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  kind: text('kind').$type<'woocommerce' | 'shopify'>().notNull(),
  channelKey: text('channel_key').notNull(),
  name: text('name').notNull(),
  secret: text('secret').notNull(),
  createdAt: ts('created_at').notNull(),
});
export type CommerceChannelRow = typeof commerceChannels.$inferSelect;

export const orderCounters = pgTable('order_counters', {
  organizationId: uuid('organization_id').primaryKey(),
  lastNumber: bigint('last_number', { mode: 'number' }).notNull(),
});
