import { and, eq } from 'drizzle-orm';
import type { ImportOrderInput, Order } from '@kontakt/contracts';
import { newId } from '../../platform/crypto.ts';
import { isUniqueViolation } from '../../platform/db-errors.ts';
import type { Db } from '../../platform/db.ts';
import { findOrCreateCustomerByIdentity } from '../customers/index.ts';
import { recordOrderEvent, type OrderActor } from './order-events.ts';
import { priceItems, writeItems } from './order-items.ts';
import { presentOrder } from './orders.presenter.ts';
import { takeOrderNumber } from './orders.repo.ts';
import { orders, type OrderRow } from './orders.table.ts';

const findImported = async (db: Db, orgId: string, source: string, externalId: string) => {
  const [row] = await db
    .select()
    .from(orders)
    .where(
      and(
        eq(orders.organizationId, orgId),
        eq(orders.source, source as OrderRow['source']),
        eq(orders.externalId, externalId),
      ),
    )
    .for('update');
  return row ?? null;
};

/** A later delivery of an imported order: its status, payment and delivery are the shop's to change. */
async function syncExisting(tx: Db, row: OrderRow, input: ImportOrderInput, who: OrderActor, now: Date) {
  const statusChanged = row.status !== input.status;
  const paymentChanged =
    row.payment.status !== input.payment.status || row.payment.method !== input.payment.method;
  if (!statusChanged && !paymentChanged) return row;
  const [updated] = await tx
    .update(orders)
    .set({
      status: input.status,
      payment: input.payment,
      delivery: input.delivery,
      ...(input.status !== 'draft' && !row.confirmedAt ? { confirmedAt: now } : {}),
      version: row.version + 1,
      updatedAt: now,
    })
    .where(eq(orders.id, row.id))
    .returning();
  await recordOrderEvent(tx, row, who, now, {
    kind: 'synced',
    from: statusChanged ? row.status : null,
    to: statusChanged ? input.status : null,
  });
  return updated!;
}

/**
 * Imports an order from a shop or another system, idempotent by (source, externalId): the first
 * delivery creates it (the customer found or created by e-mail, lines matched to the catalogue by
 * SKU), later ones sync its status and payment. One transaction; answers whether it was created.
 */
export async function importOrder(
  db: Db,
  organizationId: string,
  input: ImportOrderInput,
  who: OrderActor,
  now: Date,
): Promise<{ order: Order; created: boolean }> {
  const run = () =>
    db.transaction(async (tx) => {
      const existing = await findImported(tx, organizationId, input.source, input.externalId);
      if (existing) {
        const row = await syncExisting(tx, existing, input, who, now);
        return { order: await presentOrder(tx, row), created: false };
      }
      const priced = await priceItems(tx, organizationId, input.currency, input.items, {
        strictCatalogue: false,
      });
      const { customer } = await findOrCreateCustomerByIdentity(tx, {
        organizationId,
        identity: { kind: 'email', value: input.customer.email },
        name: input.customer.name ?? null,
        language: input.customer.language ?? null,
        now,
      });
      const id = newId();
      const number = await takeOrderNumber(tx, organizationId);
      const [row] = await tx
        .insert(orders)
        .values({
          id,
          organizationId,
          number,
          customerId: customer.id,
          ticketId: null,
          status: input.status,
          currency: input.currency,
          language: input.customer.language ?? customer.language ?? 'pl',
          netTotalMinor: priced.netTotalMinor,
          vatTotalMinor: priced.vatTotalMinor,
          grossTotalMinor: priced.grossTotalMinor,
          delivery: input.delivery,
          payment: input.payment,
          note: input.note,
          source: input.source,
          externalId: input.externalId,
          confirmedAt: input.status === 'draft' ? null : now,
          fulfilmentState: 'none',
          fulfilmentAttempts: 0,
          version: 1,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await writeItems(tx, organizationId, id, priced);
      await recordOrderEvent(tx, row!, who, now, {
        kind: 'imported',
        to: input.status,
        note: input.externalId,
      });
      return { order: await presentOrder(tx, row!), created: true };
    });
  try {
    return await run();
  } catch (err) {
    // Two deliveries of one new order at once: the loser finds the winner's row.
    if (isUniqueViolation(err, 'orders_external_key')) return run();
    throw err;
  }
}
