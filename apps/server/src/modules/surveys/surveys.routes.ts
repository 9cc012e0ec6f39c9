import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateSurveyCampaignInput,
  ErrorBody,
  Id,
  Locale,
  SaveSurveyTemplateInput,
  SurveyAnswer,
  SurveyAnswersQuery,
  SurveyCampaign,
  SurveyFigures,
  SurveyKind,
  SurveySettings,
  SurveyTemplate,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import {
  getSurveySettings,
  listSurveyTemplates,
  resetSurveyTemplate,
  saveSurveySettings,
  saveSurveyTemplate,
} from './survey-settings.service.ts';
import { createCampaign, getCampaign, listCampaigns, startCampaign } from './survey-campaigns.service.ts';
import { listSurveyAnswers, surveyFigures } from './survey-results.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['surveys'];
const templateParams = z.object({ kind: SurveyKind, language: Locale });

/** Survey settings, texts and campaigns (admins); answers and figures (leads, QA and admins). */
export const surveysRoutes: FastifyPluginAsyncZod = async (app) => {
  const admin = requireAuth({ roles: ['admin'] });
  const results = requireAuth({ roles: ['lead', 'qa', 'admin'] });

  app.get(
    '/surveys/settings',
    {
      preHandler: admin,
      schema: { tags, summary: 'Survey settings', response: { 200: SurveySettings, ...errors } },
    },
    async (req) => getSurveySettings(ctxOf(req)),
  );
  app.put(
    '/surveys/settings',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Replace the survey settings',
        body: SurveySettings,
        response: { 200: SurveySettings, ...errors },
      },
    },
    async (req) => saveSurveySettings(ctxOf(req), req.body),
  );

  app.get(
    '/surveys/templates',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Texts of every kind and language',
        response: { 200: z.object({ items: z.array(SurveyTemplate) }), ...errors },
      },
    },
    async (req) => ({ items: await listSurveyTemplates(ctxOf(req)) }),
  );
  app.put(
    '/surveys/templates/:kind/:language',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Store the texts of a kind in a language',
        params: templateParams,
        body: SaveSurveyTemplateInput,
        response: { 200: SurveyTemplate, ...errors },
      },
    },
    async (req) => saveSurveyTemplate(ctxOf(req), req.params.kind, req.params.language, req.body),
  );
  app.delete(
    '/surveys/templates/:kind/:language',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Back to the built-in texts',
        params: templateParams,
        response: { 200: SurveyTemplate, ...errors },
      },
    },
    async (req) => resetSurveyTemplate(ctxOf(req), req.params.kind, req.params.language),
  );

  app.get(
    '/surveys/campaigns',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'NPS and CES campaigns, newest first',
        response: { 200: z.object({ items: z.array(SurveyCampaign) }), ...errors },
      },
    },
    async (req) => ({ items: await listCampaigns(ctxOf(req)) }),
  );
  app.post(
    '/surveys/campaigns',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Create a campaign (draft)',
        body: CreateSurveyCampaignInput,
        response: { 201: SurveyCampaign, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createCampaign(ctxOf(req), req.body)),
  );
  app.get(
    '/surveys/campaigns/:id',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'A campaign with its sending progress',
        params: z.object({ id: Id }),
        response: { 200: SurveyCampaign, ...errors },
      },
    },
    async (req) => getCampaign(ctxOf(req), req.params.id),
  );
  app.post(
    '/surveys/campaigns/:id/send',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Send a draft campaign to its audience (a durable job; 409 when already sent)',
        params: z.object({ id: Id }),
        response: { 200: SurveyCampaign, ...errors },
      },
    },
    async (req) => startCampaign(req.server.deps, ctxOf(req), req.params.id),
  );

  app.get(
    '/surveys/answers',
    {
      preHandler: results,
      schema: {
        tags,
        summary: 'Survey answers, newest first, filtered',
        querystring: SurveyAnswersQuery,
        response: {
          200: z.object({ items: z.array(SurveyAnswer), nextCursor: z.string().nullable() }),
          ...errors,
        },
      },
    },
    async (req) => listSurveyAnswers(ctxOf(req), req.query),
  );
  app.get(
    '/surveys/figures',
    {
      preHandler: results,
      schema: {
        tags,
        summary: 'CSAT, NPS and CES of the filtered answers (null = n/a)',
        querystring: SurveyAnswersQuery.omit({ limit: true, cursor: true, kind: true }),
        response: { 200: SurveyFigures, ...errors },
      },
    },
    async (req) => surveyFigures(ctxOf(req), req.query),
  );
};
