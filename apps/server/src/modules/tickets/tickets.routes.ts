import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateMessageInput,
  CreateTicketInput,
  ErrorBody,
  Id,
  Message,
  ReplyApproval,
  Ticket,
  TicketSort,
  TimelineItem,
  UpdateTicketInput,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { presentedJson } from '../../http/serializers.ts';
import { createTicket, updateTicket } from './tickets.service.ts';
import { addMessage } from './messages.service.ts';
import { holdReplyForApproval } from '../approvals/index.ts';
import { getMessages, getTimeline } from './timeline.service.ts';
import { followerIdsByTicket, getTicketForActor } from './tickets.repo.ts';
import { presentTicket } from './tickets.presenter.ts';
import { listTickets } from './ticket-list.ts';
import { visibleQueueIds } from './tickets.policy.ts';
import { getView } from './views.service.ts';
import { FiltersParam } from './ticket-filters.param.ts';
import { labelTickets } from './ticket-labels.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const params = z.object({ id: Id });
const tags = ['tickets'];

/** Query-string lists arrive as `a,b`; filters are also accepted as one JSON `filters` parameter. */
const ListQuery = z.strictObject({
  view: z.string().max(60).optional(),
  filters: FiltersParam,
  sort: TicketSort.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ticketsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, events } = app.deps;
  const read = requireAuth({ scope: 'tickets:read' });
  const write = requireAuth({ scope: 'tickets:write' });

  app.get(
    '/tickets',
    {
      preHandler: read,
      serializerCompiler: presentedJson,
      schema: {
        tags,
        summary: 'Tickets of a view or filters, in the view’s order or `sort`; cursor-paginated',
        description:
          'Rows carry `customerLabel`. `sort` overrides the view’s order; a cursor belongs to the sort it was made with (another sort reads it as the first page).',
        querystring: ListQuery,
        response: { 200: z.object({ items: z.array(Ticket), nextCursor: z.string().nullable() }), ...errors },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const view = req.query.view ? await getView(ctx, req.query.view) : null;
      const filters = { ...(view?.filters ?? {}), ...(req.query.filters ?? {}) };
      const sort = req.query.sort ?? view?.sort ?? 'last_activity_desc';
      const visible = await visibleQueueIds(db, ctx.actor);
      const page = await listTickets(db, {
        actor: ctx.actor,
        visible,
        filters,
        sort,
        limit: req.query.limit,
        cursor: req.query.cursor,
      });
      const followers = await followerIdsByTicket(
        db,
        page.items.map((t) => t.id),
      );
      const items = page.items.map((t) => presentTicket(t, followers.get(t.id) ?? [], ctx.actor));
      return { items: await labelTickets(db, ctx.actor.organizationId, items), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/tickets',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Create a ticket, optionally with its first message',
        body: CreateTicketInput,
        response: { 201: Ticket, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createTicket(ctxOf(req), events, req.body)),
  );

  app.get(
    '/tickets/:id',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'One ticket (a merged ticket carries mergedIntoId)',
        params,
        response: { 200: Ticket, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const t = await getTicketForActor(db, ctx.actor, req.params.id);
      // The version is the ETag: clients send it back as `version` on PATCH.
      reply.header('etag', `"${t.version}"`);
      const [one] = await labelTickets(db, ctx.actor.organizationId, [
        presentTicket(t, (await followerIdsByTicket(db, [t.id])).get(t.id) ?? [], ctx.actor),
      ]);
      return one!;
    },
  );

  app.patch(
    '/tickets/:id',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Change a ticket; send the version you read (409 with the current ticket when stale)',
        params,
        body: UpdateTicketInput,
        response: { 200: Ticket, ...errors },
      },
    },
    async (req) => updateTicket(ctxOf(req), events, req.params.id, req.body),
  );

  app.get(
    '/tickets/:id/messages',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Messages of a ticket, oldest first',
        params,
        response: { 200: z.object({ items: z.array(Message) }), ...errors },
      },
    },
    async (req) => ({ items: await getMessages(ctxOf(req), req.params.id) }),
  );

  app.post(
    '/tickets/:id/messages',
    {
      preHandler: write,
      schema: {
        tags,
        summary:
          'Add a reply or an internal note (idempotent by externalId); a junior’s reply in a reviewed queue answers 202 and waits for approval',
        params,
        body: CreateMessageInput,
        response: { 200: Message, 201: Message, 202: ReplyApproval, ...errors },
      },
    },
    async (req, reply) => {
      const held = await holdReplyForApproval(ctxOf(req), req.params.id, req.body);
      if (held) return reply.status(202).send(held);
      const { message, created } = await addMessage(ctxOf(req), events, req.params.id, req.body);
      return reply.status(created ? 201 : 200).send(message);
    },
  );

  app.get(
    '/tickets/:id/timeline',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Messages and history events in order',
        params,
        response: { 200: z.object({ items: z.array(TimelineItem) }), ...errors },
      },
    },
    async (req) => ({ items: await getTimeline(ctxOf(req), req.params.id) }),
  );
};
