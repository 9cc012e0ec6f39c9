import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { OrderListQuery } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { customerIdentities, customers } from '../customers/index.ts';
import { tickets } from '../tickets/index.ts';
import { orderCounters, orderEvents, orderItems, orders, type OrderRow } from './orders.table.ts';

/** Takes the organization's next order number (gap-free: the counter row stays locked until commit). */
export async function takeOrderNumber(db: Db, organizationId: string): Promise<number> {
  const [row] = await db
    .insert(orderCounters)
    .values({ organizationId, lastNumber: 1 })
    .onConflictDoUpdate({
      target: orderCounters.organizationId,
      set: { lastNumber: sql`${orderCounters.lastNumber} + 1` },
    })
    .returning({ n: orderCounters.lastNumber });
  return Number(row!.n);
}

export async function findOrderByNumber(db: Db, organizationId: string, number: number) {
  const [row] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.organizationId, organizationId), eq(orders.number, number)));
  return row ?? null;
}

export async function getOrderByNumber(db: Db, organizationId: string, number: number): Promise<OrderRow> {
  const row = await findOrderByNumber(db, organizationId, number);
  if (!row) throw notFound('Order');
  return row;
}

/** Locks the order and checks the version the change is based on (null: no check). */
export async function lockOrder(
  db: Db,
  organizationId: string,
  number: number,
  version: number | null,
): Promise<OrderRow> {
  const [row] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.organizationId, organizationId), eq(orders.number, number)))
    .for('update');
  if (!row) throw notFound('Order');
  if (version !== null && row.version !== version)
    throw new AppError(
      409,
      'conflict',
      `Someone changed this order (now version ${row.version}). Reload it.`,
      {
        version: row.version,
      },
    );
  return row;
}

export const itemsOf = (db: Db, orderId: string) =>
  db.select().from(orderItems).where(eq(orderItems.orderId, orderId)).orderBy(asc(orderItems.position));

export const eventsOfOrder = (db: Db, orderId: string) =>
  db
    .select()
    .from(orderEvents)
    .where(eq(orderEvents.orderId, orderId))
    .orderBy(asc(orderEvents.createdAt), asc(orderEvents.id));

/** Customer names and ticket numbers of the given orders. */
export async function labelsOf(db: Db, rows: OrderRow[]) {
  const customerIds = [...new Set(rows.map((r) => r.customerId))];
  const ticketIds = [...new Set(rows.flatMap((r) => (r.ticketId ? [r.ticketId] : [])))];
  const names = customerIds.length
    ? await db
        .select({ id: customers.id, name: customers.name })
        .from(customers)
        .where(inArray(customers.id, customerIds))
    : [];
  const numbers = ticketIds.length
    ? await db
        .select({ id: tickets.id, number: tickets.number })
        .from(tickets)
        .where(inArray(tickets.id, ticketIds))
    : [];
  return {
    customerName: new Map(names.map((n) => [n.id, n.name])),
    ticketNumber: new Map(numbers.map((n) => [n.id, n.number === null ? null : Number(n.number)])),
  };
}

const itemCount = sql<number>`(SELECT count(*)::int FROM order_items i WHERE i.order_id = orders.id)`;

/** Orders of the organization, newest first, by number, customer text, status, customer or ticket. */
export async function listOrderRows(db: Db, organizationId: string, q: OrderListQuery) {
  const o = orders;
  const conds: Array<SQL | undefined> = [
    eq(o.organizationId, organizationId),
    q.status?.length ? inArray(o.status, q.status) : undefined,
    q.customerId ? eq(o.customerId, q.customerId) : undefined,
    q.ticketId ? eq(o.ticketId, q.ticketId) : undefined,
    q.source ? eq(o.source, q.source) : undefined,
  ];
  if (q.q) {
    const text = q.q.replace(/^#/, '');
    const folded = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // A short number is an order number: "6" must not match every e-mail or phone with a 6 in it.
    // Longer digit runs may still be part of a phone number.
    const orderNumber = /^\d{1,15}$/.test(text);
    const byContact = !orderNumber || text.length >= 6;
    conds.push(
      or(
        orderNumber ? eq(o.number, Number(text)) : undefined,
        eq(o.externalId, text),
        byContact
          ? sql`${o.customerId} IN (SELECT c.id FROM customers c WHERE c.organization_id = ${organizationId}
          AND kontakt_fold(coalesce(c.name, '')) LIKE kontakt_fold(${folded}))`
          : undefined,
        byContact
          ? sql`${o.customerId} IN (SELECT ci.customer_id FROM customer_identities ci
          WHERE ci.organization_id = ${organizationId} AND lower(ci.value) LIKE ${folded})`
          : undefined,
      ),
    );
  }
  return db
    .select({ order: o, itemCount })
    .from(o)
    .where(and(...conds))
    .orderBy(desc(o.createdAt), desc(o.id))
    .limit(q.limit);
}

/** The customer's e-mail addresses (the confirmation goes to the first). */
export async function customerEmails(db: Db, organizationId: string, customerId: string): Promise<string[]> {
  const rows = await db
    .select({ value: customerIdentities.value })
    .from(customerIdentities)
    .where(
      and(
        eq(customerIdentities.organizationId, organizationId),
        eq(customerIdentities.customerId, customerId),
        eq(customerIdentities.kind, 'email'),
      ),
    )
    .orderBy(asc(customerIdentities.createdAt));
  return rows.map((r) => r.value);
}
