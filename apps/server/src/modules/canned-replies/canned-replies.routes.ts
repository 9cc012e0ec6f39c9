import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CannedReply,
  CannedReplyListQuery,
  CreateCannedReplyInput,
  ErrorBody,
  Id,
  RenderCannedReplyInput,
  RenderedCannedReply,
  UpdateCannedReplyInput,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { getCannedReplyFor, listCannedReplies, viewerOf } from './canned-replies.repo.ts';
import { presentCannedReply } from './canned-replies.presenter.ts';
import { createCannedReply, deleteCannedReply, updateCannedReply } from './canned-replies.service.ts';
import { renderCannedReply } from './canned-replies.render.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const params = z.object({ id: Id });
const tags = ['canned replies'];

export const cannedRepliesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const read = requireAuth({ scope: 'tickets:read' });
  const write = requireAuth({ scope: 'tickets:write' });

  app.get(
    '/canned-replies',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Canned replies the caller sees (shared and their own), most used first',
        querystring: CannedReplyListQuery,
        response: { 200: z.object({ items: z.array(CannedReply) }), ...errors },
      },
    },
    async (req) => {
      const { actor } = ctxOf(req);
      const viewer = await viewerOf(db, actor);
      const rows = await listCannedReplies(db, actor.organizationId, viewer, req.query);
      return { items: rows.map((r) => presentCannedReply(r, viewer)) };
    },
  );

  app.post(
    '/canned-replies',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Create a canned reply (shared ones: leads and admins); unknown placeholders answer 400',
        body: CreateCannedReplyInput,
        response: { 201: CannedReply, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createCannedReply(ctxOf(req), req.body)),
  );

  app.get(
    '/canned-replies/:id',
    {
      preHandler: read,
      schema: { tags, summary: 'One canned reply', params, response: { 200: CannedReply, ...errors } },
    },
    async (req) => {
      const { actor } = ctxOf(req);
      const viewer = await viewerOf(db, actor);
      return presentCannedReply(
        await getCannedReplyFor(db, actor.organizationId, viewer, req.params.id),
        viewer,
      );
    },
  );

  app.patch(
    '/canned-replies/:id',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Change a canned reply (variants are replaced as a whole)',
        params,
        body: UpdateCannedReplyInput,
        response: { 200: CannedReply, ...errors },
      },
    },
    async (req) => updateCannedReply(ctxOf(req), req.params.id, req.body),
  );

  app.delete(
    '/canned-replies/:id',
    {
      preHandler: write,
      schema: { tags, summary: 'Delete a canned reply', params, response: { 204: z.null(), ...errors } },
    },
    async (req, reply) => {
      await deleteCannedReply(ctxOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/tickets/:id/canned-replies/:cid/render',
    {
      preHandler: write,
      schema: {
        tags,
        summary: "A canned reply filled in for the ticket, in the customer's language; counts one use",
        params: z.object({ id: Id, cid: Id }),
        body: RenderCannedReplyInput,
        response: { 200: RenderedCannedReply, ...errors },
      },
    },
    async (req) => renderCannedReply(ctxOf(req), req.params.id, req.params.cid, req.body?.language),
  );
};
