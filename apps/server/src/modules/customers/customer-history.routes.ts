import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CustomerEvent, ErrorBody, Id, PageQuery, page } from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { viewCustomerHistory } from './customer-history.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** A customer's history: who changed what, when, merges included. */
export const customerHistoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/customers/:id/events',
    {
      preHandler: requireAuth({ scope: 'customers:read' }),
      schema: {
        tags: ['customers'],
        summary: "A customer's history, newest first (recorded in the audit log as access to personal data)",
        description:
          'Creation, rectification (old and new values), identities added and removed, and merges: `customer.merged` names the customer merged into this one, `customer.merged_into` the one this customer was merged into. A merged customer keeps its own history under its id.',
        params: z.object({ id: Id }),
        querystring: PageQuery,
        response: { 200: page(CustomerEvent), ...errors },
      },
    },
    async (req) => viewCustomerHistory(ctxOf(req), req.params.id, req.query),
  );
};
