import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { z } from 'zod';
import {
  ErrorBody,
  Id,
  PortalComplaint,
  PortalComplaintInput,
  PortalLookupInput,
  PortalLookupResult,
  PortalSlug,
} from '@kontakt/contracts';
import { AppError, notFound } from '../../http/errors.ts';
import { BlobTooLargeError } from '../../platform/blob-store.ts';
import { complaintProtocolPdf, decisionLetterPdfForPortal, recordPortalView } from '../complaints/index.ts';
import { portalAuth, portalCtx } from './portal-http.ts';
import {
  fileComplaint,
  getOwnComplaint,
  listPortalComplaints,
  lookupComplaint,
  toPortalComplaint,
  type FiledFile,
} from './portal-complaints.service.ts';

const tags = ['portal'];
const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  429: ErrorBody,
};
const slugParams = z.object({ slug: PortalSlug });
const idParams = z.object({ slug: PortalSlug, id: Id });
const MAX_FILES = 10;

const invalid = (issues: z.core.$ZodIssue[]) => {
  const first = issues[0];
  const where = first?.path.length ? ` (${first.path.join('.')})` : '';
  return new AppError(400, 'validation_failed', `The complaint is not valid${where}: ${first?.message}`, {
    issues: issues.map((i) => ({ path: i.path.map(String), code: i.code, message: i.message })),
  });
};

/** The filing form: JSON, or multipart with the JSON in `complaint` and up to ten `files`. */
async function readFiling(req: FastifyRequest) {
  const { blobs, config } = req.server.deps;
  if (!req.isMultipart()) return { json: req.body, files: [] as FiledFile[] };
  let json: unknown = undefined;
  const files: FiledFile[] = [];
  for await (const part of req.parts()) {
    if (part.type === 'field') {
      if (part.fieldname !== 'complaint') continue;
      try {
        json = JSON.parse(String(part.value));
      } catch {
        throw new AppError(400, 'invalid_json', 'The field "complaint" is not valid JSON.');
      }
      continue;
    }
    if (part.fieldname !== 'files' || files.length >= MAX_FILES) {
      throw new AppError(400, 'validation_failed', `Send at most ${MAX_FILES} files in the field "files".`);
    }
    try {
      const stored = await blobs.put(part.file, config.attachmentMaxBytes);
      if (part.file.truncated) throw new BlobTooLargeError();
      files.push({
        filename: (part.filename || 'file').slice(0, 255),
        contentType: part.mimetype || 'application/octet-stream',
        size: stored.size,
        sha256: stored.sha256,
      });
    } catch (err) {
      if (err instanceof BlobTooLargeError) {
        const mb = Math.round(config.attachmentMaxBytes / 1024 / 1024);
        throw new AppError(413, 'attachment_too_large', `A file is larger than ${mb} MB.`, {
          maxBytes: config.attachmentMaxBytes,
        });
      }
      throw err;
    }
  }
  return { json, files };
}

/** The customer's complaints, filing one, its protocol PDF, and the look-up without an account. */
export const portalComplaintRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock, config } = app.deps;
  await app.register(multipart, {
    limits: { files: MAX_FILES, fileSize: config.attachmentMaxBytes + 1, fields: 5 },
  });

  app.get(
    '/orgs/:slug/complaints',
    {
      schema: {
        tags,
        summary: "The customer's complaints with their statutory clocks, newest first",
        params: slugParams,
        response: { 200: z.object({ items: z.array(PortalComplaint) }), ...errors },
      },
    },
    async (req) => {
      const who = await portalAuth(req, req.params.slug);
      return { items: await listPortalComplaints(db, who, clock.now()) };
    },
  );

  app.post(
    '/orgs/:slug/complaints',
    {
      schema: {
        tags,
        summary: 'File a complaint (the intake form\'s contract; received now, intake channel "portal")',
        description:
          'JSON (PortalComplaintInput), or multipart/form-data with that JSON in the field `complaint` and up to ten files in `files` (photos, receipts). Creates a ticket of type complaint with the statutory clock and protocol, and notifies the team (`complaint_filed`).',
        params: slugParams,
        consumes: ['application/json', 'multipart/form-data'],
        response: { 201: PortalComplaint, ...errors, 413: ErrorBody },
      },
    },
    async (req, reply) => {
      const who = await portalAuth(req, req.params.slug);
      const { json, files } = await readFiling(req);
      const parsed = PortalComplaintInput.safeParse(json ?? {});
      if (!parsed.success) throw invalid(parsed.error.issues);
      const complaint = await fileComplaint(app.deps, who, parsed.data, files);
      return reply.status(201).send(toPortalComplaint(complaint, who.org.slug));
    },
  );

  app.get(
    '/orgs/:slug/complaints/:id',
    {
      schema: {
        tags,
        summary: "One of the customer's complaints (by its ticket id): clock, decision, documents",
        params: idParams,
        response: { 200: PortalComplaint, ...errors },
      },
    },
    async (req) => {
      const who = await portalAuth(req, req.params.slug);
      const now = clock.now();
      let complaint = await getOwnComplaint(db, who, req.params.id, now);
      // The decision shown to the customer here has reached them: delivery is recorded (first view).
      if (complaint.decision && !complaint.answerLetter?.viewedAt) {
        if (await recordPortalView(db, { organizationId: who.org.id, ticketId: req.params.id, at: now }))
          complaint = await getOwnComplaint(db, who, req.params.id, now);
      }
      return toPortalComplaint(complaint, who.org.slug);
    },
  );

  app.get(
    '/orgs/:slug/complaints/:id/decision.pdf',
    {
      schema: {
        tags,
        summary: 'The decision letter PDF (404 until sent); opening it records the answer as delivered',
        params: idParams,
      },
    },
    async (req, reply) => {
      const who = await portalAuth(req, req.params.slug);
      const now = clock.now();
      await getOwnComplaint(db, who, req.params.id, now);
      const pdf = await decisionLetterPdfForPortal(app.deps, who.org.id, req.params.id);
      if (!pdf) throw notFound('Decision letter');
      await recordPortalView(db, { organizationId: who.org.id, ticketId: req.params.id, at: now });
      return reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="complaint-decision.pdf"')
        .send(pdf);
    },
  );

  app.get(
    '/orgs/:slug/complaints/:id/protocol.pdf',
    {
      schema: {
        tags,
        summary: "The complaint protocol (PL) / confirmation (CZ) PDF in the customer's language",
        params: idParams,
      },
    },
    async (req, reply) => {
      const who = await portalAuth(req, req.params.slug);
      await getOwnComplaint(db, who, req.params.id, clock.now());
      const pdf = await complaintProtocolPdf(portalCtx(req, who.org.id), req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="complaint-protocol.pdf"')
        .send(pdf);
    },
  );

  app.post(
    '/orgs/:slug/complaint-lookup',
    {
      config: { rateLimit: { max: 10, timeWindow: '15 minutes' } },
      schema: {
        tags,
        summary: 'Where a complaint stands, by its number and the e-mail address given with it',
        description:
          'No account needed. A wrong number and a wrong address answer the same 404. Rate-limited per caller.',
        security: [],
        params: slugParams,
        body: PortalLookupInput,
        response: { 200: PortalLookupResult, ...errors },
      },
    },
    async (req) => lookupComplaint(db, req.params.slug, req.body, clock.now()),
  );
};
