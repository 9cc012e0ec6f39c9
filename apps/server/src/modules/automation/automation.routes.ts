import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AutomationDryRunInput,
  AutomationDryRunResult,
  AutomationRule,
  AutomationRun,
  AutomationRunsQuery,
  CreateAutomationRuleInput,
  ErrorBody,
  Id,
  ReorderAutomationRulesInput,
  UpdateAutomationRuleInput,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import {
  automationRuns,
  createAutomationRule,
  deleteAutomationRule,
  dryRunAutomationRule,
  getAutomationRule,
  listAutomationRules,
  reorderAutomationRules,
  updateAutomationRule,
} from './automation-rules.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const params = z.object({ id: Id });
const tags = ['automation rules'];
const List = z.object({ items: z.array(AutomationRule) });

/** Automation rules (admin): CRUD, order, dry run and the run log. */
export const automationRoutes: FastifyPluginAsyncZod = async (app) => {
  const admin = requireAuth({ scope: 'admin' });

  app.get(
    '/automation-rules',
    {
      preHandler: admin,
      schema: { tags, summary: 'Automation rules in run order', response: { 200: List, ...errors } },
    },
    async (req) => ({ items: await listAutomationRules(ctxOf(req)) }),
  );
  app.get(
    '/automation-rules/:id',
    {
      preHandler: admin,
      schema: { tags, summary: 'One automation rule', params, response: { 200: AutomationRule, ...errors } },
    },
    async (req) => getAutomationRule(ctxOf(req), req.params.id),
  );
  app.post(
    '/automation-rules',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Create an automation rule',
        body: CreateAutomationRuleInput,
        response: { 201: AutomationRule, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createAutomationRule(ctxOf(req), req.body)),
  );
  app.patch(
    '/automation-rules/:id',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Change an automation rule',
        params,
        body: UpdateAutomationRuleInput,
        response: { 200: AutomationRule, ...errors },
      },
    },
    async (req) => updateAutomationRule(ctxOf(req), req.params.id, req.body),
  );
  app.delete(
    '/automation-rules/:id',
    {
      preHandler: admin,
      schema: { tags, summary: 'Delete an automation rule', params, response: { 204: z.null(), ...errors } },
    },
    async (req, reply) => {
      await deleteAutomationRule(ctxOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/automation-rules/reorder',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Put the rules in a new order',
        body: ReorderAutomationRulesInput,
        response: { 200: List, ...errors },
      },
    },
    async (req) => ({ items: await reorderAutomationRules(ctxOf(req), req.body.ids) }),
  );
  app.post(
    '/automation-rules/:id/dry-run',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'What the rule would do to a ticket now (writes nothing)',
        params,
        body: AutomationDryRunInput,
        response: { 200: AutomationDryRunResult, ...errors },
      },
    },
    async (req) => dryRunAutomationRule(ctxOf(req), req.params.id, req.body.ticketId),
  );
  app.get(
    '/automation-rules/:id/runs',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'The latest runs of a rule, newest first',
        params,
        querystring: AutomationRunsQuery,
        response: { 200: z.object({ items: z.array(AutomationRun) }), ...errors },
      },
    },
    async (req) => ({ items: await automationRuns(ctxOf(req), req.params.id, req.query.limit) }),
  );
};
