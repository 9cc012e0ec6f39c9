import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, Wallboard, WallboardQuery } from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { wallboard } from './wallboard.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

/** The live wallboard for leads and admins. */
export const wallboardRoutes: FastifyPluginAsyncZod = async (app) => {
  const read = requireAuth({ scope: 'tickets:read', roles: ['lead', 'admin'] });

  app.get(
    '/wallboard',
    {
      preHandler: read,
      schema: {
        tags: ['reports'],
        summary:
          'Live queues (waiting chats and tickets, longest waits, SLA at risk), agents by state and load, today’s volume and chat service level',
        querystring: WallboardQuery,
        response: { 200: Wallboard, ...errors },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      return wallboard(ctx.db, ctx.actor, req.query, ctx.now);
    },
  );
};
