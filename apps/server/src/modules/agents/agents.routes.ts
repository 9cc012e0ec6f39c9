import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Agent,
  CreateAgentInput,
  CreateTeamInput,
  ErrorBody,
  Id,
  Team,
  UpdateAgentInput,
  UpdateTeamInput,
} from '@kontakt/contracts';
import { hasScope } from '../../http/actor.ts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { getAgent, getTeam, listAgents, listTeams, memberIdsByTeam, teamIdsByAgent } from './agents.repo.ts';
import { presentAgent, presentTeam } from './agents.presenter.ts';
import { createAgent, createTeam, deleteTeam, updateAgent, updateTeam } from './agents.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const params = z.object({ id: Id });

/** Whether the caller manages agents, and so may see when each last signed in. */
const managesAgents = (req: FastifyRequest) => hasScope(ctxOf(req).actor.scopes, 'agents:write');

export const agentsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const read = requireAuth({ scope: 'agents:read' });
  const write = requireAuth({ scope: 'agents:write' });
  const tags = ['agents'];

  app.get(
    '/agents',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Agents of the organization',
        response: { 200: z.object({ items: z.array(Agent) }), ...errors },
      },
    },
    async (req) => {
      const rows = await listAgents(db, ctxOf(req).actor.organizationId);
      const teams = await teamIdsByAgent(
        db,
        rows.map((r) => r.id),
      );
      const withSignIn = managesAgents(req);
      return { items: rows.map((r) => presentAgent(r, teams.get(r.id) ?? [], withSignIn)) };
    },
  );

  app.post(
    '/agents',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Create an agent',
        body: CreateAgentInput,
        response: { 201: Agent, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createAgent(ctxOf(req), req.body)),
  );

  app.get(
    '/agents/:id',
    { preHandler: read, schema: { tags, summary: 'One agent', params, response: { 200: Agent, ...errors } } },
    async (req) => {
      const row = await getAgent(db, ctxOf(req).actor.organizationId, req.params.id);
      return presentAgent(row, (await teamIdsByAgent(db, [row.id])).get(row.id) ?? [], managesAgents(req));
    },
  );

  app.patch(
    '/agents/:id',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Change an agent (role, level, skills, teams, active)',
        params,
        body: UpdateAgentInput,
        response: { 200: Agent, ...errors },
      },
    },
    async (req) => updateAgent(ctxOf(req), req.params.id, req.body),
  );

  const teamRead = requireAuth({ scope: 'teams:read' });
  const teamWrite = requireAuth({ scope: 'teams:write' });
  const teamTags = ['teams'];

  app.get(
    '/teams',
    {
      preHandler: teamRead,
      schema: {
        tags: teamTags,
        summary: 'Teams of the organization',
        response: { 200: z.object({ items: z.array(Team) }), ...errors },
      },
    },
    async (req) => {
      const rows = await listTeams(db, ctxOf(req).actor.organizationId);
      const members = await memberIdsByTeam(
        db,
        rows.map((r) => r.id),
      );
      return { items: rows.map((r) => presentTeam(r, members.get(r.id) ?? [])) };
    },
  );

  app.post(
    '/teams',
    {
      preHandler: teamWrite,
      schema: {
        tags: teamTags,
        summary: 'Create a team',
        body: CreateTeamInput,
        response: { 201: Team, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createTeam(ctxOf(req), req.body)),
  );

  app.get(
    '/teams/:id',
    {
      preHandler: teamRead,
      schema: { tags: teamTags, summary: 'One team', params, response: { 200: Team, ...errors } },
    },
    async (req) => {
      const row = await getTeam(db, ctxOf(req).actor.organizationId, req.params.id);
      return presentTeam(row, (await memberIdsByTeam(db, [row.id])).get(row.id) ?? []);
    },
  );

  app.patch(
    '/teams/:id',
    {
      preHandler: teamWrite,
      schema: {
        tags: teamTags,
        summary: 'Change a team',
        params,
        body: UpdateTeamInput,
        response: { 200: Team, ...errors },
      },
    },
    async (req) => updateTeam(ctxOf(req), req.params.id, req.body),
  );

  app.delete(
    '/teams/:id',
    {
      preHandler: teamWrite,
      schema: { tags: teamTags, summary: 'Delete a team', params, response: { 204: z.null(), ...errors } },
    },
    async (req, reply) => {
      await deleteTeam(ctxOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
};
