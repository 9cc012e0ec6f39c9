import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Id, SlaRecomputation } from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { getRecomputation, listRecomputations, presentRecomputation } from './sla-recompute.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const tags = ['sla policies'];

/** Progress of the recomputations that follow policy and calendar changes (admin). */
export const slaRecomputeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const admin = requireAuth({ scope: 'admin' });
  app.get(
    '/sla-recomputations',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'The latest SLA recomputations, newest first',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
        response: { 200: z.object({ items: z.array(SlaRecomputation) }), ...errors },
      },
    },
    async (req) => ({
      items: (await listRecomputations(db, ctxOf(req).actor.organizationId, req.query.limit)).map(
        presentRecomputation,
      ),
    }),
  );
  app.get(
    '/sla-recomputations/:id',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'One SLA recomputation and its progress',
        params: z.object({ id: Id }),
        response: { 200: SlaRecomputation, ...errors },
      },
    },
    async (req) =>
      presentRecomputation(await getRecomputation(db, ctxOf(req).actor.organizationId, req.params.id)),
  );
};
