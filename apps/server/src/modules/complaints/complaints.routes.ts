import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Complaint,
  ComplaintAnswerInput,
  ComplaintDecisionInput,
  ComplaintExtensionInput,
  ComplaintListQuery,
  ComplaintRootCauseInput,
  CreateComplaintInput,
  RefundPaidInput,
  RemedyCarriedOutInput,
  SendDecisionLetterInput,
  ErrorBody,
  Id,
  UpdateComplaintInput,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { createComplaint, getComplaint, updateComplaint } from './complaints.service.ts';
import { decideComplaint, extendComplaint, recordComplaintAnswer } from './complaint-decision.service.ts';
import { listComplaintRows } from './complaints.repo.ts';
import { complaintProtocolPdf } from './complaint-documents.service.ts';
import { presentComplaint } from './complaints.presenter.ts';
import { recordRefundPaid, recordRemedyCarriedOut, setRootCause } from './complaint-aftercare.service.ts';
import { decisionLetterPdf, sendDecisionLetter } from './complaint-letter.service.ts';
import { sendComplaintProtocol } from './complaint-protocol-mail.service.ts';
import { notFound } from '../../http/errors.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const params = z.object({ id: Id });
const tags = ['complaints'];

/** The complaint record of a ticket, its decision, answer and CZ extension, and the complaints list. */
export const complaintsRoutes: FastifyPluginAsyncZod = async (app) => {
  const read = requireAuth({ scope: 'tickets:read' });
  const write = requireAuth({ scope: 'tickets:write' });
  const ok = { 200: Complaint, ...errors };
  const one = <B extends z.ZodType>(summary: string, body: B) => ({
    preHandler: write,
    schema: { tags, summary, params, body, response: ok },
  });

  app.get(
    '/complaints',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Complaints on tickets the caller sees, filtered, soonest statutory deadline first',
        querystring: ComplaintListQuery,
        response: { 200: z.object({ items: z.array(Complaint) }), ...errors },
      },
    },
    async (req) => {
      const { actor, now } = ctxOf(req);
      const rows = await listComplaintRows(req.server.deps.db, actor, req.query, now);
      return { items: rows.map((r) => presentComplaint(r.complaint, r.number, now)) };
    },
  );

  app.post(
    '/tickets/:id/complaint',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Record the complaint of a ticket (sets its type to complaint); 409 when it has one',
        params,
        body: CreateComplaintInput,
        response: { 201: Complaint, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createComplaint(ctxOf(req), req.params.id, req.body)),
  );

  app.get(
    '/tickets/:id/complaint',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'The complaint record of a ticket with its clock (audited)',
        params,
        response: ok,
      },
    },
    async (req) => getComplaint(ctxOf(req), req.params.id),
  );

  app.get(
    '/tickets/:id/complaint/protocol.pdf',
    {
      preHandler: read,
      schema: {
        tags,
        summary: "The complaint protocol (PL) / confirmation (CZ) as a PDF in the customer's language",
        params,
      },
    },
    async (req, reply) => {
      const pdf = await complaintProtocolPdf(ctxOf(req), req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="complaint-protocol.pdf"')
        .send(pdf);
    },
  );

  app.patch(
    '/tickets/:id/complaint',
    one(
      'Change protocol fields (based on version; the deadline is recomputed; refused once decided)',
      UpdateComplaintInput,
    ),
    async (req) => updateComplaint(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/tickets/:id/complaint/decision',
    one('Accept or reject with reasons, remedy and root-cause code (once)', ComplaintDecisionInput),
    async (req) => decideComplaint(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/tickets/:id/complaint/answer',
    one(
      'Record the answer sent and/or delivered: the events that stop the statutory clock',
      ComplaintAnswerInput,
    ),
    async (req) => recordComplaintAnswer(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/tickets/:id/complaint/root-cause',
    one('Set or change the root cause (active taxonomy code); required to close', ComplaintRootCauseInput),
    async (req) => setRootCause(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/tickets/:id/complaint/remedy',
    one('Record the date the granted remedy was carried out', RemedyCarriedOutInput),
    async (req) => recordRemedyCarriedOut(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/tickets/:id/complaint/refund',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Record the refund paid (stops the 14-day refund clock)',
        params,
        body: RefundPaidInput,
        response: ok,
      },
    },
    async (req) => recordRefundPaid(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/tickets/:id/complaint/protocol/send',
    {
      preHandler: write,
      schema: {
        tags,
        summary:
          'E-mail the protocol (PL) / confirmation (CZ) PDF to the consumer in their language, stored on the ticket (outbox)',
        params,
        body: SendDecisionLetterInput,
        response: { 202: z.object({ messageId: Id, recipient: z.string() }), ...errors },
      },
    },
    async (req, reply) =>
      reply
        .status(202)
        .send(await sendComplaintProtocol(ctxOf(req), req.server.deps, req.params.id, req.body)),
  );

  app.post(
    '/tickets/:id/complaint/letter',
    {
      preHandler: write,
      schema: {
        tags,
        summary:
          "Generate the decision letter PDF in the customer's language, store it on the ticket and e-mail it (outbox)",
        params,
        body: SendDecisionLetterInput,
        response: ok,
      },
    },
    async (req) => sendDecisionLetter(ctxOf(req), req.server.deps, req.params.id, req.body),
  );

  app.get(
    '/tickets/:id/complaint/letter.pdf',
    {
      preHandler: read,
      schema: { tags, summary: 'The stored decision letter PDF (404 until generated)', params },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      await getComplaint(ctx, req.params.id);
      const pdf = await decisionLetterPdf(
        req.server.deps.db,
        req.server.deps.blobs,
        ctx.actor.organizationId,
        req.params.id,
      );
      if (!pdf) throw notFound('Decision letter');
      return reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="complaint-decision.pdf"')
        .send(pdf);
    },
  );

  app.post(
    '/tickets/:id/complaint/extension',
    one("CZ: a later due date by the consumer's recorded agreement (audited)", ComplaintExtensionInput),
    async (req) => extendComplaint(ctxOf(req), req.params.id, req.body),
  );
};
