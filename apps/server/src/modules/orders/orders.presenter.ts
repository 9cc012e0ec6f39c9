import { ORDER_TRANSITIONS, type Order, type OrderSummary } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import { amountOf, percentOf } from './money.ts';
import { eventsOfOrder, itemsOf, labelsOf } from './orders.repo.ts';
import type { OrderEventRow, OrderItemRow, OrderRow } from './orders.table.ts';

type Labels = Awaited<ReturnType<typeof labelsOf>>;

function summaryOf(r: OrderRow, labels: Labels) {
  const money = (m: number) => amountOf(m, r.currency);
  return {
    id: r.id,
    number: r.number,
    customerId: r.customerId,
    customerName: labels.customerName.get(r.customerId) ?? null,
    ticketId: r.ticketId,
    ticketNumber: r.ticketId ? (labels.ticketNumber.get(r.ticketId) ?? null) : null,
    status: r.status,
    nextStatuses: [...ORDER_TRANSITIONS[r.status]],
    currency: r.currency,
    language: r.language,
    netTotal: money(r.netTotalMinor),
    vatTotal: money(r.vatTotalMinor),
    grossTotal: money(r.grossTotalMinor),
    note: r.note,
    trackingNumber: r.trackingNumber,
    source: r.source,
    externalId: r.externalId,
    confirmedAt: r.confirmedAt?.toISOString() ?? null,
    fulfilment: {
      state: r.fulfilmentState,
      attempts: r.fulfilmentAttempts,
      lastError: r.fulfilmentLastError,
    },
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function presentItem(i: OrderItemRow, currency: OrderRow['currency']) {
  const money = (m: number) => amountOf(m, currency);
  return {
    id: i.id,
    productId: i.productId,
    sku: i.sku,
    name: i.name,
    quantity: i.quantity,
    priceBasis: i.priceBasis,
    vatRate: percentOf(i.vatRateBp),
    unitNet: money(i.unitNetMinor),
    unitGross: money(i.unitGrossMinor),
    lineNet: money(i.lineNetMinor),
    lineVat: money(i.lineVatMinor),
    lineGross: money(i.lineGrossMinor),
  };
}

const presentEvent = (e: OrderEventRow) => ({
  id: e.id,
  kind: e.kind,
  fromStatus: e.fromStatus,
  toStatus: e.toStatus,
  actorType: e.actorType,
  actorId: e.actorId,
  note: e.note,
  at: e.createdAt.toISOString(),
});

/** The whole order: lines, totals, delivery, payment and history. */
export async function presentOrder(db: Db, r: OrderRow): Promise<Order> {
  const items = await itemsOf(db, r.id);
  const events = await eventsOfOrder(db, r.id);
  const labels = await labelsOf(db, [r]);
  return {
    ...summaryOf(r, labels),
    items: items.map((i) => presentItem(i, r.currency)),
    delivery: r.delivery,
    payment: r.payment,
    history: events.map(presentEvent),
  };
}

export async function presentSummaries(
  db: Db,
  rows: Array<{ order: OrderRow; itemCount: number }>,
): Promise<OrderSummary[]> {
  const labels = await labelsOf(
    db,
    rows.map((r) => r.order),
  );
  return rows.map((r) => ({ ...summaryOf(r.order, labels), itemCount: Number(r.itemCount) }));
}
