import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateReturnInput,
  ErrorBody,
  Id,
  ReturnListQuery,
  ReturnRecord,
  ReturnShipmentInput,
  UpdateReturnInput,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { createReturn, getReturn, listReturns, moveShipment, updateReturn } from './returns.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const params = z.object({ id: Id });
const tags = ['returns'];

/** Returns and withdrawals on tickets: the record, its clocks, the shipment, and the list. */
export const returnsRoutes: FastifyPluginAsyncZod = async (app) => {
  const read = requireAuth({ scope: 'tickets:read' });
  const write = requireAuth({ scope: 'tickets:write' });
  const ok = { 200: ReturnRecord, ...errors };

  app.get(
    '/returns',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Returns on tickets the caller sees, newest first',
        querystring: ReturnListQuery,
        response: { 200: z.object({ items: z.array(ReturnRecord) }), ...errors },
      },
    },
    async (req) => {
      const { actor, now } = ctxOf(req);
      return { items: await listReturns(req.server.deps.db, actor, req.query, now) };
    },
  );

  app.post(
    '/tickets/:id/return',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Record the return / withdrawal of a ticket (sets its type to return); 409 when it has one',
        params,
        body: CreateReturnInput,
        response: { 201: ReturnRecord, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createReturn(ctxOf(req), req.params.id, req.body)),
  );

  app.get(
    '/tickets/:id/return',
    {
      preHandler: read,
      schema: { tags, summary: 'The return of a ticket with its clocks (audited)', params, response: ok },
    },
    async (req) => getReturn(ctxOf(req), req.params.id),
  );

  app.patch(
    '/tickets/:id/return',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Change fields (based on version); the clocks are recomputed',
        params,
        body: UpdateReturnInput,
        response: ok,
      },
    },
    async (req) => updateReturn(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/tickets/:id/return/shipment',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Move the return shipment forward (awaiting → in transit → received → inspected → refunded)',
        params,
        body: ReturnShipmentInput,
        response: ok,
      },
    },
    async (req) => moveShipment(ctxOf(req), req.params.id, req.body),
  );
};
