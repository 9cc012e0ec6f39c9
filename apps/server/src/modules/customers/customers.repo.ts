import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Customer } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import { notFound } from '../../http/errors.ts';
import { olderThanCursor, toPage } from '../../platform/cursor.ts';
import { presentCustomer } from './customers.presenter.ts';
import {
  companies,
  customerIdentities,
  customers,
  type CompanyRow,
  type CustomerIdentityRow,
  type CustomerRow,
} from './customers.table.ts';

/** The customer as stored, merged ones included (`mergedIntoId` set), or null. */
export async function findCustomer(db: Db, organizationId: string, id: string): Promise<CustomerRow | null> {
  const [row] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.organizationId, organizationId), eq(customers.id, id)));
  return row ?? null;
}

/** Like findCustomer, but a missing (or another organization's) customer is "not found". */
export async function getCustomer(db: Db, organizationId: string, id: string): Promise<CustomerRow> {
  const row = await findCustomer(db, organizationId, id);
  if (!row) throw notFound('Customer');
  return row;
}

/**
 * The live customer an id stands for: itself, or the customer it was merged into. Use this when
 * linking records (a ticket to a customer) so nothing attaches to a merged-away customer.
 */
export async function resolveCustomer(db: Db, organizationId: string, id: string): Promise<CustomerRow> {
  let row = await getCustomer(db, organizationId, id);
  // Merges repoint older redirects, so one hop is the rule; the bound guards against bad data.
  for (let hops = 0; row.mergedIntoId && hops < 5; hops++) {
    row = await getCustomer(db, organizationId, row.mergedIntoId);
  }
  return row;
}

/** Identities per customer, oldest first. */
export async function identitiesByCustomer(
  db: Db,
  customerIds: string[],
): Promise<Map<string, CustomerIdentityRow[]>> {
  const map = new Map<string, CustomerIdentityRow[]>(customerIds.map((id) => [id, []]));
  if (customerIds.length === 0) return map;
  const rows = await db
    .select()
    .from(customerIdentities)
    .where(inArray(customerIdentities.customerId, customerIds))
    .orderBy(asc(customerIdentities.createdAt), asc(customerIdentities.id));
  for (const r of rows) map.get(r.customerId)?.push(r);
  return map;
}

async function companiesById(db: Db, ids: Array<string | null>): Promise<Map<string, CompanyRow>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select().from(companies).where(inArray(companies.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Presents many customers with two extra queries, not two per customer. */
export async function presentCustomers(db: Db, rows: CustomerRow[]): Promise<Customer[]> {
  const identities = await identitiesByCustomer(
    db,
    rows.map((r) => r.id),
  );
  const companyMap = await companiesById(
    db,
    rows.map((r) => r.companyId),
  );
  return rows.map((r) =>
    presentCustomer(r, identities.get(r.id) ?? [], r.companyId ? companyMap.get(r.companyId) : null),
  );
}

export async function presentOne(db: Db, row: CustomerRow): Promise<Customer> {
  const [presented] = await presentCustomers(db, [row]);
  return presented!;
}

/** Customers that are not merged away, newest first, keyset-paginated on (created_at, id). */
export async function listCustomers(db: Db, organizationId: string, q: { limit: number; cursor?: string }) {
  const conds = [eq(customers.organizationId, organizationId), isNull(customers.mergedIntoId)];
  const older = olderThanCursor(customers.createdAt, customers.id, q.cursor);
  if (older) conds.push(older);
  const rows = await db
    .select()
    .from(customers)
    .where(and(...conds))
    .orderBy(desc(customers.createdAt), desc(customers.id))
    .limit(q.limit + 1);
  return toPage(rows, q.limit, (r) => r.createdAt);
}

/** The identity with this normalized (kind, value), or null. */
export async function findIdentity(
  db: Db,
  organizationId: string,
  identity: { kind: CustomerIdentityRow['kind']; value: string },
): Promise<CustomerIdentityRow | null> {
  const [row] = await db
    .select()
    .from(customerIdentities)
    .where(
      and(
        eq(customerIdentities.organizationId, organizationId),
        eq(customerIdentities.kind, identity.kind),
        eq(customerIdentities.value, identity.value),
      ),
    );
  return row ?? null;
}

/** Inserts the identity unless (kind, value) is taken; null when it was (by anyone). */
export async function insertIdentity(
  db: Db,
  row: typeof customerIdentities.$inferInsert,
): Promise<CustomerIdentityRow | null> {
  const [inserted] = await db
    .insert(customerIdentities)
    .values(row)
    .onConflictDoNothing({
      target: [customerIdentities.organizationId, customerIdentities.kind, customerIdentities.value],
    })
    .returning();
  return inserted ?? null;
}

/** Locks customers for the rest of the transaction, in id order so two merges cannot deadlock. */
export async function lockCustomers(db: Db, organizationId: string, ids: string[]): Promise<CustomerRow[]> {
  return db
    .select()
    .from(customers)
    .where(and(eq(customers.organizationId, organizationId), inArray(customers.id, ids)))
    .orderBy(asc(customers.id))
    .for('update');
}

/**
 * What to call each customer (name, else the first identity), for lists of tickets. Reading a
 * list is not the access to a customer's record that `customer.viewed` audits.
 */
export async function customerLabels(
  db: Db,
  organizationId: string,
  ids: string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({
      id: customers.id,
      name: customers.name,
      kind: customerIdentities.kind,
      value: customerIdentities.value,
    })
    .from(customers)
    .leftJoin(customerIdentities, eq(customerIdentities.customerId, customers.id))
    .where(and(eq(customers.organizationId, organizationId), inArray(customers.id, unique)))
    .orderBy(asc(customerIdentities.createdAt));
  const labels = new Map<string, string>();
  for (const r of rows) {
    if (labels.has(r.id)) continue;
    const label = r.name ?? r.value;
    if (label) labels.set(r.id, label);
  }
  return labels;
}
