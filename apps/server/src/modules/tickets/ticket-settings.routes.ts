import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  ContactReason,
  CreateContactReasonInput,
  CreateTicketFieldInput,
  ErrorBody,
  Id,
  TicketField,
  UpdateContactReasonInput,
  UpdateTicketFieldInput,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { isUniqueViolation } from '../../platform/db-errors.ts';
import { contactReasons, ticketFieldDefinitions } from './tickets.table.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const params = z.object({ id: Id });
const MAX_REASON_DEPTH = 3;

const presentField = (f: typeof ticketFieldDefinitions.$inferSelect) => ({
  id: f.id,
  key: f.key,
  label: f.label,
  type: f.type,
  options: f.options,
  requiredToSolve: f.requiredToSolve,
  active: f.active,
  position: f.position,
});
const presentReason = (r: typeof contactReasons.$inferSelect) => ({
  id: r.id,
  parentId: r.parentId,
  name: r.name,
  active: r.active,
  position: r.position,
});

/** Admin-defined ticket fields and the contact-reason (disposition) tree. Everyone reads; admins write. */
export const ticketSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const read = requireAuth({ scope: 'tickets:read' });
  const admin = requireAuth({ scope: 'admin' });

  app.get(
    '/ticket-fields',
    {
      preHandler: read,
      schema: {
        tags: ['settings'],
        summary: 'Ticket fields',
        response: { 200: z.object({ items: z.array(TicketField) }), ...errors },
      },
    },
    async (req) => ({
      items: (
        await db
          .select()
          .from(ticketFieldDefinitions)
          .where(eq(ticketFieldDefinitions.organizationId, ctxOf(req).actor.organizationId))
          .orderBy(asc(ticketFieldDefinitions.position), asc(ticketFieldDefinitions.key))
      ).map(presentField),
    }),
  );

  app.post(
    '/ticket-fields',
    {
      preHandler: admin,
      schema: {
        tags: ['settings'],
        summary: 'Define a ticket field',
        body: CreateTicketFieldInput,
        response: { 201: TicketField, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      if ((req.body.type === 'select' || req.body.type === 'multi_select') && req.body.options.length === 0) {
        throw new AppError(400, 'validation_failed', 'A select field needs at least one option.', {
          field: 'options',
        });
      }
      try {
        const [row] = await db
          .insert(ticketFieldDefinitions)
          .values({
            id: newId(),
            organizationId: ctx.actor.organizationId,
            ...req.body,
            active: true,
            createdAt: ctx.now,
          })
          .returning();
        return reply.status(201).send(presentField(row!));
      } catch (err) {
        if (isUniqueViolation(err, 'ticket_field_definitions_key'))
          throw new AppError(409, 'conflict', 'A field with this key exists.', { field: 'key' });
        throw err;
      }
    },
  );

  app.patch(
    '/ticket-fields/:id',
    {
      preHandler: admin,
      schema: {
        tags: ['settings'],
        summary: 'Change a ticket field (its key and type stay)',
        params,
        body: UpdateTicketFieldInput,
        response: { 200: TicketField, ...errors },
      },
    },
    async (req) => {
      const org = ctxOf(req).actor.organizationId;
      const [row] = await db
        .update(ticketFieldDefinitions)
        .set(req.body)
        .where(
          and(eq(ticketFieldDefinitions.organizationId, org), eq(ticketFieldDefinitions.id, req.params.id)),
        )
        .returning();
      if (!row) throw notFound('Ticket field');
      return presentField(row);
    },
  );

  app.get(
    '/contact-reasons',
    {
      preHandler: read,
      schema: {
        tags: ['settings'],
        summary: 'Contact reasons, a tree of up to three levels',
        response: { 200: z.object({ items: z.array(ContactReason) }), ...errors },
      },
    },
    async (req) => ({
      items: (
        await db
          .select()
          .from(contactReasons)
          .where(eq(contactReasons.organizationId, ctxOf(req).actor.organizationId))
          .orderBy(asc(contactReasons.position), asc(contactReasons.name))
      ).map(presentReason),
    }),
  );

  app.post(
    '/contact-reasons',
    {
      preHandler: admin,
      schema: {
        tags: ['settings'],
        summary: 'Add a contact reason',
        body: CreateContactReasonInput,
        response: { 201: ContactReason, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const org = ctx.actor.organizationId;
      let depth = 1;
      for (let parent = req.body.parentId; parent; depth++) {
        const [p] = await db
          .select()
          .from(contactReasons)
          .where(and(eq(contactReasons.organizationId, org), eq(contactReasons.id, parent)));
        if (!p) throw notFound('Parent contact reason');
        parent = p.parentId;
      }
      if (depth > MAX_REASON_DEPTH)
        throw new AppError(
          400,
          'validation_failed',
          'Contact reasons go three levels deep (reason › sub-reason › outcome).',
        );
      const [row] = await db
        .insert(contactReasons)
        .values({ id: newId(), organizationId: org, ...req.body, active: true, createdAt: ctx.now })
        .returning();
      return reply.status(201).send(presentReason(row!));
    },
  );

  app.patch(
    '/contact-reasons/:id',
    {
      preHandler: admin,
      schema: {
        tags: ['settings'],
        summary: 'Rename, reorder or retire a contact reason',
        params,
        body: UpdateContactReasonInput,
        response: { 200: ContactReason, ...errors },
      },
    },
    async (req) => {
      const org = ctxOf(req).actor.organizationId;
      const [row] = await db
        .update(contactReasons)
        .set(req.body)
        .where(and(eq(contactReasons.organizationId, org), eq(contactReasons.id, req.params.id)))
        .returning();
      if (!row) throw notFound('Contact reason');
      return presentReason(row);
    },
  );
};
