import { z } from 'zod';
import { Id, Instant, Locale } from './common.ts';
import { Amount, AmountCurrency, AmountInput } from './complaints.ts';
import { PriceBasis, VatRate } from './catalog.ts';

export const OrderStatus = z.enum([
  'draft',
  'confirmed',
  'sent_to_fulfilment',
  'in_fulfilment',
  'shipped',
  'delivered',
  'cancelled',
  'returned',
]);
export type OrderStatus = z.infer<typeof OrderStatus>;

/** The moves an order's status may make; anything else is `invalid_status_transition`. */
export const ORDER_TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  draft: ['confirmed', 'cancelled'],
  confirmed: ['sent_to_fulfilment', 'in_fulfilment', 'shipped', 'cancelled'],
  sent_to_fulfilment: ['in_fulfilment', 'shipped', 'cancelled'],
  in_fulfilment: ['shipped', 'cancelled'],
  shipped: ['delivered', 'returned'],
  delivered: ['returned'],
  cancelled: [],
  returned: [],
};

export const OrderSource = z.enum(['agent', 'api', 'woocommerce', 'shopify']);
export type OrderSource = z.infer<typeof OrderSource>;
export const FulfilmentState = z.enum(['none', 'pending', 'delivered', 'failed']);
export const PaymentMethod = z.enum(['card', 'transfer', 'cash_on_delivery', 'blik', 'invoice', 'other']);
export const PaymentStatus = z.enum(['pending', 'paid', 'refunded', 'failed']);
export const DeliveryMethod = z.enum(['courier', 'parcel_locker', 'post', 'pickup', 'electronic']);

export const DeliveryDetails = z.strictObject({
  method: DeliveryMethod,
  name: z.string().trim().max(200).default(''),
  street: z.string().trim().max(300).default(''),
  city: z.string().trim().max(120).default(''),
  postalCode: z.string().trim().max(20).default(''),
  /** ISO 3166-1 alpha-2. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .default('PL'),
  phone: z.string().trim().max(40).default(''),
});
export type DeliveryDetails = z.infer<typeof DeliveryDetails>;

export const PaymentDetails = z.strictObject({
  method: PaymentMethod,
  status: PaymentStatus.default('pending'),
});
export type PaymentDetails = z.infer<typeof PaymentDetails>;

/**
 * One line: a catalogue product (price, VAT and name from the catalogue) or, without productId,
 * a free line with its own name, unit price and VAT rate.
 */
export const OrderItemInput = z.strictObject({
  productId: Id.optional(),
  sku: z.string().trim().min(1).max(64).optional(),
  name: z.string().trim().min(1).max(200).optional(),
  quantity: z.number().int().min(1).max(100_000),
  unitPrice: AmountInput.optional(),
  priceBasis: PriceBasis.optional(),
  vatRate: VatRate.optional(),
});
export type OrderItemInput = z.infer<typeof OrderItemInput>;

export const CreateOrderInput = z.strictObject({
  /** The customer; defaults to the ticket's customer. */
  customerId: Id.optional(),
  ticketId: Id.optional(),
  currency: AmountCurrency,
  /** The language of the confirmation; defaults to the customer's, then Polish. */
  language: Locale.optional(),
  items: z.array(OrderItemInput).min(1).max(200),
  delivery: DeliveryDetails,
  payment: PaymentDetails,
  note: z.string().max(2000).default(''),
});
export type CreateOrderInput = z.infer<typeof CreateOrderInput>;

/** A change to a draft, based on the version read. */
export const UpdateOrderInput = z.strictObject({
  version: z.number().int(),
  items: z.array(OrderItemInput).min(1).max(200).optional(),
  delivery: DeliveryDetails.optional(),
  payment: PaymentDetails.optional(),
  note: z.string().max(2000).optional(),
});
export type UpdateOrderInput = z.infer<typeof UpdateOrderInput>;

export const OrderStatusInput = z.strictObject({
  status: OrderStatus,
  note: z.string().max(1000).optional(),
  trackingNumber: z.string().trim().min(1).max(100).optional(),
  /** Payment status reported with the move (e.g. refunded on return). */
  paymentStatus: PaymentStatus.optional(),
});
export type OrderStatusInput = z.infer<typeof OrderStatusInput>;

/** An order from a shop or another system; imported once per (source, externalId). */
export const ImportOrderInput = z.strictObject({
  source: z.enum(['api', 'woocommerce', 'shopify']).default('api'),
  externalId: z.string().trim().min(1).max(200),
  customer: z.strictObject({
    email: z.email(),
    name: z.string().trim().max(200).optional(),
    language: Locale.optional(),
  }),
  currency: AmountCurrency,
  status: z.enum(['draft', 'confirmed', 'cancelled', 'shipped', 'delivered']).default('confirmed'),
  items: z.array(OrderItemInput).min(1).max(500),
  delivery: DeliveryDetails,
  payment: PaymentDetails,
  note: z.string().max(2000).default(''),
});
export type ImportOrderInput = z.infer<typeof ImportOrderInput>;

export const OrderItem = z.object({
  id: Id,
  productId: Id.nullable(),
  sku: z.string().nullable(),
  name: z.string(),
  quantity: z.number().int(),
  priceBasis: PriceBasis,
  vatRate: z.number(),
  unitNet: Amount,
  unitGross: Amount,
  lineNet: Amount,
  lineVat: Amount,
  lineGross: Amount,
});
export type OrderItem = z.infer<typeof OrderItem>;

export const OrderEvent = z.object({
  id: Id,
  kind: z.string(),
  fromStatus: OrderStatus.nullable(),
  toStatus: OrderStatus.nullable(),
  actorType: z.enum(['agent', 'api_token', 'fulfilment', 'system', 'shop']),
  actorId: z.string().nullable(),
  note: z.string().nullable(),
  at: Instant,
});
export type OrderEvent = z.infer<typeof OrderEvent>;

export const Order = z.object({
  id: Id,
  number: z.number().int(),
  customerId: Id,
  customerName: z.string().nullable(),
  ticketId: Id.nullable(),
  ticketNumber: z.number().int().nullable(),
  status: OrderStatus,
  /** The statuses this order may move to next. */
  nextStatuses: z.array(OrderStatus),
  currency: AmountCurrency,
  language: Locale,
  items: z.array(OrderItem),
  netTotal: Amount,
  vatTotal: Amount,
  grossTotal: Amount,
  delivery: DeliveryDetails,
  payment: PaymentDetails,
  note: z.string(),
  trackingNumber: z.string().nullable(),
  source: OrderSource,
  externalId: z.string().nullable(),
  confirmedAt: Instant.nullable(),
  fulfilment: z.object({
    state: FulfilmentState,
    attempts: z.number().int(),
    lastError: z.string().nullable(),
  }),
  history: z.array(OrderEvent),
  version: z.number().int(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Order = z.infer<typeof Order>;

/** A row of the orders list (no items or history). */
export const OrderSummary = Order.omit({ items: true, history: true, delivery: true, payment: true }).extend({
  itemCount: z.number().int(),
});
export type OrderSummary = z.infer<typeof OrderSummary>;

const statusList = z
  .string()
  .max(400)
  .transform((s) => s.split(',').filter(Boolean))
  .pipe(z.array(OrderStatus));

export const OrderListQuery = z.strictObject({
  /** An order number, or part of the customer's name, e-mail or the shop's order id. */
  q: z.string().trim().max(200).optional(),
  status: statusList.optional(),
  customerId: Id.optional(),
  ticketId: Id.optional(),
  source: OrderSource.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type OrderListQuery = z.infer<typeof OrderListQuery>;

/** Where confirmed orders are handed off; the secret is write-only. */
export const OrderSettings = z.object({
  fulfilmentUrl: z.string().nullable(),
  hasFulfilmentSecret: z.boolean(),
});
export const UpdateOrderSettingsInput = z.strictObject({
  fulfilmentUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable(),
  /** At least 16 characters; omitted keeps the stored one. */
  fulfilmentSecret: z.string().min(16).max(200).optional(),
});
export type UpdateOrderSettingsInput = z.infer<typeof UpdateOrderSettingsInput>;

export const CommerceChannel = z.object({
  id: Id,
  kind: z.enum(['woocommerce', 'shopify']),
  name: z.string(),
  channelKey: z.string(),
  /** The path the shop's "order created/updated" webhook posts to. */
  webhookPath: z.string(),
  createdAt: Instant,
});
export type CommerceChannel = z.infer<typeof CommerceChannel>;
export const CreateCommerceChannelInput = z.strictObject({
  kind: z.enum(['woocommerce', 'shopify']),
  name: z.string().trim().min(1).max(120),
  /** The WooCommerce webhook secret, or the Shopify app's client secret. */
  secret: z.string().min(8).max(200),
});

/** One line priced: both unit prices and the line's net, VAT and gross, in minor units. */
export interface PricedLine {
  unitNetMinor: number;
  unitGrossMinor: number;
  lineNetMinor: number;
  lineVatMinor: number;
  lineGrossMinor: number;
}

/**
 * Prices a line from a unit price in minor units stated net or gross, a VAT rate in basis points
 * and a quantity. The line total is computed from the stated price × quantity and the other side
 * derived once per line (rounded half up), so line net + VAT = gross exactly.
 */
export function priceLine(
  unitMinor: number,
  basis: PriceBasis,
  vatRateBp: number,
  quantity: number,
): PricedLine {
  const toGross = (net: number) => net + Math.round((net * vatRateBp) / 10_000);
  const toNet = (gross: number) => Math.round((gross * 10_000) / (10_000 + vatRateBp));
  if (basis === 'net') {
    const lineNetMinor = unitMinor * quantity;
    const lineGrossMinor = toGross(lineNetMinor);
    return {
      unitNetMinor: unitMinor,
      unitGrossMinor: toGross(unitMinor),
      lineNetMinor,
      lineVatMinor: lineGrossMinor - lineNetMinor,
      lineGrossMinor,
    };
  }
  const lineGrossMinor = unitMinor * quantity;
  const lineNetMinor = toNet(lineGrossMinor);
  return {
    unitNetMinor: toNet(unitMinor),
    unitGrossMinor: unitMinor,
    lineNetMinor,
    lineVatMinor: lineGrossMinor - lineNetMinor,
    lineGrossMinor,
  };
}
