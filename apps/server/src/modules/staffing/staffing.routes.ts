import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ErlangInput,
  ErlangResult,
  ErrorBody,
  ForecastQuery,
  StaffingForecast,
  StaffingSettings,
  UpdateStaffingSettingsInput,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { computeErlang } from './staffing.erlang.ts';
import { staffingForecast } from './staffing.forecast.ts';
import { getStaffingSettings, updateStaffingSettings } from './staffing.settings.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const tags = ['staffing'];

/** Erlang C / Erlang A staffing: calculator, organization assumptions and the weekly forecast. */
export const staffingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const anyone = requireAuth({ scope: 'tickets:read' });
  const leads = requireAuth({ scope: 'tickets:read', roles: ['lead', 'admin'] });

  app.post(
    '/staffing/erlang',
    {
      preHandler: anyone,
      schema: {
        tags,
        summary:
          'Erlang C (Erlang A with patienceSeconds): service level for given agents, or agents for a service-level target',
        body: ErlangInput,
        response: { 200: ErlangResult, ...errors },
      },
    },
    async (req) => computeErlang(req.body),
  );
  app.get(
    '/staffing/settings',
    {
      preHandler: leads,
      schema: {
        tags,
        summary: 'Service-level target, default handle time and shrinkage',
        response: { 200: StaffingSettings, ...errors },
      },
    },
    async (req) => getStaffingSettings(db, ctxOf(req).actor.organizationId),
  );
  app.patch(
    '/staffing/settings',
    {
      preHandler: leads,
      schema: {
        tags,
        summary: 'Change the staffing assumptions (leads and admins)',
        body: UpdateStaffingSettingsInput,
        response: { 200: StaffingSettings, ...errors },
      },
    },
    async (req) => updateStaffingSettings(ctxOf(req), req.body),
  );
  app.get(
    '/staffing/forecast',
    {
      preHandler: leads,
      schema: {
        tags,
        summary:
          'Agents required per half hour of the coming week: contacts averaged over the last weeks, Erlang C for the organization target',
        querystring: ForecastQuery,
        response: { 200: StaffingForecast, ...errors },
      },
    },
    async (req) => staffingForecast(ctxOf(req), req.query),
  );
};
