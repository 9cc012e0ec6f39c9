import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApprovalStats,
  ApproveReplyInput,
  ErrorBody,
  Id,
  Instant,
  ReplyApproval,
  ReplyApprovalListQuery,
  ReturnReplyInput,
  ReviewQueuesInput,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { forbidden } from '../../http/errors.ts';
import {
  approveReply,
  listApprovals,
  mayApprove,
  returnReply,
  reviewQueueIds,
  setReviewQueues,
  withdrawReply,
} from './approvals.service.ts';
import { approvalStats } from './approvals.stats.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const params = z.object({ id: Id });
const tags = ['reply approvals'];

/** Junior review before sending: held replies, their approval or return, settings and waiting times. */
export const approvalsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { events } = app.deps;
  const read = requireAuth({ scope: 'tickets:read' });
  const write = requireAuth({ scope: 'tickets:write' });
  const admin = requireAuth({ roles: ['admin'] });

  app.get(
    '/reply-approvals',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Held replies (approvers: all; juniors: their own), pending ones oldest first',
        querystring: ReplyApprovalListQuery,
        response: { 200: z.object({ items: z.array(ReplyApproval) }), ...errors },
      },
    },
    async (req) => ({ items: await listApprovals(ctxOf(req), req.query) }),
  );
  app.post(
    '/reply-approvals/:id/approve',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Approve a held reply (optionally edited): it is sent as the junior’s reply',
        params,
        body: ApproveReplyInput,
        response: { 200: ReplyApproval, ...errors },
      },
    },
    async (req) => approveReply(ctxOf(req), events, req.params.id, req.body),
  );
  app.post(
    '/reply-approvals/:id/return',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Return a held reply to its author with a note',
        params,
        body: ReturnReplyInput,
        response: { 200: ReplyApproval, ...errors },
      },
    },
    async (req) => returnReply(ctxOf(req), req.params.id, req.body),
  );
  app.delete(
    '/reply-approvals/:id',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'The author withdraws a reply still waiting',
        params,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await withdrawReply(ctxOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/reply-approvals/stats',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Waiting times of held replies decided in a period, and what waits now (approvers)',
        querystring: z.strictObject({ from: Instant, to: Instant }),
        response: { 200: ApprovalStats, ...errors },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      if (!(await mayApprove(ctx))) throw forbidden('Only seniors, leads and admins see these figures.');
      return approvalStats(ctx, new Date(req.query.from), new Date(req.query.to));
    },
  );
  app.get(
    '/reply-approvals/queues',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Queues whose juniors’ replies wait for approval',
        response: { 200: ReviewQueuesInput, ...errors },
      },
    },
    async (req) => ({ queueIds: await reviewQueueIds(ctxOf(req)) }),
  );
  app.put(
    '/reply-approvals/queues',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Choose the queues whose juniors’ replies wait for approval (admins)',
        body: ReviewQueuesInput,
        response: { 200: ReviewQueuesInput, ...errors },
      },
    },
    async (req) => ({ queueIds: await setReviewQueues(ctxOf(req), req.body.queueIds) }),
  );
};
