import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ComplaintReport, ComplaintReportQuery, ErrorBody } from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { complaintReport } from './complaint-reports.repo.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

/** Complaint rate per 1,000 orders, cause Pareto, share answered in time, deemed accepted; by month and product. */
export const complaintReportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const leads = requireAuth({ scope: 'tickets:read', roles: ['lead', 'qa', 'admin'] });
  app.get(
    '/reports/complaints',
    {
      preHandler: leads,
      schema: {
        tags: ['reports', 'complaints'],
        summary: 'Complaint rate, cause Pareto, answered in time and deemed accepted, by month and product',
        querystring: ComplaintReportQuery,
        response: { 200: ComplaintReport, ...errors },
      },
    },
    async (req) => {
      const { actor, now } = ctxOf(req);
      return complaintReport(req.server.deps.db, actor.organizationId, req.query, now);
    },
  );
};
