import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEntry, ErrorBody, PageQuery, page } from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { listAudit, presentAudit } from './audit.service.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit-log',
    {
      preHandler: requireAuth({ scope: 'audit:read' }),
      schema: {
        tags: ['audit'],
        summary: 'The audit log, newest first',
        querystring: PageQuery.extend({
          /** Filter by action or action prefix, e.g. `auth.` */
          action: z.string().max(80).optional(),
          subjectId: z.string().max(80).optional(),
        }),
        response: { 200: page(AuditEntry), 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const res = await listAudit(ctx.db, ctx.actor.organizationId, req.query);
      return { items: res.items.map(presentAudit), nextCursor: res.nextCursor };
    },
  );
};
