import { z } from 'zod';
import { Id, Instant } from './common.ts';
import { Amount, AmountCurrency, AmountInput } from './complaints.ts';

/** Whether a price is stated without VAT (net) or with it (gross). */
export const PriceBasis = z.enum(['net', 'gross']);
export type PriceBasis = z.infer<typeof PriceBasis>;

export const ProductKind = z.enum(['product', 'service']);
export type ProductKind = z.infer<typeof ProductKind>;

export const Availability = z.enum(['in_stock', 'out_of_stock', 'on_order']);
export type Availability = z.infer<typeof Availability>;

/** A VAT rate in percent with at most two decimals, e.g. 23, 8, 21, 12, 0. */
export const VatRate = z
  .number()
  .min(0)
  .max(100)
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-9, 'at most two decimals');

/** A catalogue entry: a product or a service with its price, VAT and availability. */
export const CatalogProduct = z.object({
  id: Id,
  sku: z.string(),
  name: z.string(),
  description: z.string(),
  kind: ProductKind,
  /** The price as entered (net or gross per priceBasis). */
  price: Amount,
  priceBasis: PriceBasis,
  vatRate: z.number(),
  /** Both prices of one unit, derived from price, basis and rate. */
  unitNet: Amount,
  unitGross: Amount,
  availability: Availability,
  /** Units on hand, when tracked. */
  quantity: z.number().int().nullable(),
  active: z.boolean(),
  /** Products offered alongside this one (up-sell). */
  complementIds: z.array(Id),
  version: z.number().int(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type CatalogProduct = z.infer<typeof CatalogProduct>;

const productFields = {
  sku: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(200),
  description: z.string().max(5000).default(''),
  kind: ProductKind.default('product'),
  /** Decimal string with no more fraction digits than the currency has (PLN, CZK, EUR: 2). */
  price: AmountInput,
  priceBasis: PriceBasis,
  vatRate: VatRate,
  availability: Availability.default('in_stock'),
  quantity: z.number().int().min(0).max(1_000_000_000).nullable().default(null),
  active: z.boolean().default(true),
  complementIds: z.array(Id).max(50).default([]),
};

export const CreateProductInput = z.strictObject(productFields);
export type CreateProductInput = z.infer<typeof CreateProductInput>;

/** A change to a product, based on the version read. */
export const UpdateProductInput = z.strictObject({
  version: z.number().int(),
  sku: productFields.sku.optional(),
  name: productFields.name.optional(),
  description: z.string().max(5000).optional(),
  kind: ProductKind.optional(),
  price: AmountInput.optional(),
  priceBasis: PriceBasis.optional(),
  vatRate: VatRate.optional(),
  availability: Availability.optional(),
  quantity: z.number().int().min(0).max(1_000_000_000).nullable().optional(),
  active: z.boolean().optional(),
  complementIds: z.array(Id).max(50).optional(),
});
export type UpdateProductInput = z.infer<typeof UpdateProductInput>;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ProductListQuery = z.strictObject({
  /** Part of the name or SKU (accents and case ignored). */
  q: z.string().trim().max(200).optional(),
  active: flag.optional(),
  currency: AmountCurrency.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ProductListQuery = z.infer<typeof ProductListQuery>;

/** Up-sell: the active complements of the given products that are not among them. */
export const SuggestionQuery = z.strictObject({
  productIds: z
    .string()
    .max(2000)
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(Id).max(50)),
});
