import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CreateSlaPolicyInput, ErrorBody, Id, SlaPolicy, UpdateSlaPolicyInput } from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import {
  createSlaPolicy,
  deleteSlaPolicy,
  getSlaPolicy,
  listSlaPolicies,
  presentSlaPolicy,
  updateSlaPolicy,
} from './sla-policies.service.ts';
import { requestSlaRecompute } from './sla-recompute.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const params = z.object({ id: Id });
const tags = ['sla policies'];

/** SLA policies, tried in order (admin). */
export const slaPoliciesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const admin = requireAuth({ scope: 'admin' });
  /** Any policy change may move any open ticket's targets: recompute the organization's. */
  const recompute = (organizationId: string, reason: string) =>
    requestSlaRecompute(app.deps, { organizationId, reason, scope: 'organization' });

  app.get(
    '/sla-policies',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'SLA policies in the order they are tried',
        response: { 200: z.object({ items: z.array(SlaPolicy) }), ...errors },
      },
    },
    async (req) => ({
      items: (await listSlaPolicies(db, ctxOf(req).actor.organizationId)).map(presentSlaPolicy),
    }),
  );
  app.get(
    '/sla-policies/:id',
    {
      preHandler: admin,
      schema: { tags, summary: 'One SLA policy', params, response: { 200: SlaPolicy, ...errors } },
    },
    async (req) => presentSlaPolicy(await getSlaPolicy(db, ctxOf(req).actor.organizationId, req.params.id)),
  );
  app.post(
    '/sla-policies',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Create an SLA policy',
        body: CreateSlaPolicyInput,
        response: { 201: SlaPolicy, ...errors },
      },
    },
    async (req, reply) => {
      const policy = await createSlaPolicy(ctxOf(req), req.body);
      await recompute(ctxOf(req).actor.organizationId, 'sla_policy.created');
      return reply.status(201).send(policy);
    },
  );
  app.patch(
    '/sla-policies/:id',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Change or move an SLA policy',
        params,
        body: UpdateSlaPolicyInput,
        response: { 200: SlaPolicy, ...errors },
      },
    },
    async (req) => {
      const policy = await updateSlaPolicy(ctxOf(req), req.params.id, req.body);
      await recompute(ctxOf(req).actor.organizationId, 'sla_policy.updated');
      return policy;
    },
  );
  app.delete(
    '/sla-policies/:id',
    {
      preHandler: admin,
      schema: { tags, summary: 'Delete an SLA policy', params, response: { 204: z.null(), ...errors } },
    },
    async (req, reply) => {
      await deleteSlaPolicy(ctxOf(req), req.params.id);
      await recompute(ctxOf(req).actor.organizationId, 'sla_policy.deleted');
      return reply.status(204).send(null);
    },
  );
};
