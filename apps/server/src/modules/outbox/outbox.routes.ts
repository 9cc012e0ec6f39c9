import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, PageQuery, page } from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { listOutbox, presentOutbox } from './outbox.service.ts';

const OutboxMessage = z.object({
  id: z.string(),
  purpose: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(['kept', 'queued', 'sent', 'failed']),
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

export const outboxRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/outbox',
    {
      preHandler: requireAuth({ scope: 'admin' }),
      schema: {
        tags: ['mail'],
        summary: 'Outbound e-mail of the organization (kept here when no SMTP server is configured)',
        querystring: PageQuery,
        response: { 200: page(OutboxMessage), 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const res = await listOutbox(ctx.db, ctx.actor.organizationId, req.query);
      return { items: res.items.map(presentOutbox), nextCursor: res.nextCursor };
    },
  );
};
