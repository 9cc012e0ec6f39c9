import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ActivityCategory,
  CreateActivityCategoryInput,
  CreateTimeEntryInput,
  ErrorBody,
  Id,
  StartTimerInput,
  TimeEntry,
  TimeEntryListQuery,
  TimeReport,
  TimeReportQuery,
  UpdateActivityCategoryInput,
  UpdateTimeEntryInput,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { createCategory, listCategories, updateCategory } from './categories.service.ts';
import {
  createEntry,
  deleteEntry,
  heartbeat,
  listEntries,
  startTimer,
  stopTimer,
  updateEntry,
} from './time-entries.service.ts';
import { timeReport } from './time-report.service.ts';
import { presentCategory } from './time-tracking.presenter.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const params = z.object({ id: Id });
const tags = ['time-tracking'];

/** Activity categories, the ticket timer, manual time entries and the time report. */
export const timeTrackingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app.deps;
  const read = requireAuth({ scope: 'tickets:read' });
  const write = requireAuth({ scope: 'tickets:write' });
  const admin = requireAuth({ scope: 'admin' });

  app.get(
    '/activity-categories',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Activity categories (the default first)',
        response: { 200: z.object({ items: z.array(ActivityCategory) }), ...errors },
      },
    },
    async (req) => ({
      items: (await listCategories(db, ctxOf(req).actor.organizationId, clock.now())).map(presentCategory),
    }),
  );
  app.post(
    '/activity-categories',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Add an activity category (admins)',
        body: CreateActivityCategoryInput,
        response: { 201: ActivityCategory, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createCategory(ctxOf(req), req.body)),
  );
  app.patch(
    '/activity-categories/:id',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Rename, (de)activate or make the default an activity category (admins)',
        params,
        body: UpdateActivityCategoryInput,
        response: { 200: ActivityCategory, ...errors },
      },
    },
    async (req) => updateCategory(ctxOf(req), req.params.id, req.body),
  );

  app.get(
    '/time-entries',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Time entries started in a period: your own, or (leads, admins) an agent’s',
        querystring: TimeEntryListQuery,
        response: { 200: z.object({ items: z.array(TimeEntry) }), ...errors },
      },
    },
    async (req) => ({ items: await listEntries(ctxOf(req), req.query) }),
  );
  app.post(
    '/time-entries',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Record time by hand, with or without a ticket',
        body: CreateTimeEntryInput,
        response: { 201: TimeEntry, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createEntry(ctxOf(req), req.body)),
  );
  app.patch(
    '/time-entries/:id',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Correct a time entry',
        params,
        body: UpdateTimeEntryInput,
        response: { 200: TimeEntry, ...errors },
      },
    },
    async (req) => updateEntry(ctxOf(req), req.params.id, req.body),
  );
  app.delete(
    '/time-entries/:id',
    {
      preHandler: write,
      schema: { tags, summary: 'Delete a time entry', params, response: { 204: z.null(), ...errors } },
    },
    async (req, reply) => {
      await deleteEntry(ctxOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/time-entries/timer',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Start the ticket timer (stops any other running timer of yours)',
        body: StartTimerInput,
        response: { 201: TimeEntry, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await startTimer(ctxOf(req), req.body)),
  );
  app.post(
    '/time-entries/:id/heartbeat',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Extend a running timer to now (running: false when it had stopped)',
        params,
        response: { 200: TimeEntry, ...errors },
      },
    },
    async (req) => heartbeat(ctxOf(req), req.params.id),
  );
  app.post(
    '/time-entries/:id/stop',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Stop a timer (204 when the stretch was under a second and dropped)',
        params,
        response: { 200: TimeEntry, 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const entry = await stopTimer(ctxOf(req), req.params.id);
      return entry ? entry : reply.status(204).send(null);
    },
  );

  app.get(
    '/reports/time',
    {
      preHandler: read,
      schema: {
        tags: [...tags, 'reports'],
        summary: 'Time per activity, agent and queue (agents: their own time only)',
        querystring: TimeReportQuery,
        response: { 200: TimeReport, ...errors },
      },
    },
    async (req) => timeReport(ctxOf(req), req.query),
  );
};
