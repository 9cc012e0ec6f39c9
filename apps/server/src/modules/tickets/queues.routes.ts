import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  CreateQueueInput,
  CreateViewInput,
  ErrorBody,
  Id,
  Queue,
  UpdateQueueInput,
  UpdateViewInput,
  View,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { presentedJson } from '../../http/serializers.ts';
import { AppError } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { isUniqueViolation } from '../../platform/db-errors.ts';
import { NOTIFICATION_KINDS, queues, type QueueRow } from './tickets.table.ts';
import { getQueue, listQueues } from './tickets.repo.ts';
import { assertTeam } from './ticket-validation.ts';
import { createView, deleteView, listViews, updateView } from './views.service.ts';
import { listNotifications, markNotificationsRead } from './notifications.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const params = z.object({ id: Id });

const presentQueue = (q: QueueRow) => ({
  id: q.id,
  name: q.name,
  description: q.description,
  teamId: q.teamId,
  isDefault: q.isDefault,
  calendarId: q.calendarId,
  createdAt: q.createdAt.toISOString(),
});
const nameTaken = () => new AppError(409, 'conflict', 'A queue with this name already exists.');

/** Queues (admin), saved views and the reader's notifications. */
export const queuesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const read = requireAuth({ scope: 'tickets:read' });
  const admin = requireAuth({ scope: 'admin' });

  app.get(
    '/queues',
    {
      preHandler: read,
      schema: {
        tags: ['queues'],
        summary: 'Queues',
        response: { 200: z.object({ items: z.array(Queue) }), ...errors },
      },
    },
    async (req) => ({
      items: (await listQueues(db, ctxOf(req).actor.organizationId)).map(presentQueue),
    }),
  );

  app.post(
    '/queues',
    {
      preHandler: admin,
      schema: {
        tags: ['queues'],
        summary: 'Create a queue',
        body: CreateQueueInput,
        response: { 201: Queue, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      await assertTeam(db, ctx.actor.organizationId, req.body.teamId);
      try {
        const [row] = await db
          .insert(queues)
          .values({
            id: newId(),
            organizationId: ctx.actor.organizationId,
            ...req.body,
            isDefault: false,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          })
          .returning();
        return reply.status(201).send(presentQueue(row!));
      } catch (err) {
        if (isUniqueViolation(err, 'queues_name_key')) throw nameTaken();
        throw err;
      }
    },
  );

  app.patch(
    '/queues/:id',
    {
      preHandler: admin,
      schema: {
        tags: ['queues'],
        summary: 'Change a queue (isDefault: true makes it the default)',
        params,
        body: UpdateQueueInput,
        response: { 200: Queue, ...errors },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const org = ctx.actor.organizationId;
      await getQueue(db, org, req.params.id);
      await assertTeam(db, org, req.body.teamId);
      try {
        const row = await db.transaction(async (tx) => {
          if (req.body.isDefault)
            await tx
              .update(queues)
              .set({ isDefault: false })
              .where(and(eq(queues.organizationId, org), eq(queues.isDefault, true)));
          const [r] = await tx
            .update(queues)
            .set({ ...req.body, updatedAt: ctx.now })
            .where(eq(queues.id, req.params.id))
            .returning();
          return r!;
        });
        return presentQueue(row);
      } catch (err) {
        if (isUniqueViolation(err, 'queues_name_key')) throw nameTaken();
        throw err;
      }
    },
  );

  app.get(
    '/views',
    {
      preHandler: read,
      serializerCompiler: presentedJson,
      schema: {
        tags: ['views'],
        summary: 'Built-in, shared and personal views with live counts',
        response: { 200: z.object({ items: z.array(View) }), ...errors },
      },
    },
    async (req) => ({
      items: await listViews(ctxOf(req)),
    }),
  );
  app.post(
    '/views',
    {
      preHandler: read,
      schema: {
        tags: ['views'],
        summary: 'Save a view (shared: leads and admins)',
        body: CreateViewInput,
        response: { 201: View, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createView(ctxOf(req), req.body)),
  );
  const viewParams = z.object({ id: z.string().max(60) });
  app.patch(
    '/views/:id',
    {
      preHandler: read,
      schema: {
        tags: ['views'],
        summary: 'Change a saved view',
        params: viewParams,
        body: UpdateViewInput,
        response: { 200: View, ...errors },
      },
    },
    async (req) => updateView(ctxOf(req), req.params.id, req.body),
  );
  app.delete(
    '/views/:id',
    {
      preHandler: read,
      schema: {
        tags: ['views'],
        summary: 'Delete a saved view',
        params: viewParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await deleteView(ctxOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  const Notification = z.object({
    id: Id,
    kind: z.enum(NOTIFICATION_KINDS),
    ticketId: Id,
    messageId: Id.nullable(),
    actorId: Id.nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  });
  app.get(
    '/notifications',
    {
      preHandler: read,
      schema: {
        tags: ['notifications'],
        summary: 'Your latest notifications',
        querystring: z.object({ unread: z.enum(['true', 'false']).optional() }),
        response: { 200: z.object({ items: z.array(Notification) }), ...errors },
      },
    },
    async (req) => ({ items: await listNotifications(ctxOf(req), req.query.unread === 'true') }),
  );
  app.post(
    '/notifications/read',
    {
      preHandler: read,
      schema: {
        tags: ['notifications'],
        summary: 'Mark notifications read',
        body: z.strictObject({ ids: z.array(Id).max(500) }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await markNotificationsRead(ctxOf(req), req.body.ids);
      return reply.status(204).send(null);
    },
  );
};
