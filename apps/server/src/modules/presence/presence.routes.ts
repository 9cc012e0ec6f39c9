import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AgentPresence,
  CreatePresenceReasonInput,
  ErrorBody,
  Id,
  PresenceReason,
  SetAgentStateInput,
  UpdateAgentChatSettingsInput,
  UpdatePresenceReasonInput,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { forbidden } from '../../http/errors.ts';
import { routeChats } from '../chat/routing.service.ts';
import {
  createReason,
  listAgentPresence,
  listReasons,
  presenceOf,
  setAgentState,
  setChatCapacity,
  updateReason,
} from './presence.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['presence'];

/** Agent availability: reason codes (admins), my state, everyone's state (leads), chat capacity. */
export const presenceRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  const read = requireAuth({ scope: 'tickets:read' });
  const write = requireAuth({ scope: 'tickets:write' });
  const admin = requireAuth({ scope: 'admin' });

  app.get(
    '/presence/reasons',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Reason codes for away, busy and offline',
        response: { 200: z.array(PresenceReason), ...errors },
      },
    },
    async (req) => listReasons(deps.db, ctxOf(req).actor.organizationId),
  );

  app.post(
    '/presence/reasons',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Add a reason code',
        body: CreatePresenceReasonInput,
        response: { 201: PresenceReason, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createReason(ctxOf(req), req.body)),
  );

  app.patch(
    '/presence/reasons/:id',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Change or retire a reason code',
        params: z.object({ id: Id }),
        body: UpdatePresenceReasonInput,
        response: { 200: PresenceReason, ...errors },
      },
    },
    async (req) => updateReason(ctxOf(req), req.params.id, req.body),
  );

  app.get(
    '/presence/me',
    {
      preHandler: read,
      schema: { tags, summary: 'My availability', response: { 200: AgentPresence, ...errors } },
    },
    async (req) => {
      const { actor } = ctxOf(req);
      return presenceOf(deps.db, actor.organizationId, actor.agentId);
    },
  );

  app.put(
    '/presence/me',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Change my availability (recorded with its time)',
        body: SetAgentStateInput,
        response: { 200: AgentPresence, ...errors },
      },
    },
    async (req) => {
      const { actor } = ctxOf(req);
      const presence = await setAgentState(deps, actor, req.body);
      if (presence.state === 'online') await routeChats(deps, actor.organizationId, { announce: true });
      return presence;
    },
  );

  app.get(
    '/presence/agents',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Every agent’s availability and chat load (leads, admins)',
        response: { 200: z.array(AgentPresence), ...errors },
      },
    },
    async (req) => {
      const { actor } = ctxOf(req);
      if (actor.role !== 'lead' && actor.role !== 'admin') throw forbidden('Only leads and admins see this.');
      return listAgentPresence(deps.db, actor.organizationId);
    },
  );

  app.patch(
    '/presence/agents/:agentId',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Set an agent’s chat capacity',
        params: z.object({ agentId: Id }),
        body: UpdateAgentChatSettingsInput,
        response: { 200: AgentPresence, ...errors },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const presence = await setChatCapacity(ctx, deps.events, req.params.agentId, req.body.chatCapacity);
      await routeChats(deps, ctx.actor.organizationId);
      return presence;
    },
  );
};
