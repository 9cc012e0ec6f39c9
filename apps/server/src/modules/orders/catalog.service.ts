import { and, eq, sql } from 'drizzle-orm';
import type { CatalogProduct, CreateProductInput, UpdateProductInput } from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError, badRequest } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { isUniqueViolation } from '../../platform/db-errors.ts';
import type { Db } from '../../platform/db.ts';
import { complementsOf, getProduct, productsByIds, setComplements } from './catalog.repo.ts';
import { presentProduct } from './catalog.presenter.ts';
import { basisPoints, minorOf } from './money.ts';
import { catalogProducts } from './orders.table.ts';

const skuTaken = () => new AppError(409, 'sku_taken', 'Another product already has this SKU.');

async function checkComplements(db: Db, orgId: string, selfId: string, ids: string[]) {
  if (ids.includes(selfId))
    throw badRequest('A product cannot complement itself.', { field: 'complementIds' });
  const found = await productsByIds(db, orgId, [...new Set(ids)]);
  if (found.length !== new Set(ids).size)
    throw new AppError(400, 'unknown_product', 'A complementary product does not exist.', {
      field: 'complementIds',
    });
}

async function present(db: Db, row: typeof catalogProducts.$inferSelect) {
  return presentProduct(row, (await complementsOf(db, [row.id])).get(row.id) ?? []);
}

/** Adds a product with its complements, in one transaction; the SKU is unique per organization. */
export async function createProduct(ctx: ServiceCtx, input: CreateProductInput): Promise<CatalogProduct> {
  const orgId = ctx.actor.organizationId;
  const id = newId();
  const priceMinor = minorOf(input.price, 'price');
  try {
    return await ctx.db.transaction(async (tx) => {
      await checkComplements(tx, orgId, id, input.complementIds);
      const [row] = await tx
        .insert(catalogProducts)
        .values({
          id,
          organizationId: orgId,
          sku: input.sku,
          name: input.name,
          description: input.description,
          kind: input.kind,
          currency: input.price.currency,
          priceMinor,
          priceBasis: input.priceBasis,
          vatRateBp: basisPoints(input.vatRate),
          availability: input.availability,
          quantity: input.quantity,
          active: input.active,
          searchText: sql<string>`kontakt_fold(${`${input.sku} ${input.name}`})`,
          version: 1,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning();
      await setComplements(tx, orgId, id, input.complementIds);
      return present(tx, row!);
    });
  } catch (err) {
    if (isUniqueViolation(err, 'catalog_products_org_sku_key')) throw skuTaken();
    throw err;
  }
}

export async function getProductView(ctx: ServiceCtx, id: string): Promise<CatalogProduct> {
  return present(ctx.db, await getProduct(ctx.db, ctx.actor.organizationId, id));
}

/** Changes a product based on the version read (409 `conflict` otherwise). */
export async function updateProduct(
  ctx: ServiceCtx,
  id: string,
  input: UpdateProductInput,
): Promise<CatalogProduct> {
  const orgId = ctx.actor.organizationId;
  const priceMinor = input.price ? minorOf(input.price, 'price') : undefined;
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(catalogProducts)
        .where(and(eq(catalogProducts.organizationId, orgId), eq(catalogProducts.id, id)))
        .for('update');
      if (!row) throw new AppError(404, 'not_found', 'Product not found.');
      if (row.version !== input.version)
        throw new AppError(409, 'conflict', `Someone changed this product (now version ${row.version}).`, {
          version: row.version,
        });
      if (input.complementIds) {
        await checkComplements(tx, orgId, id, input.complementIds);
        await setComplements(tx, orgId, id, input.complementIds);
      }
      const sku = input.sku ?? row.sku;
      const name = input.name ?? row.name;
      const [updated] = await tx
        .update(catalogProducts)
        .set({
          sku,
          name,
          description: input.description ?? row.description,
          kind: input.kind ?? row.kind,
          currency: input.price?.currency ?? row.currency,
          priceMinor: priceMinor ?? row.priceMinor,
          priceBasis: input.priceBasis ?? row.priceBasis,
          vatRateBp: input.vatRate === undefined ? row.vatRateBp : basisPoints(input.vatRate),
          availability: input.availability ?? row.availability,
          quantity: input.quantity === undefined ? row.quantity : input.quantity,
          active: input.active ?? row.active,
          searchText: sql<string>`kontakt_fold(${`${sku} ${name}`})`,
          version: row.version + 1,
          updatedAt: ctx.now,
        })
        .where(eq(catalogProducts.id, id))
        .returning();
      return present(tx, updated!);
    });
  } catch (err) {
    if (isUniqueViolation(err, 'catalog_products_org_sku_key')) throw skuTaken();
    throw err;
  }
}

/** Removes a product; order lines keep their name, SKU and prices (their product link is cleared). */
export async function deleteProduct(ctx: ServiceCtx, id: string): Promise<void> {
  const row = await getProduct(ctx.db, ctx.actor.organizationId, id);
  await ctx.db.delete(catalogProducts).where(eq(catalogProducts.id, row.id));
}
