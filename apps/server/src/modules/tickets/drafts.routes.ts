import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DeleteDraftQuery,
  ErrorBody,
  Id,
  SaveDraftInput,
  TakeOverDraftInput,
  TicketDraft,
  TicketDrafts,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { deleteDraft, getDrafts, saveDraft, takeOverDraft } from './drafts.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const params = z.object({ id: Id });
const tags = ['drafts'];

/** The composer's server-side drafts: one per ticket and agent, visible to colleagues as previews. */
export const draftsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { events } = app.deps;
  const read = requireAuth({ scope: 'tickets:read' });
  const write = requireAuth({ scope: 'tickets:write' });

  app.get(
    '/tickets/:id/drafts',
    {
      preHandler: read,
      schema: {
        tags,
        summary: "Your draft on the ticket and colleagues' unsent drafts (previews), newest first",
        params,
        response: { 200: TicketDrafts, ...errors },
      },
    },
    async (req) => getDrafts(ctxOf(req), req.params.id),
  );

  app.put(
    '/tickets/:id/draft',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Save your draft; send the version you read (0 for none) — 409 draft_conflict when stale',
        params,
        body: SaveDraftInput,
        response: { 200: TicketDraft, ...errors },
      },
    },
    async (req) => saveDraft(ctxOf(req), events, req.params.id, req.body),
  );

  app.delete(
    '/tickets/:id/draft',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Discard your draft (sending a message on the ticket discards it too)',
        params,
        querystring: DeleteDraftQuery,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await deleteDraft(ctxOf(req), events, req.params.id, req.query.version);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/tickets/:id/drafts/:agentId/take-over',
    {
      preHandler: write,
      schema: {
        tags,
        summary: "Copy a colleague's unsent draft into yours (theirs is kept)",
        params: z.object({ id: Id, agentId: Id }),
        body: TakeOverDraftInput,
        response: { 200: TicketDraft, ...errors },
      },
    },
    async (req) => takeOverDraft(ctxOf(req), events, req.params.id, req.params.agentId, req.body.version),
  );
};
