import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BulkResult,
  BulkTicketInput,
  ErrorBody,
  Id,
  LinkInput,
  MergeTicketInput,
  SplitTicketInput,
  Ticket,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { presentedJson } from '../../http/serializers.ts';
import { linkTickets, listLinks, mergeTickets, splitTicket } from './ticket-merge.service.ts';
import { bulkUpdateTickets } from './tickets-bulk.service.ts';
import { FiltersParam } from './ticket-filters.param.ts';
import { searchTickets } from './ticket-search.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const params = z.object({ id: Id });
const tags = ['tickets'];
const Link = z.object({
  ticketId: Id,
  number: z.number(),
  subject: z.string(),
  status: z.string(),
  relation: z.enum(['related', 'parent', 'child']),
});

/** Merge, split, links, bulk changes and search. */
export const ticketActionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { events } = app.deps;
  const read = requireAuth({ scope: 'tickets:read' });
  const write = requireAuth({ scope: 'tickets:write' });

  app.post(
    '/tickets/:id/merge',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Merge this ticket into targetId (messages move; this one closes and points there)',
        params,
        body: MergeTicketInput,
        response: { 200: Ticket, ...errors },
      },
    },
    async (req) => mergeTickets(ctxOf(req), events, req.params.id, req.body.targetId),
  );

  app.post(
    '/tickets/:id/split',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Start a new linked ticket from one message',
        params,
        body: SplitTicketInput,
        response: { 201: Ticket, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await splitTicket(ctxOf(req), events, req.params.id, req.body.messageId, req.body.subject)),
  );

  app.get(
    '/tickets/:id/links',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Linked tickets',
        params,
        response: { 200: z.object({ items: z.array(Link) }), ...errors },
      },
    },
    async (req) => ({
      items: await listLinks(ctxOf(req), req.params.id),
    }),
  );

  app.post(
    '/tickets/:id/links',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Link to another ticket (related, or parent of it)',
        params,
        body: LinkInput,
        response: { 200: z.object({ items: z.array(Link) }), ...errors },
      },
    },
    async (req) => ({
      items: await linkTickets(ctxOf(req), req.params.id, req.body.targetId, req.body.kind),
    }),
  );

  app.post(
    '/tickets/bulk',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Change status, assignee, queue or tags of up to 1,000 tickets; answers per ticket',
        body: BulkTicketInput,
        response: { 200: BulkResult, ...errors },
      },
    },
    async (req) => bulkUpdateTickets(ctxOf(req), events, req.body),
  );

  const SearchHit = z.object({
    ticket: Ticket,
    matchedIn: z.enum(['ticket', 'message', 'note']),
    messageId: Id.nullable(),
    snippet: z.string(),
  });
  app.get(
    '/search',
    {
      preHandler: read,
      serializerCompiler: presentedJson,
      schema: {
        tags: ['search'],
        summary:
          'Search tickets (subjects, messages, notes, customers) with diacritics folded; `snippet` is escaped HTML with <mark>',
        querystring: z.strictObject({
          q: z.string().trim().min(1).max(200),
          filters: FiltersParam,
          limit: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: { 200: z.object({ tickets: z.array(SearchHit) }), ...errors },
      },
    },
    async (req) => {
      return {
        tickets: await searchTickets(ctxOf(req), req.query.q, req.query.filters ?? {}, req.query.limit),
      };
    },
  );
};
