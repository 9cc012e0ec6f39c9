import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateCustomerInput,
  Customer,
  CustomerSearchQuery,
  ErrorBody,
  Id,
  IdentityInput,
  MergeCustomerInput,
  UpdateCustomerInput,
  page,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { attributesRoutes } from './attributes.routes.ts';
import { companiesRoutes } from './companies.routes.ts';
import { customerHistoryRoutes } from './customer-history.routes.ts';
import { orgDefaultCountry } from './customers.identity.ts';
import { mergeCustomers } from './customers.merge.ts';
import { listCustomers, presentCustomers } from './customers.repo.ts';
import { searchCustomers } from './customers.search.ts';
import {
  addIdentity,
  createCustomer,
  removeIdentity,
  updateCustomer,
  viewCustomer,
} from './customers.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const params = z.object({ id: Id });
const MERGED_WRITES =
  'A customer merged into another answers writes with 409 `customer_merged` and `details.targetId`.';

/** Customers, their identities and merges; companies and attribute definitions alongside. */
export const customersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const read = requireAuth({ scope: 'customers:read' });
  const write = requireAuth({ scope: 'customers:write' });
  const tags = ['customers'];

  app.get(
    '/customers',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Search customers (with `q`) or list them newest first',
        querystring: CustomerSearchQuery,
        response: { 200: page(Customer), ...errors },
      },
    },
    async (req) => {
      const org = ctxOf(req).actor.organizationId;
      const { q, limit, cursor } = req.query;
      if (q) {
        const rows = await searchCustomers(db, org, q, limit, await orgDefaultCountry(db, org));
        return { items: await presentCustomers(db, rows), nextCursor: null };
      }
      const res = await listCustomers(db, org, { limit, cursor });
      return { items: await presentCustomers(db, res.items), nextCursor: res.nextCursor };
    },
  );

  app.post(
    '/customers',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Create a customer',
        body: CreateCustomerInput,
        response: { 201: Customer, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createCustomer(ctxOf(req), req.body)),
  );

  app.get(
    '/customers/:id',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'One customer (recorded in the audit log as access to personal data)',
        description:
          'A customer merged into another answers 200 with the customer it was merged into, with `mergedFrom` set to the id asked for.',
        params,
        response: { 200: Customer, ...errors },
      },
    },
    async (req) => viewCustomer(ctxOf(req), req.params.id),
  );

  app.patch(
    '/customers/:id',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Rectify a customer; old values are kept in its history',
        description: MERGED_WRITES,
        params,
        body: UpdateCustomerInput,
        response: { 200: Customer, ...errors },
      },
    },
    async (req) => updateCustomer(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/customers/:id/identities',
    {
      preHandler: write,
      schema: {
        tags,
        summary: "Add an identity (201; 200 when it is already the customer's)",
        description: `409 \`identity_taken\` (with \`details.customerId\`) when another customer has it. ${MERGED_WRITES}`,
        params,
        body: IdentityInput,
        response: { 200: Customer, 201: Customer, ...errors },
      },
    },
    async (req, reply) => {
      const res = await addIdentity(ctxOf(req), req.params.id, req.body);
      return reply.status(res.added ? 201 : 200).send(res.customer);
    },
  );

  app.delete(
    '/customers/:id/identities/:identityId',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Remove an identity',
        params: z.object({ id: Id, identityId: Id }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await removeIdentity(ctxOf(req), req.params.id, req.params.identityId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/customers/:id/merge',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Merge `sourceId` into this customer',
        description: `Identities and tickets move here; the source stays as a redirect. 409 \`merge_into_self\` for the same id; 404 when either is missing or another organization's. ${MERGED_WRITES}`,
        params,
        body: MergeCustomerInput,
        response: { 200: Customer, ...errors },
      },
    },
    async (req) => mergeCustomers(ctxOf(req), req.params.id, req.body.sourceId),
  );

  await app.register(companiesRoutes);
  await app.register(attributesRoutes);
  await app.register(customerHistoryRoutes);
};
