import { priceLine, type CatalogProduct } from '@kontakt/contracts';
import { amountOf, percentOf } from './money.ts';
import type { ProductRow } from './orders.table.ts';

export function presentProduct(r: ProductRow, complementIds: string[]): CatalogProduct {
  const unit = priceLine(r.priceMinor, r.priceBasis, r.vatRateBp, 1);
  return {
    id: r.id,
    sku: r.sku,
    name: r.name,
    description: r.description,
    kind: r.kind,
    price: amountOf(r.priceMinor, r.currency),
    priceBasis: r.priceBasis,
    vatRate: percentOf(r.vatRateBp),
    unitNet: amountOf(unit.unitNetMinor, r.currency),
    unitGross: amountOf(unit.unitGrossMinor, r.currency),
    availability: r.availability,
    quantity: r.quantity,
    active: r.active,
    complementIds,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
