import { and, eq, inArray, sql } from 'drizzle-orm';
import { priceLine, type AmountCurrency, type OrderItemInput } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import { AppError, badRequest } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { basisPoints, minorOf } from './money.ts';
import { catalogProducts, orderItems, type ProductRow } from './orders.table.ts';

export interface PricedItems {
  rows: Array<Omit<typeof orderItems.$inferInsert, 'orderId' | 'organizationId'>>;
  netTotalMinor: number;
  vatTotalMinor: number;
  grossTotalMinor: number;
}

/** Catalogue products referenced by id, and by SKU where lines have no id (imports). */
async function referencedProducts(db: Db, orgId: string, items: OrderItemInput[]) {
  const ids = [...new Set(items.flatMap((i) => (i.productId ? [i.productId] : [])))];
  const skus = [...new Set(items.flatMap((i) => (!i.productId && i.sku ? [i.sku.toLowerCase()] : [])))];
  const p = catalogProducts;
  const byId = ids.length
    ? await db
        .select()
        .from(p)
        .where(and(eq(p.organizationId, orgId), inArray(p.id, ids)))
    : [];
  const bySku = skus.length
    ? await db
        .select()
        .from(p)
        .where(and(eq(p.organizationId, orgId), inArray(sql`lower(${p.sku})`, skus)))
    : [];
  return {
    byId: new Map(byId.map((r) => [r.id, r])),
    bySku: new Map(bySku.map((r) => [r.sku.toLowerCase(), r])),
  };
}

/**
 * Prices the lines of an order in its currency. Catalogue lines take the product's name, SKU,
 * price and VAT unless the line states its own price; free lines must state name, price and VAT.
 * `strictCatalogue`: an agent's order refuses inactive products (an import takes what was sold).
 */
export async function priceItems(
  db: Db,
  orgId: string,
  currency: AmountCurrency,
  items: OrderItemInput[],
  opts: { strictCatalogue: boolean },
): Promise<PricedItems> {
  const { byId, bySku } = await referencedProducts(db, orgId, items);
  const rows: PricedItems['rows'] = [];
  items.forEach((item, index) => {
    const field = `items.${index}`;
    let product: ProductRow | undefined;
    if (item.productId) {
      product = byId.get(item.productId);
      if (!product)
        throw new AppError(400, 'unknown_product', 'A product of the order does not exist.', {
          field: `${field}.productId`,
        });
      if (opts.strictCatalogue && !product.active)
        throw new AppError(409, 'product_inactive', `"${product.name}" is no longer offered.`, {
          field: `${field}.productId`,
        });
    } else if (item.sku) {
      product = bySku.get(item.sku.toLowerCase());
    }
    if (item.unitPrice && item.unitPrice.currency !== currency)
      throw new AppError(400, 'currency_mismatch', `Prices must be in ${currency}.`, {
        field: `${field}.unitPrice`,
      });
    if (!item.unitPrice && product && product.currency !== currency)
      throw new AppError(400, 'currency_mismatch', `"${product.name}" is priced in ${product.currency}.`, {
        field: `${field}.productId`,
      });
    const name = item.name ?? product?.name;
    const unitMinor = item.unitPrice ? minorOf(item.unitPrice, `${field}.unitPrice`) : product?.priceMinor;
    const vatRateBp = item.vatRate !== undefined ? basisPoints(item.vatRate) : product?.vatRateBp;
    const basis = item.priceBasis ?? (item.unitPrice ? 'gross' : product?.priceBasis) ?? 'gross';
    if (!name || unitMinor === undefined || vatRateBp === undefined)
      throw badRequest('A line without a catalogue product needs a name, a unit price and a VAT rate.', {
        field,
      });
    const priced = priceLine(unitMinor, basis, vatRateBp, item.quantity);
    rows.push({
      id: newId(),
      position: index + 1,
      productId: product?.id ?? null,
      sku: item.sku ?? product?.sku ?? null,
      name,
      quantity: item.quantity,
      priceBasis: basis,
      vatRateBp,
      ...priced,
    });
  });
  const sum = (k: 'lineNetMinor' | 'lineVatMinor' | 'lineGrossMinor') =>
    rows.reduce((s, r) => s + (r[k] as number), 0);
  return {
    rows,
    netTotalMinor: sum('lineNetMinor'),
    vatTotalMinor: sum('lineVatMinor'),
    grossTotalMinor: sum('lineGrossMinor'),
  };
}

/** Replaces an order's lines. */
export async function writeItems(db: Db, orgId: string, orderId: string, priced: PricedItems) {
  await db.delete(orderItems).where(eq(orderItems.orderId, orderId));
  await db.insert(orderItems).values(priced.rows.map((r) => ({ ...r, organizationId: orgId, orderId })));
}
