import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, PublicSurvey, PublicSurveyAnswerInput } from '@kontakt/contracts';
import { answerPublicSurvey, getPublicSurvey } from './survey-public.service.ts';

const errors = { 400: ErrorBody, 404: ErrorBody, 410: ErrorBody, 429: ErrorBody };
const params = z.object({ token: z.string().min(10).max(2000) });
const tags = ['surveys'];

/** The survey page's API: no sign-in; the signed link is the permission (400 altered, 410 expired). */
export const surveyPublicRoutes: FastifyPluginAsyncZod = async (app) => {
  const limit = { rateLimit: { max: 30, timeWindow: '1 minute' } };
  app.get(
    '/public/surveys/:token',
    {
      config: limit,
      schema: {
        tags,
        summary: 'The survey behind a link',
        security: [],
        params,
        response: { 200: PublicSurvey, ...errors },
      },
    },
    async (req) => getPublicSurvey(req.server.deps, req.params.token),
  );
  app.put(
    '/public/surveys/:token/answer',
    {
      config: limit,
      schema: {
        tags,
        summary: 'Answer (or change the answer of) the survey behind a link',
        security: [],
        params,
        body: PublicSurveyAnswerInput,
        response: { 200: PublicSurvey, ...errors },
      },
    },
    async (req) => answerPublicSurvey(req.server.deps, req.params.token, req.body),
  );
};
