import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { ProductListQuery } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import { notFound } from '../../http/errors.ts';
import { catalogComplements, catalogProducts, type ProductRow } from './orders.table.ts';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function getProduct(db: Db, organizationId: string, id: string): Promise<ProductRow> {
  const [row] = await db
    .select()
    .from(catalogProducts)
    .where(and(eq(catalogProducts.organizationId, organizationId), eq(catalogProducts.id, id)));
  if (!row) throw notFound('Product');
  return row;
}

export async function productsByIds(db: Db, organizationId: string, ids: string[]): Promise<ProductRow[]> {
  if (!ids.length) return [];
  return db
    .select()
    .from(catalogProducts)
    .where(and(eq(catalogProducts.organizationId, organizationId), inArray(catalogProducts.id, ids)));
}

/** Complement ids of each product. */
export async function complementsOf(db: Db, productIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (!productIds.length) return map;
  const rows = await db
    .select()
    .from(catalogComplements)
    .where(inArray(catalogComplements.productId, productIds));
  for (const r of rows) map.set(r.productId, [...(map.get(r.productId) ?? []), r.complementId]);
  return map;
}

export async function listProducts(db: Db, organizationId: string, q: ProductListQuery) {
  const p = catalogProducts;
  return db
    .select()
    .from(p)
    .where(
      and(
        eq(p.organizationId, organizationId),
        q.active === undefined ? undefined : eq(p.active, q.active),
        q.currency ? eq(p.currency, q.currency) : undefined,
        q.q ? sql`${p.searchText} LIKE '%' || kontakt_fold(${escapeLike(q.q)}) || '%'` : undefined,
      ),
    )
    .orderBy(asc(p.name), asc(p.id))
    .limit(q.limit);
}

/** Active complements of the given products, excluding the products themselves. */
export async function suggestionsFor(db: Db, organizationId: string, productIds: string[]) {
  if (!productIds.length) return [];
  const ids = db
    .select({ id: catalogComplements.complementId })
    .from(catalogComplements)
    .where(
      and(
        eq(catalogComplements.organizationId, organizationId),
        inArray(catalogComplements.productId, productIds),
      ),
    );
  return db
    .select()
    .from(catalogProducts)
    .where(
      and(
        eq(catalogProducts.organizationId, organizationId),
        eq(catalogProducts.active, true),
        inArray(catalogProducts.id, ids),
        notInArray(catalogProducts.id, productIds),
      ),
    )
    .orderBy(asc(catalogProducts.name))
    .limit(20);
}

/** Replaces a product's complements (the caller checked they are the organization's). */
export async function setComplements(db: Db, organizationId: string, productId: string, ids: string[]) {
  await db.delete(catalogComplements).where(eq(catalogComplements.productId, productId));
  const unique = [...new Set(ids)];
  if (unique.length)
    await db
      .insert(catalogComplements)
      .values(unique.map((complementId) => ({ organizationId, productId, complementId })));
}
