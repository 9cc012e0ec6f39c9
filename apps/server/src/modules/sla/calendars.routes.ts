import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Calendar,
  CalendarPreview,
  CalendarPreviewInput,
  CreateCalendarInput,
  ErrorBody,
  Id,
  UpdateCalendarInput,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import {
  createCalendar,
  deleteCalendar,
  getCalendar,
  listCalendars,
  setQueueCalendar,
  updateCalendar,
} from './calendars.service.ts';
import { presentCalendar, previewCalendar } from './calendars.presenter.ts';
import { requestSlaRecompute } from './sla-recompute.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const params = z.object({ id: Id });
const tags = ['calendars'];

/** Business calendars: admins change them; agents read them (their SLA badges count in them). */
export const calendarsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const read = requireAuth({ scope: 'tickets:read' });
  const admin = requireAuth({ scope: 'admin' });
  /** The open tickets counting in a changed calendar, or in a queue whose calendar changed. */
  const recompute = (organizationId: string, reason: string, scope: 'calendar' | 'queue', scopeId: string) =>
    requestSlaRecompute(app.deps, { organizationId, reason, scope, scopeId });

  app.get(
    '/calendars',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Business calendars',
        response: { 200: z.object({ items: z.array(Calendar) }), ...errors },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      return {
        items: (await listCalendars(db, ctx.actor.organizationId)).map((r) => presentCalendar(r, ctx.now)),
      };
    },
  );
  app.get(
    '/calendars/:id',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'One calendar with its public holidays',
        params,
        response: { 200: Calendar, ...errors },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      return presentCalendar(await getCalendar(db, ctx.actor.organizationId, req.params.id), ctx.now);
    },
  );
  app.post(
    '/calendars',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Create a calendar',
        body: CreateCalendarInput,
        response: { 201: Calendar, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      return reply.status(201).send(presentCalendar(await createCalendar(ctx, req.body), ctx.now));
    },
  );
  app.patch(
    '/calendars/:id',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Change a calendar',
        params,
        body: UpdateCalendarInput,
        response: { 200: Calendar, ...errors },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const row = await updateCalendar(ctx, req.params.id, req.body);
      await recompute(ctx.actor.organizationId, 'calendar.updated', 'calendar', row.id);
      return presentCalendar(row, ctx.now);
    },
  );
  app.delete(
    '/calendars/:id',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Delete a calendar (its queues then count around the clock)',
        params,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await deleteCalendar(ctxOf(req), req.params.id);
      await recompute(ctxOf(req).actor.organizationId, 'calendar.deleted', 'calendar', req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/calendars/:id/preview',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Due instant of start + business minutes, minutes between two instants, next 30 days',
        params,
        body: CalendarPreviewInput,
        response: { 200: CalendarPreview, ...errors },
      },
    },
    async (req) =>
      previewCalendar(await getCalendar(db, ctxOf(req).actor.organizationId, req.params.id), req.body),
  );
  app.put(
    '/queues/:id/calendar',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: "Set a queue's business calendar (null: around the clock)",
        params,
        body: z.strictObject({ calendarId: Id.nullable() }),
        response: { 200: z.object({ id: Id, calendarId: Id.nullable() }), ...errors },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const queue = await setQueueCalendar(ctx, req.params.id, req.body.calendarId);
      await recompute(ctx.actor.organizationId, 'queue.calendar_changed', 'queue', queue.id);
      return queue;
    },
  );
};
