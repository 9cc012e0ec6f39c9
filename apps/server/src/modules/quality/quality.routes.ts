import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Calibration,
  CreateScorecardInput,
  ErrorBody,
  Id,
  Review,
  ReviewInput,
  ReviewListQuery,
  ReviewResponseInput,
  SampledTicket,
  SampleInput,
  Scorecard,
  TrendPoint,
  TrendQuery,
  UpdateReviewInput,
  UpdateScorecardInput,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { REVIEWER_ROLES } from './quality.policy.ts';
import { createScorecard, deleteScorecard, listScorecards, updateScorecard } from './scorecards.service.ts';
import {
  createReview,
  deleteReview,
  getReview,
  listReviews,
  respondToReview,
  updateReview,
} from './reviews.service.ts';
import { calibration, qualityTrends, sampleConversations } from './quality-insights.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const params = z.object({ id: Id });
const tags = ['quality'];

/** Quality reviews: scorecards, reviews of conversations, sampling, calibration and trends. */
export const qualityRoutes: FastifyPluginAsyncZod = async (app) => {
  const anyone = requireAuth({ scope: 'tickets:read' });
  const reviewers = requireAuth({ scope: 'tickets:read', roles: REVIEWER_ROLES });
  const managers = requireAuth({ roles: ['admin', 'lead'] });

  app.get(
    '/quality/scorecards',
    {
      preHandler: reviewers,
      schema: {
        tags,
        summary: 'Scorecards',
        response: { 200: z.object({ items: z.array(Scorecard) }), ...errors },
      },
    },
    async (req) => ({ items: await listScorecards(ctxOf(req)) }),
  );
  app.post(
    '/quality/scorecards',
    {
      preHandler: managers,
      schema: {
        tags,
        summary: 'Create a scorecard (leads, admins)',
        body: CreateScorecardInput,
        response: { 201: Scorecard, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createScorecard(ctxOf(req), req.body)),
  );
  app.patch(
    '/quality/scorecards/:id',
    {
      preHandler: managers,
      schema: {
        tags,
        summary: 'Change a scorecard at its version (409 with the current one when stale)',
        params,
        body: UpdateScorecardInput,
        response: { 200: Scorecard, ...errors },
      },
    },
    async (req) => updateScorecard(ctxOf(req), req.params.id, req.body),
  );
  app.delete(
    '/quality/scorecards/:id',
    {
      preHandler: managers,
      schema: {
        tags,
        summary: 'Delete a scorecard no review uses',
        params,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await deleteScorecard(ctxOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/quality/reviews',
    {
      preHandler: anyone,
      schema: {
        tags,
        summary: 'Reviews (reviewers: all; agents: the published reviews of their own conversations)',
        querystring: ReviewListQuery,
        response: { 200: z.object({ items: z.array(Review) }), ...errors },
      },
    },
    async (req) => ({ items: await listReviews(ctxOf(req), req.query) }),
  );
  app.get(
    '/quality/reviews/:id',
    {
      preHandler: anyone,
      schema: { tags, summary: 'One review', params, response: { 200: Review, ...errors } },
    },
    async (req) => getReview(ctxOf(req), req.params.id),
  );
  app.post(
    '/quality/reviews',
    {
      preHandler: reviewers,
      schema: {
        tags,
        summary: 'Score a conversation (draft, or published: the agent is notified)',
        body: ReviewInput,
        response: { 201: Review, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createReview(ctxOf(req), req.body)),
  );
  app.patch(
    '/quality/reviews/:id',
    {
      preHandler: reviewers,
      schema: {
        tags,
        summary: 'Change or publish a review at its version',
        params,
        body: UpdateReviewInput,
        response: { 200: Review, ...errors },
      },
    },
    async (req) => updateReview(ctxOf(req), req.params.id, req.body),
  );
  app.delete(
    '/quality/reviews/:id',
    {
      preHandler: reviewers,
      schema: {
        tags,
        summary: 'Delete a review (its reviewer or an admin)',
        params,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await deleteReview(ctxOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  for (const [path, kind] of [
    ['acknowledge', 'acknowledged'],
    ['dispute', 'disputed'],
  ] as const) {
    app.post(
      `/quality/reviews/:id/${path}`,
      {
        preHandler: anyone,
        schema: {
          tags,
          summary:
            kind === 'acknowledged'
              ? 'The reviewed agent acknowledges the review'
              : 'The reviewed agent disputes the review (comment required; the reviewer is notified)',
          params,
          body: ReviewResponseInput,
          response: { 200: Review, ...errors },
        },
      },
      async (req) => respondToReview(ctxOf(req), req.params.id, kind, req.body.comment),
    );
  }

  app.post(
    '/quality/samples',
    {
      preHandler: reviewers,
      schema: {
        tags,
        summary: 'A random sample of unreviewed conversations per agent, solved in a period',
        body: SampleInput,
        response: { 200: z.object({ items: z.array(SampledTicket) }), ...errors },
      },
    },
    async (req) => ({ items: await sampleConversations(ctxOf(req), req.body) }),
  );
  app.get(
    '/quality/calibration',
    {
      preHandler: reviewers,
      schema: {
        tags,
        summary:
          'Compare several reviewers of one conversation (variance of scores, disagreement per criterion)',
        querystring: z.strictObject({ ticketId: Id, scorecardId: Id }),
        response: { 200: Calibration, ...errors },
      },
    },
    async (req) => calibration(ctxOf(req), req.query.ticketId, req.query.scorecardId),
  );
  app.get(
    '/quality/trends',
    {
      preHandler: reviewers,
      schema: {
        tags,
        summary: 'Review scores per agent, team or criterion and week or month',
        querystring: TrendQuery,
        response: { 200: z.object({ items: z.array(TrendPoint) }), ...errors },
      },
    },
    async (req) => ({ items: await qualityTrends(ctxOf(req), req.query) }),
  );
};
