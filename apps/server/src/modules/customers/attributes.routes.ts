import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateCustomerAttributeInput,
  CustomerAttributeDefinition,
  ErrorBody,
  Id,
  UpdateCustomerAttributeInput,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import {
  createAttributeDefinition,
  listAttributeDefinitions,
  updateAttributeDefinition,
} from './attributes.service.ts';
import { presentAttributeDefinition } from './customers.presenter.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** Admin-defined customer attributes; everyone who reads customers reads the definitions. */
export const attributesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const read = requireAuth({ scope: 'customers:read' });
  const adminOnly = requireAuth({ scope: 'admin' });
  const tags = ['customers'];

  app.get(
    '/customer-attributes',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Customer attribute definitions',
        response: { 200: z.object({ items: z.array(CustomerAttributeDefinition) }), ...errors },
      },
    },
    async (req) => ({
      items: (await listAttributeDefinitions(db, ctxOf(req).actor.organizationId)).map(
        presentAttributeDefinition,
      ),
    }),
  );

  app.post(
    '/customer-attributes',
    {
      preHandler: adminOnly,
      schema: {
        tags,
        summary: 'Define a customer attribute (admins)',
        body: CreateCustomerAttributeInput,
        response: { 201: CustomerAttributeDefinition, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createAttributeDefinition(ctxOf(req), req.body)),
  );

  app.patch(
    '/customer-attributes/:id',
    {
      preHandler: adminOnly,
      schema: {
        tags,
        summary: "Change an attribute's label or options (admins)",
        params: z.object({ id: Id }),
        body: UpdateCustomerAttributeInput,
        response: { 200: CustomerAttributeDefinition, ...errors },
      },
    },
    async (req) => updateAttributeDefinition(ctxOf(req), req.params.id, req.body),
  );
};
