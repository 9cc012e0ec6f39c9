import type { CatalogProduct, Order } from '@kontakt/contracts';

const money = (amountMinor: number, currency: 'PLN' | 'CZK' | 'EUR' = 'PLN') => ({
  amountMinor,
  amount: (amountMinor / 100).toFixed(2),
  currency,
});

/** A catalogue product priced gross at 23 % VAT. */
export function buildProduct(n: number, over: Partial<CatalogProduct> = {}): CatalogProduct {
  const gross = over.unitGross?.amountMinor ?? 12300 * n;
  return {
    id: `0190b000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    sku: `SKU-${n}`,
    name: `Product ${n}`,
    description: '',
    kind: 'product',
    price: money(gross),
    priceBasis: 'gross',
    vatRate: 23,
    unitNet: money(Math.round(gross / 1.23)),
    unitGross: money(gross),
    availability: 'in_stock',
    quantity: null,
    active: true,
    complementIds: [],
    version: 1,
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    ...over,
  };
}

/** An order as the server answers it. */
export function buildOrder(number: number, over: Partial<Order> = {}): Order {
  return {
    id: `0190c000-0000-7000-8000-${String(number).padStart(12, '0')}`,
    number,
    customerId: '0190a000-0000-7000-8000-0000000000c1',
    customerName: 'Zofia Żółwińska',
    ticketId: null,
    ticketNumber: null,
    status: 'draft',
    nextStatuses: ['confirmed', 'cancelled'],
    currency: 'PLN',
    language: 'pl',
    items: [],
    netTotal: money(10000),
    vatTotal: money(2300),
    grossTotal: money(12300),
    delivery: { method: 'courier', name: '', street: '', city: '', postalCode: '', country: 'PL', phone: '' },
    payment: { method: 'transfer', status: 'pending' },
    note: '',
    trackingNumber: null,
    source: 'agent',
    externalId: null,
    confirmedAt: null,
    fulfilment: { state: 'none', attempts: 0, lastError: null },
    history: [],
    version: 1,
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    ...over,
  };
}
