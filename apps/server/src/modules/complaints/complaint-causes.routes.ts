import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ComplaintCause,
  CreateComplaintCauseInput,
  CreateRejectionTemplateInput,
  ErrorBody,
  Id,
  RejectionTemplate,
  UpdateComplaintCauseInput,
  UpdateRejectionTemplateInput,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import {
  createCause,
  createTemplate,
  listCauses,
  listTemplates,
  presentCause,
  presentTemplate,
  updateCause,
  updateTemplate,
} from './complaint-causes.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const params = z.object({ id: Id });
const tags = ['complaints'];

/** The root-cause taxonomy ("Complaint causes") and rejection templates: everyone reads, admins write. */
export const complaintCausesRoutes: FastifyPluginAsyncZod = async (app) => {
  const read = requireAuth({ scope: 'tickets:read' });
  const admin = requireAuth({ scope: 'admin' });

  app.get(
    '/complaint-causes',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'The complaint root-cause taxonomy (a tree by parentId), ordered by code',
        response: { 200: z.object({ items: z.array(ComplaintCause) }), ...errors },
      },
    },
    async (req) => ({
      items: (await listCauses(req.server.deps.db, ctxOf(req).actor.organizationId)).map(presentCause),
    }),
  );

  app.post(
    '/complaint-causes',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Add a cause (its code is the parent code plus the segment; three levels)',
        body: CreateComplaintCauseInput,
        response: { 201: ComplaintCause, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createCause(ctxOf(req), req.body)),
  );

  app.patch(
    '/complaint-causes/:id',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Rename, reorder or deactivate a cause (the code never changes)',
        params,
        body: UpdateComplaintCauseInput,
        response: { 200: ComplaintCause, ...errors },
      },
    },
    async (req) => updateCause(ctxOf(req), req.params.id, req.body),
  );

  app.get(
    '/complaint-rejection-templates',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Rejection texts per language for the decision form',
        response: { 200: z.object({ items: z.array(RejectionTemplate) }), ...errors },
      },
    },
    async (req) => ({
      items: (await listTemplates(req.server.deps.db, ctxOf(req).actor.organizationId)).map(presentTemplate),
    }),
  );

  app.post(
    '/complaint-rejection-templates',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Add a rejection template',
        body: CreateRejectionTemplateInput,
        response: { 201: RejectionTemplate, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createTemplate(ctxOf(req), req.body)),
  );

  app.patch(
    '/complaint-rejection-templates/:id',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Change or deactivate a rejection template',
        params,
        body: UpdateRejectionTemplateInput,
        response: { 200: RejectionTemplate, ...errors },
      },
    },
    async (req) => updateTemplate(ctxOf(req), req.params.id, req.body),
  );
};
