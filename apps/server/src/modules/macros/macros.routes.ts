import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApplyMacroInput,
  ApplyMacroResult,
  CreateMacroInput,
  ErrorBody,
  Id,
  Macro,
  MacroListQuery,
  UpdateMacroInput,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { applyMacro } from './macros.apply.ts';
import { presentMacro } from './macros.presenter.ts';
import { getMacroFor, listMacros } from './macros.repo.ts';
import { createMacro, deleteMacro, updateMacro, viewerOf } from './macros.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const params = z.object({ id: Id });
const tags = ['macros'];

/** Macros: several actions and an optional reply, applied to a ticket in one click. */
export const macrosRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, events } = app.deps;
  const read = requireAuth({ scope: 'tickets:read' });
  const write = requireAuth({ scope: 'tickets:write' });

  app.get(
    '/macros',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Macros the caller sees (shared and their own), most used first',
        querystring: MacroListQuery,
        response: { 200: z.object({ items: z.array(Macro) }), ...errors },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const viewer = viewerOf(ctx);
      const rows = await listMacros(db, ctx.actor.organizationId, viewer, req.query);
      return { items: rows.map((r) => presentMacro(r, viewer)) };
    },
  );
  app.get(
    '/macros/:id',
    { preHandler: read, schema: { tags, summary: 'One macro', params, response: { 200: Macro, ...errors } } },
    async (req) => {
      const ctx = ctxOf(req);
      const viewer = viewerOf(ctx);
      return presentMacro(await getMacroFor(db, ctx.actor.organizationId, viewer, req.params.id), viewer);
    },
  );
  app.post(
    '/macros',
    {
      preHandler: write,
      schema: {
        tags,
        summary:
          'Create a macro (shared ones: leads and admins); unknown placeholders or references answer 400',
        body: CreateMacroInput,
        response: { 201: Macro, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createMacro(ctxOf(req), req.body)),
  );
  app.patch(
    '/macros/:id',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Change a macro',
        params,
        body: UpdateMacroInput,
        response: { 200: Macro, ...errors },
      },
    },
    async (req) => updateMacro(ctxOf(req), req.params.id, req.body),
  );
  app.delete(
    '/macros/:id',
    {
      preHandler: write,
      schema: { tags, summary: 'Delete a macro', params, response: { 204: z.null(), ...errors } },
    },
    async (req, reply) => {
      await deleteMacro(ctxOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/tickets/:id/macros/:macroId/apply',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Apply a macro to a ticket: its reply and actions in one transaction',
        params: z.object({ id: Id, macroId: Id }),
        body: ApplyMacroInput,
        response: { 200: ApplyMacroResult, ...errors },
      },
    },
    async (req) => applyMacro(ctxOf(req), events, req.params.id, req.params.macroId, req.body ?? {}),
  );
};
