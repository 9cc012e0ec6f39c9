import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  Attachment,
  ChatMessage,
  ChatSession,
  ErrorBody,
  Id,
  OfflineMessageInput,
  StartChatInput,
  StartChatResult,
  WidgetConfig,
} from '@kontakt/contracts';
import type { AppDeps } from '../../http/deps.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { BlobTooLargeError, openIfStored } from '../../platform/blob-store.ts';
import { newId } from '../../platform/crypto.ts';
import { attachments } from '../tickets/index.ts';
import { attachmentHeaders } from '../tickets/attachment-headers.ts';
import { chatChannels, type ChatSessionRow } from './chat.table.ts';
import { widgetConfig } from './channels.service.ts';
import { describeSession, invalidVisitorToken, sessionOfToken, startChat } from './sessions.service.ts';
import { chatMessagesOf } from './chat-messages.service.ts';
import { leaveOfflineMessage } from './chat-actions.service.ts';

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  404: ErrorBody,
  413: ErrorBody,
  415: ErrorBody,
  429: ErrorBody,
};
const tags = ['widget'];
const channelParams = z.object({ publicId: z.string().min(1).max(100) });

/** The visitor session of `Authorization: Bearer <visitor token>`, or 401 `invalid_visitor_token`. */
async function visitorOf(deps: AppDeps, req: FastifyRequest): Promise<ChatSessionRow> {
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  const session = m ? await sessionOfToken(deps, m[1]) : null;
  if (!session) throw invalidVisitorToken();
  return session;
}

/** Whether a MIME type is allowed by a list with `type/*` wildcards. */
export const typeAllowed = (type: string, allowed: readonly string[]) =>
  allowed.some((a) => (a.endsWith('/*') ? type.startsWith(a.slice(0, -1)) : a === type));

/**
 * The public widget API at `/widget/v1`: open to every origin (the widget runs on customers'
 * sites), no cookies; visitors authenticate with their signed token.
 */
export const widgetRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  app.addHook('onRequest', async (req, reply) => {
    reply.header('access-control-allow-origin', '*');
    reply.header('cross-origin-resource-policy', 'cross-origin');
    if (req.method === 'OPTIONS') {
      reply
        .header('access-control-allow-methods', 'GET, POST, OPTIONS')
        .header('access-control-allow-headers', 'authorization, content-type')
        .header('access-control-max-age', '600')
        .status(204)
        .send();
    }
  });
  app.options('/*', { schema: { hide: true } }, async (_req, reply) => reply.status(204).send());
  await app.register(multipart, { limits: { files: 1, fileSize: deps.config.attachmentMaxBytes + 1 } });

  app.get(
    '/channels/:publicId/config',
    {
      schema: {
        tags,
        summary: 'Widget settings and whether agents are available',
        params: channelParams,
        response: { 200: WidgetConfig, ...errors },
      },
    },
    async (req) => widgetConfig(deps.db, req.params.publicId, deps.clock.now()),
  );

  app.post(
    '/channels/:publicId/sessions',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Start a chat (the pre-chat form); answers the visitor token',
        params: channelParams,
        body: StartChatInput,
        response: { 201: StartChatResult, ...errors },
      },
    },
    async (req, reply) => {
      return reply.status(201).send(await startChat(deps, req.params.publicId, req.body));
    },
  );

  app.get(
    '/session',
    {
      schema: {
        tags,
        summary: 'The visitor’s session and its whole conversation (Bearer visitor token)',
        response: { 200: z.object({ session: ChatSession, messages: z.array(ChatMessage) }), ...errors },
      },
    },
    async (req) => {
      const session = await visitorOf(deps, req);
      return {
        session: await describeSession(deps.db, session),
        messages: await chatMessagesOf(deps.db, session, { afterSeq: 0 }, 5_000),
      };
    },
  );

  app.post(
    '/uploads',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Upload a file for the next chat message (multipart, field `file`; Bearer visitor token)',
        consumes: ['multipart/form-data'],
        response: { 201: Attachment, ...errors },
      },
    },
    async (req, reply) => {
      const session = await visitorOf(deps, req);
      const [channel] = await deps.db
        .select()
        .from(chatChannels)
        .where(eq(chatChannels.id, session.channelId));
      const limits = channel!.settings.uploads;
      const file = await req.file().catch(() => undefined);
      if (!file)
        throw new AppError(
          400,
          'validation_failed',
          'Send the file as multipart/form-data in the field "file".',
        );
      const type = (file.mimetype || 'application/octet-stream').toLowerCase();
      if (!typeAllowed(type, limits.allowedTypes)) {
        file.file.resume();
        throw new AppError(415, 'attachment_rejected', `Files of type ${type} are not accepted here.`, {
          allowedTypes: limits.allowedTypes,
        });
      }
      const max = Math.min(limits.maxBytes, deps.config.attachmentMaxBytes);
      let stored;
      try {
        stored = await deps.blobs.put(file.file, max);
      } catch (err) {
        if (err instanceof BlobTooLargeError || file.file.truncated)
          throw new AppError(413, 'attachment_too_large', `The file is larger than ${max} bytes.`, {
            maxBytes: max,
          });
        throw err;
      }
      if (file.file.truncated)
        throw new AppError(413, 'attachment_too_large', `The file is larger than ${max} bytes.`, {
          maxBytes: max,
        });
      const [row] = await deps.db
        .insert(attachments)
        .values({
          id: newId(),
          organizationId: session.organizationId,
          ticketId: session.ticketId,
          messageId: null,
          filename: (file.filename || 'file').slice(0, 255),
          contentType: type,
          sizeBytes: stored.size,
          sha256: stored.sha256,
          createdAt: deps.clock.now(),
        })
        .returning();
      return reply.status(201).send({
        id: row!.id,
        filename: row!.filename,
        contentType: row!.contentType,
        size: row!.sizeBytes,
        url: `/widget/v1/attachments/${row!.id}`,
      });
    },
  );

  app.get(
    '/attachments/:id',
    {
      schema: {
        tags,
        summary: 'Download a file of the visitor’s conversation (Bearer visitor token)',
        params: z.object({ id: Id }),
      },
    },
    async (req, reply) => {
      const session = await visitorOf(deps, req);
      const [row] = await deps.db
        .select()
        .from(attachments)
        .where(and(eq(attachments.ticketId, session.ticketId), eq(attachments.id, req.params.id)));
      const body = row ? await openIfStored(deps.blobs, row.sha256) : null;
      if (!row || !body) throw notFound('Attachment');
      return reply.headers(attachmentHeaders(row, false)).send(body);
    },
  );

  app.post(
    '/channels/:publicId/offline-messages',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Leave a message while the chat is offline; it becomes an e-mail ticket',
        params: channelParams,
        body: OfflineMessageInput,
        response: { 201: z.object({ ok: z.literal(true) }), ...errors },
      },
    },
    async (req, reply) => {
      await leaveOfflineMessage(deps, req.params.publicId, req.body);
      return reply.status(201).send({ ok: true as const });
    },
  );
};
