import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  CreateMailboxInput,
  ErrorBody,
  Id,
  InboundListenerInfo,
  Mailbox,
  UpdateMailboxInput,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { notFound } from '../../http/errors.ts';
import { openIfStored } from '../../platform/blob-store.ts';
import { getTicketForActor } from '../tickets/index.ts';
import { recordAudit } from '../audit/index.ts';
import { emailMessages } from './email.table.ts';
import {
  createMailbox,
  getMailbox,
  listMailboxes,
  presentMailbox,
  updateMailbox,
} from './mailboxes.service.ts';
import { mailboxTestRoutes } from './mailbox-test.routes.ts';
import { imapDeadLetterRoutes } from './imap-dead-letters.routes.ts';
import { imapStatusesOf } from './imap-status.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const params = z.object({ id: Id });
const tags = ['email'];

/** Mailboxes (admin) and the raw source of e-mail messages. */
export const emailRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, blobs, clock } = app.deps;
  const admin = requireAuth({ scope: 'admin' });
  await app.register(mailboxTestRoutes);
  await app.register(imapDeadLetterRoutes);

  app.get(
    '/mailboxes',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Mailboxes',
        response: { 200: z.object({ items: z.array(Mailbox) }), ...errors },
      },
    },
    async (req) => {
      const rows = await listMailboxes(db, ctxOf(req).actor.organizationId);
      const statuses = await imapStatusesOf(
        db,
        rows.map((m) => m.id),
      );
      return { items: rows.map((m) => presentMailbox(m, statuses.get(m.id))) };
    },
  );

  app.get(
    '/mailboxes/listener',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: "Where Kontakt's own SMTP listener takes mail (for mailboxes with inbound kind smtp)",
        response: { 200: InboundListenerInfo, ...errors },
      },
    },
    async () => {
      const port = app.deps.config.inboundSmtpPort;
      return {
        enabled: port !== undefined,
        host: new URL(app.deps.config.publicUrl).hostname,
        port: port ? port : null,
      };
    },
  );

  app.get(
    '/mailboxes/:id',
    {
      preHandler: admin,
      schema: { tags, summary: 'One mailbox', params, response: { 200: Mailbox, ...errors } },
    },
    async (req) => {
      const row = await getMailbox(db, ctxOf(req).actor.organizationId, req.params.id);
      return presentMailbox(row, (await imapStatusesOf(db, [row.id])).get(row.id));
    },
  );

  app.post(
    '/mailboxes',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Create a mailbox (address unique in the organization)',
        body: CreateMailboxInput,
        response: { 201: Mailbox, ...errors },
      },
    },
    async (req, reply) => {
      const org = ctxOf(req).actor.organizationId;
      return reply
        .status(201)
        .send(presentMailbox(await createMailbox(db, org, req.body, clock.now(), app.deps.secrets)));
    },
  );

  app.patch(
    '/mailboxes/:id',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Change a mailbox',
        params,
        body: UpdateMailboxInput,
        response: { 200: Mailbox, ...errors },
      },
    },
    async (req) => {
      const org = ctxOf(req).actor.organizationId;
      const row = await updateMailbox(db, org, req.params.id, req.body, clock.now(), app.deps.secrets);
      return presentMailbox(row, (await imapStatusesOf(db, [row.id])).get(row.id));
    },
  );

  app.get(
    '/messages/:id/raw',
    {
      preHandler: requireAuth({ scope: 'tickets:read' }),
      schema: {
        tags,
        summary: 'The raw .eml of an e-mail message (who may see the ticket may download it)',
        params,
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const [row] = await db
        .select()
        .from(emailMessages)
        .where(
          and(
            eq(emailMessages.organizationId, ctx.actor.organizationId),
            eq(emailMessages.messageId, req.params.id),
          ),
        );
      if (!row?.rawSha256) throw notFound('Message source');
      await getTicketForActor(db, ctx.actor, row.ticketId).catch(() => {
        throw notFound('Message source');
      });
      const body = await openIfStored(blobs, row.rawSha256);
      if (!body) {
        req.log.warn({ messageId: row.messageId }, 'message source is missing from the blob store');
        throw notFound('Message source');
      }
      await recordAudit(db, {
        organizationId: ctx.actor.organizationId,
        actor: ctx.actor,
        action: 'message.source_downloaded',
        subjectType: 'ticket',
        subjectId: row.ticketId,
        meta: ctx.meta,
        details: { messageId: row.messageId },
        at: ctx.now,
      });
      reply
        .header('content-type', 'message/rfc822')
        .header('content-disposition', `attachment; filename="message-${row.messageId}.eml"`)
        .header('cache-control', 'private, max-age=3600');
      if (row.rawSize !== null) reply.header('content-length', String(row.rawSize));
      return reply.send(body);
    },
  );
};
