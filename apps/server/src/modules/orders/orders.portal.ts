import { and, eq, sql } from 'drizzle-orm';
import type { Order, OrderSummary } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import { presentOrder, presentSummaries } from './orders.presenter.ts';
import { listOrderRows } from './orders.repo.ts';
import { orders } from './orders.table.ts';

/** Who asks in the portal: a signed-in customer, or anyone who knows the order's e-mail address. */
export type PortalOrderOwner = { customerId: string } | { email: string };

/**
 * The order with this number if it belongs to the customer (by id, or by one of the customer's
 * e-mail addresses, case-insensitive); null otherwise, so a wrong guess looks like "not found".
 * Drafts are never shown to customers.
 */
export async function findOrderForCustomer(
  db: Db,
  organizationId: string,
  owner: PortalOrderOwner,
  number: number,
): Promise<Order | null> {
  const ownerCondition =
    'customerId' in owner
      ? eq(orders.customerId, owner.customerId)
      : sql`${orders.customerId} IN (SELECT ci.customer_id FROM customer_identities ci
          WHERE ci.organization_id = ${organizationId} AND ci.kind = 'email'
          AND lower(ci.value) = lower(${owner.email.trim()}))`;
  const [row] = await db
    .select()
    .from(orders)
    .where(
      and(
        eq(orders.organizationId, organizationId),
        eq(orders.number, number),
        sql`${orders.status} <> 'draft'`,
        ownerCondition,
      ),
    );
  return row ? presentOrder(db, row) : null;
}

/** The customer's orders (not drafts), newest first, at most `limit`. */
export async function listOrdersForCustomer(
  db: Db,
  organizationId: string,
  customerId: string,
  limit = 50,
): Promise<OrderSummary[]> {
  const rows = await listOrderRows(db, organizationId, {
    customerId,
    status: [
      'confirmed',
      'sent_to_fulfilment',
      'in_fulfilment',
      'shipped',
      'delivered',
      'cancelled',
      'returned',
    ],
    limit,
  });
  return presentSummaries(db, rows);
}
