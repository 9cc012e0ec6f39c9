import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AgentReport,
  AgentReportList,
  CreateReportExportInput,
  ErrorBody,
  Id,
  ReportDrillPage,
  ReportDrillQuery,
  ReportExport,
  ReportExportQuery,
  ReportFilters,
  ReportOverview,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { drillDown, getMyReport, getOverview, listAgentReports, scopeFor } from './reports.service.ts';
import { createExport, getExport, openExportFile } from './report-exports.service.ts';
import { allReportRows } from './report-rows.ts';
import { EXPORT_CONTENT_TYPES, exportStream } from './report-export.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['reports'];
const params = z.object({ id: Id });

/** KPI reports (DOMAIN.md §3): overview, personal, per agent, drill-down and exports. */
export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const leads = requireAuth({ scope: 'tickets:read', roles: ['lead', 'qa', 'admin'] });
  const anyone = requireAuth({ scope: 'tickets:read' });

  app.get(
    '/reports/overview',
    {
      preHandler: leads,
      schema: {
        tags,
        summary: 'Every KPI over the period and slice (leads, QA, admins)',
        querystring: ReportFilters,
        response: { 200: ReportOverview, ...errors },
      },
    },
    async (req) => getOverview(ctxOf(req), req.query),
  );

  app.get(
    '/reports/agents/me',
    {
      preHandler: anyone,
      schema: {
        tags,
        summary: "The signed-in agent's own KPIs",
        querystring: ReportFilters,
        response: { 200: AgentReport, ...errors },
      },
    },
    async (req) => getMyReport(ctxOf(req), req.query),
  );

  app.get(
    '/reports/agents',
    {
      preHandler: leads,
      schema: {
        tags,
        summary: 'Per-agent comparison over the period',
        querystring: ReportFilters,
        response: { 200: AgentReportList, ...errors },
      },
    },
    async (req) => listAgentReports(ctxOf(req), req.query),
  );

  app.get(
    '/reports/drill',
    {
      preHandler: anyone,
      schema: {
        tags,
        summary: 'The tickets behind a number (agents: only their own)',
        querystring: ReportDrillQuery,
        response: { 200: ReportDrillPage, ...errors },
      },
    },
    async (req) => drillDown(ctxOf(req), req.query),
  );

  app.get(
    '/reports/export',
    {
      preHandler: leads,
      schema: {
        tags,
        summary: 'The rows behind a number as CSV or XLSX, streamed (one row per ticket)',
        querystring: ReportExportQuery,
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const s = await scopeFor(ctx, req.query);
      const { format, metric, bucket } = req.query;
      // Checks the metric and bucket before the first byte (a bad bucket is a 400, not a broken file).
      const rows = allReportRows(ctx.db, s, metric, bucket);
      const first = await rows.next();
      async function* batches() {
        if (!first.done) yield first.value;
        yield* rows;
      }
      return reply
        .type(EXPORT_CONTENT_TYPES[format])
        .header(
          'content-disposition',
          `attachment; filename="report-${metric}-${s.applied.from}-${s.applied.to}.${format}"`,
        )
        .send(exportStream(format, batches()));
    },
  );

  app.post(
    '/reports/exports',
    {
      preHandler: leads,
      schema: {
        tags,
        summary: 'Start a long export as a job (poll it, then download)',
        body: CreateReportExportInput,
        response: { 202: ReportExport, ...errors },
      },
    },
    async (req, reply) => reply.status(202).send(await createExport(ctxOf(req), req.server.deps, req.body)),
  );

  app.get(
    '/reports/exports/:id',
    {
      preHandler: leads,
      schema: {
        tags,
        summary: 'An export job and its progress',
        params,
        response: { 200: ReportExport, ...errors },
      },
    },
    async (req) => getExport(ctxOf(req), req.params.id),
  );

  app.get(
    '/reports/exports/:id/download',
    { preHandler: leads, schema: { tags, summary: 'The file of a finished export', params } },
    async (req, reply) => {
      const f = await openExportFile(ctxOf(req), req.server.deps, req.params.id);
      return reply
        .type(EXPORT_CONTENT_TYPES[f.format])
        .header(
          'content-disposition',
          `attachment; filename="report-export-${f.createdAt.slice(0, 10)}.${f.format}"`,
        )
        .send(f.stream);
    },
  );
};
