import { ImportOrderInput, type Locale } from '@kontakt/contracts';
import { AppError } from '../../http/errors.ts';

/**
 * Maps the order payloads of WooCommerce (REST API v3 order, as its `order.created` /
 * `order.updated` webhooks send it) and Shopify (`orders/create`, `orders/updated`, … webhooks,
 * Admin REST order) to an import. Amounts are decimal strings in both.
 */

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): Json[] => (Array.isArray(v) ? v.map(obj) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const num = (v: unknown): number => {
  const n = typeof v === 'number' ? v : Number.parseFloat(str(v));
  return Number.isFinite(n) ? n : 0;
};

/** A decimal money string with two decimals. */
const money = (n: number): string => (Math.round(n * 100) / 100).toFixed(2);

/** A VAT rate in percent from a line's tax and base, snapped to a whole percent when within 0.05. */
function rateOf(tax: number, base: number): number {
  if (base <= 0 || tax <= 0) return 0;
  const pct = Math.round((tax / base) * 100 * 100) / 100;
  const whole = Math.round(pct);
  return Math.abs(pct - whole) < 0.05 ? whole : pct;
}

const languageOf = (locale: string, country: string): Locale | undefined => {
  const l = locale.slice(0, 2).toLowerCase();
  if (l === 'pl' || l === 'cs' || l === 'en') return l;
  if (country === 'PL') return 'pl';
  if (country === 'CZ') return 'cs';
  return undefined;
};

const fullName = (a: Json) => [str(a.first_name), str(a.last_name)].filter(Boolean).join(' ');

/** Zod's verdict as a 400 that names the shop's field that did not fit. */
function parsed(input: unknown, shop: string): ImportOrderInput {
  const r = ImportOrderInput.safeParse(input);
  if (r.success) return r.data;
  throw new AppError(400, 'validation_failed', `The ${shop} order cannot be imported.`, {
    issues: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  });
}

const WOO_STATUS: Record<string, ImportOrderInput['status']> = {
  pending: 'draft',
  'on-hold': 'confirmed',
  processing: 'confirmed',
  completed: 'delivered',
  cancelled: 'cancelled',
  refunded: 'cancelled',
  failed: 'cancelled',
};
const WOO_PAYMENT: Record<string, ImportOrderInput['payment']['method']> = {
  bacs: 'transfer',
  cod: 'cash_on_delivery',
  cheque: 'other',
  stripe: 'card',
  woocommerce_payments: 'card',
  ppcp: 'other',
  paypal: 'other',
};

export function fromWooCommerce(order: Json): ImportOrderInput {
  const billing = obj(order.billing);
  const shipping = obj(order.shipping);
  const status = str(order.status);
  const shipMethod = str(arr(order.shipping_lines)[0]?.method_id);
  return parsed(
    {
      source: 'woocommerce',
      externalId: str(order.id),
      customer: {
        email: str(billing.email).trim(),
        name: fullName(billing) || undefined,
        language: languageOf('', str(billing.country)),
      },
      currency: str(order.currency),
      status: WOO_STATUS[status] ?? 'confirmed',
      items: [
        ...arr(order.line_items).map((li) => {
          const quantity = Math.trunc(num(li.quantity));
          const net = num(li.total);
          return {
            ...(str(li.sku) ? { sku: str(li.sku) } : {}),
            name: str(li.name),
            quantity,
            // The line's net after discounts, per unit; WooCommerce keeps taxes per line.
            unitPrice: { amount: money(quantity > 0 ? net / quantity : 0), currency: str(order.currency) },
            priceBasis: 'net',
            vatRate: rateOf(num(li.total_tax), net),
          };
        }),
        // Shipping is charged as a line of its own (net, with its tax).
        ...arr(order.shipping_lines)
          .filter((s) => num(s.total) > 0)
          .map((s) => ({
            name: str(s.method_title) || 'Shipping',
            quantity: 1,
            unitPrice: { amount: money(num(s.total)), currency: str(order.currency) },
            priceBasis: 'net',
            vatRate: rateOf(num(s.total_tax), num(s.total)),
          })),
      ],
      delivery: {
        method: shipMethod === 'local_pickup' ? 'pickup' : 'courier',
        name: fullName(shipping) || fullName(billing),
        street: [str(shipping.address_1), str(shipping.address_2)].filter(Boolean).join(', '),
        city: str(shipping.city),
        postalCode: str(shipping.postcode),
        country: str(shipping.country) || str(billing.country) || 'PL',
        phone: str(shipping.phone) || str(billing.phone),
      },
      payment: {
        method: WOO_PAYMENT[str(order.payment_method)] ?? 'other',
        status:
          status === 'refunded'
            ? 'refunded'
            : status === 'failed'
              ? 'failed'
              : order.date_paid
                ? 'paid'
                : 'pending',
      },
      note: str(order.customer_note).slice(0, 2000),
    },
    'WooCommerce',
  );
}

const SHOPIFY_PAYMENT: Record<string, ImportOrderInput['payment']['status']> = {
  paid: 'paid',
  partially_refunded: 'paid',
  refunded: 'refunded',
  voided: 'failed',
};

/** Shopify states a line's tax rate as a fraction (0.23). */
const shopifyRate = (line: Json): number => {
  const taxLine = arr(line.tax_lines)[0];
  return taxLine ? Math.round(num(taxLine.rate) * 10_000) / 100 : 0;
};

export function fromShopify(order: Json): ImportOrderInput {
  const customer = obj(order.customer);
  const address = obj(order.shipping_address);
  const billing = obj(order.billing_address);
  const country = str(address.country_code) || str(billing.country_code);
  const taxesIncluded = order.taxes_included === true;
  const gateways = Array.isArray(order.payment_gateway_names)
    ? (order.payment_gateway_names as unknown[])
    : [];
  const gateway = str(gateways[0] ?? order.gateway);
  const shippingCode = str(arr(order.shipping_lines)[0]?.code).toLowerCase();
  return parsed(
    {
      source: 'shopify',
      externalId: str(order.id),
      customer: {
        email: (str(order.email) || str(customer.email)).trim(),
        name: fullName(customer) || str(address.name) || undefined,
        language: languageOf(str(order.customer_locale), country),
      },
      currency: str(order.currency),
      status: order.cancelled_at
        ? 'cancelled'
        : str(order.fulfillment_status) === 'fulfilled'
          ? 'shipped'
          : 'confirmed',
      items: [
        ...arr(order.line_items).map((li) => ({
          ...(str(li.sku) ? { sku: str(li.sku) } : {}),
          name: str(li.name) || str(li.title),
          quantity: Math.trunc(num(li.quantity)),
          unitPrice: { amount: money(num(li.price)), currency: str(order.currency) },
          priceBasis: taxesIncluded ? 'gross' : 'net',
          vatRate: shopifyRate(li),
        })),
        // Shipping is charged as a line of its own.
        ...arr(order.shipping_lines)
          .filter((s) => num(s.price) > 0)
          .map((s) => ({
            name: str(s.title) || 'Shipping',
            quantity: 1,
            unitPrice: { amount: money(num(s.price)), currency: str(order.currency) },
            priceBasis: taxesIncluded ? 'gross' : 'net',
            vatRate: shopifyRate(s),
          })),
      ],
      delivery: {
        method: shippingCode.includes('pickup')
          ? 'pickup'
          : shippingCode.includes('locker')
            ? 'parcel_locker'
            : 'courier',
        name: str(address.name) || fullName(address),
        street: [str(address.address1), str(address.address2)].filter(Boolean).join(', '),
        city: str(address.city),
        postalCode: str(address.zip),
        country: country || 'PL',
        phone: str(address.phone),
      },
      payment: {
        method: /cash on delivery|cod/i.test(gateway)
          ? 'cash_on_delivery'
          : /bank|transfer|przelew/i.test(gateway)
            ? 'transfer'
            : gateway === 'shopify_payments'
              ? 'card'
              : 'other',
        status: SHOPIFY_PAYMENT[str(order.financial_status)] ?? 'pending',
      },
      note: str(order.note).slice(0, 2000),
    },
    'Shopify',
  );
}
