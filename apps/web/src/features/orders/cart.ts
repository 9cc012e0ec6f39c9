import { priceLine, type AmountCurrency, type CatalogProduct, type PricedLine } from '@kontakt/contracts';

/** One line of the order being taken. */
export interface CartLine {
  product: CatalogProduct;
  quantity: number;
}

export interface PricedCart {
  lines: Array<CartLine & { priced: PricedLine }>;
  currency: AmountCurrency | null;
  netMinor: number;
  vatMinor: number;
  grossMinor: number;
}

/** The cart priced as the server will price it (the same function, from the contracts). */
export function priceCart(lines: CartLine[]): PricedCart {
  const priced = lines.map((l) => ({
    ...l,
    priced: priceLine(
      l.product.price.amountMinor,
      l.product.priceBasis,
      Math.round(l.product.vatRate * 100),
      l.quantity,
    ),
  }));
  const sum = (k: keyof PricedLine) => priced.reduce((s, l) => s + l.priced[k], 0);
  return {
    lines: priced,
    currency: lines[0]?.product.price.currency ?? null,
    netMinor: sum('lineNetMinor'),
    vatMinor: sum('lineVatMinor'),
    grossMinor: sum('lineGrossMinor'),
  };
}

/** Adds one of a product (or one more of it). */
export function addToCart(lines: CartLine[], product: CatalogProduct): CartLine[] {
  const found = lines.find((l) => l.product.id === product.id);
  return found
    ? lines.map((l) => (l.product.id === product.id ? { ...l, quantity: l.quantity + 1 } : l))
    : [...lines, { product, quantity: 1 }];
}
