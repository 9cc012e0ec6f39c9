import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CatalogProduct,
  CreateProductInput,
  ErrorBody,
  Id,
  ProductListQuery,
  SuggestionQuery,
  UpdateProductInput,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { complementsOf, listProducts, suggestionsFor } from './catalog.repo.ts';
import { presentProduct } from './catalog.presenter.ts';
import { createProduct, deleteProduct, getProductView, updateProduct } from './catalog.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const params = z.object({ id: Id });
const tags = ['catalog'];
const list = z.object({ items: z.array(CatalogProduct) });

/** The product and service catalogue: agents read it, admins manage it. */
export const catalogRoutes: FastifyPluginAsyncZod = async (app) => {
  const read = requireAuth({ scope: 'tickets:read' });
  const admin = requireAuth({ scope: 'admin' });

  const presentAll = async (
    db: Parameters<typeof complementsOf>[0],
    rows: Awaited<ReturnType<typeof listProducts>>,
  ) => {
    const complements = await complementsOf(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => presentProduct(r, complements.get(r.id) ?? []));
  };

  app.get(
    '/catalog/products',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Products and services by name, searched by name or SKU',
        querystring: ProductListQuery,
        response: { 200: list, ...errors },
      },
    },
    async (req) => {
      const { db, actor } = ctxOf(req);
      return { items: await presentAll(db, await listProducts(db, actor.organizationId, req.query)) };
    },
  );

  app.get(
    '/catalog/suggestions',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Up-sell: active complementary products of the given products (comma-separated ids)',
        querystring: SuggestionQuery,
        response: { 200: list, ...errors },
      },
    },
    async (req) => {
      const { db, actor } = ctxOf(req);
      const rows = await suggestionsFor(db, actor.organizationId, req.query.productIds);
      return { items: await presentAll(db, rows) };
    },
  );

  app.post(
    '/catalog/products',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Add a product or service (SKU unique in the organization: 409 sku_taken)',
        body: CreateProductInput,
        response: { 201: CatalogProduct, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createProduct(ctxOf(req), req.body)),
  );

  app.get(
    '/catalog/products/:id',
    {
      preHandler: read,
      schema: { tags, summary: 'One product', params, response: { 200: CatalogProduct, ...errors } },
    },
    async (req) => getProductView(ctxOf(req), req.params.id),
  );

  app.patch(
    '/catalog/products/:id',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Change a product, based on its version',
        params,
        body: UpdateProductInput,
        response: { 200: CatalogProduct, ...errors },
      },
    },
    async (req) => updateProduct(ctxOf(req), req.params.id, req.body),
  );

  app.delete(
    '/catalog/products/:id',
    { preHandler: admin, schema: { tags, summary: 'Remove a product (orders keep their lines)', params } },
    async (req, reply) => {
      await deleteProduct(ctxOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
};
