import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Company,
  CompanySearchQuery,
  CreateCompanyInput,
  ErrorBody,
  Id,
  UpdateCompanyInput,
  page,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { getCompany, listCompanies, searchCompanies } from './companies.repo.ts';
import { createCompany, updateCompany } from './companies.service.ts';
import { presentCompany } from './customers.presenter.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const params = z.object({ id: Id });

/** Companies customers belong to (not tenants: those are organizations). */
export const companiesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const read = requireAuth({ scope: 'customers:read' });
  const write = requireAuth({ scope: 'customers:write' });
  const tags = ['companies'];

  app.get(
    '/companies',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Search companies (with `q`) or list them newest first',
        querystring: CompanySearchQuery,
        response: { 200: page(Company), ...errors },
      },
    },
    async (req) => {
      const org = ctxOf(req).actor.organizationId;
      const { q, limit, cursor } = req.query;
      if (q)
        return { items: (await searchCompanies(db, org, q, limit)).map(presentCompany), nextCursor: null };
      const res = await listCompanies(db, org, { limit, cursor });
      return { items: res.items.map(presentCompany), nextCursor: res.nextCursor };
    },
  );

  app.post(
    '/companies',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Create a company',
        body: CreateCompanyInput,
        response: { 201: Company, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createCompany(ctxOf(req), req.body)),
  );

  app.get(
    '/companies/:id',
    {
      preHandler: read,
      schema: { tags, summary: 'One company', params, response: { 200: Company, ...errors } },
    },
    async (req) => presentCompany(await getCompany(db, ctxOf(req).actor.organizationId, req.params.id)),
  );

  app.patch(
    '/companies/:id',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Change a company',
        params,
        body: UpdateCompanyInput,
        response: { 200: Company, ...errors },
      },
    },
    async (req) => updateCompany(ctxOf(req), req.params.id, req.body),
  );
};
