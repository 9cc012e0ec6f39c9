import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateReportScheduleInput,
  ErrorBody,
  Id,
  ReportSchedule,
  UpdateReportScheduleInput,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import {
  createSchedule,
  deleteSchedule,
  getSchedule,
  listSchedules,
  sendScheduleNow,
  updateSchedule,
} from './report-schedules.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const tags = ['reports'];
const params = z.object({ id: Id });

/** Scheduled reports (weekly or monthly, PDF or XLSX, e-mailed): leads and admins. */
export const reportSchedulesRoutes: FastifyPluginAsyncZod = async (app) => {
  const read = requireAuth({ scope: 'tickets:read', roles: ['lead', 'admin'] });

  app.get(
    '/report-schedules',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Scheduled reports',
        response: { 200: z.object({ items: z.array(ReportSchedule) }), ...errors },
      },
    },
    async (req) => ({ items: await listSchedules(ctxOf(req)) }),
  );
  app.post(
    '/report-schedules',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Schedule a report',
        body: CreateReportScheduleInput,
        response: { 201: ReportSchedule, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createSchedule(ctxOf(req), req.body)),
  );
  app.get(
    '/report-schedules/:id',
    {
      preHandler: read,
      schema: { tags, summary: 'One scheduled report', params, response: { 200: ReportSchedule, ...errors } },
    },
    async (req) => getSchedule(ctxOf(req), req.params.id),
  );
  app.patch(
    '/report-schedules/:id',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Change a scheduled report',
        params,
        body: UpdateReportScheduleInput,
        response: { 200: ReportSchedule, ...errors },
      },
    },
    async (req) => updateSchedule(ctxOf(req), req.params.id, req.body),
  );
  app.delete(
    '/report-schedules/:id',
    {
      preHandler: read,
      schema: { tags, summary: 'Delete a scheduled report', params, response: { 204: z.null(), ...errors } },
    },
    async (req, reply) => {
      await deleteSchedule(ctxOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/report-schedules/:id/send',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Send the last complete period now',
        params,
        response: { 202: z.object({ outboxIds: z.array(Id) }), ...errors },
      },
    },
    async (req, reply) =>
      reply
        .status(202)
        .send({ outboxIds: await sendScheduleNow(ctxOf(req), req.server.deps, req.params.id) }),
  );
};
