import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import multipart from '@fastify/multipart';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { Attachment, ErrorBody, Id } from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { BlobTooLargeError, openIfStored } from '../../platform/blob-store.ts';
import { newId } from '../../platform/crypto.ts';
import { attachmentHeaders } from './attachment-headers.ts';
import { attachments } from './tickets.table.ts';
import { getTicketForActor } from './tickets.repo.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 413: ErrorBody };

/** Files: uploaded onto a ticket first, then bound to the message that sends them. */
export const attachmentsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, blobs, config } = app.deps;
  await app.register(multipart, { limits: { files: 1, fileSize: config.attachmentMaxBytes + 1 } });

  app.post(
    '/tickets/:id/attachments',
    {
      preHandler: requireAuth({ scope: 'tickets:write' }),
      schema: {
        tags: ['tickets'],
        summary: 'Upload a file (multipart, field `file`) to attach to the next message',
        params: z.object({ id: Id }),
        consumes: ['multipart/form-data'],
        response: { 201: Attachment, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const ticket = await getTicketForActor(db, ctx.actor, req.params.id);
      const file = await req.file().catch(() => undefined);
      if (!file)
        throw new AppError(
          400,
          'validation_failed',
          'Send the file as multipart/form-data in the field "file".',
        );
      let stored;
      try {
        stored = await blobs.put(file.file, config.attachmentMaxBytes);
      } catch (err) {
        if (err instanceof BlobTooLargeError || file.file.truncated) {
          const mb = Math.round(config.attachmentMaxBytes / 1024 / 1024);
          throw new AppError(413, 'attachment_too_large', `The file is larger than ${mb} MB.`, {
            maxBytes: config.attachmentMaxBytes,
          });
        }
        throw err;
      }
      const [row] = await db
        .insert(attachments)
        .values({
          id: newId(),
          organizationId: ticket.organizationId,
          ticketId: ticket.id,
          messageId: null,
          filename: (file.filename || 'file').slice(0, 255),
          contentType: file.mimetype || 'application/octet-stream',
          sizeBytes: stored.size,
          sha256: stored.sha256,
          createdAt: ctx.now,
        })
        .returning();
      return reply.status(201).send({
        id: row!.id,
        filename: row!.filename,
        contentType: row!.contentType,
        size: row!.sizeBytes,
        url: `/api/v1/attachments/${row!.id}`,
      });
    },
  );

  app.get(
    '/attachments/:id',
    {
      preHandler: requireAuth({ scope: 'tickets:read' }),
      schema: {
        tags: ['tickets'],
        summary: 'Download an attachment (`?inline=1` shows images, PDFs and plain text in the browser)',
        description:
          'Images (PNG, JPEG, GIF, WebP), PDFs and plain text carry their type, `inline` when asked for; every other type (HTML and SVG included) is `application/octet-stream` as an `attachment`. Always `X-Content-Type-Options: nosniff`.',
        params: z.object({ id: Id }),
        querystring: z.object({ inline: z.enum(['0', '1']).optional() }),
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const [row] = await db
        .select()
        .from(attachments)
        .where(
          and(eq(attachments.organizationId, ctx.actor.organizationId), eq(attachments.id, req.params.id)),
        );
      if (!row) throw notFound('Attachment');
      await getTicketForActor(db, ctx.actor, row.ticketId).catch(() => {
        throw notFound('Attachment');
      });
      const body = await openIfStored(blobs, row.sha256);
      if (!body) {
        req.log.warn({ attachmentId: row.id }, 'attachment bytes are missing from the blob store');
        throw notFound('Attachment');
      }
      return reply.headers(attachmentHeaders(row, req.query.inline === '1')).send(body);
    },
  );
};
