import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Id, ImapDeadLetter } from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { listDeadLetters, presentDeadLetter, retryDeadLetter } from './imap-dead-letters.ts';

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['email'];

/** Messages an IMAP mailbox set aside, and retrying them (admin). */
export const imapDeadLetterRoutes: FastifyPluginAsyncZod = async (app) => {
  const admin = requireAuth({ scope: 'admin' });

  app.get(
    '/mailboxes/:id/dead-letters',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Messages the mailbox set aside (too large, or failing again and again), newest first',
        params: z.object({ id: Id }),
        response: { 200: z.object({ items: z.array(ImapDeadLetter) }), ...errors },
      },
    },
    async (req) => ({
      items: (await listDeadLetters(app.deps.db, ctxOf(req).actor.organizationId, req.params.id)).map(
        presentDeadLetter,
      ),
    }),
  );

  app.post(
    '/mailboxes/:id/dead-letters/:deadLetterId/retry',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Ingest a set-aside message again from its kept source',
        params: z.object({ id: Id, deadLetterId: Id }),
        response: { 200: ImapDeadLetter, ...errors },
      },
    },
    async (req) =>
      presentDeadLetter(
        await retryDeadLetter(
          app.deps,
          ctxOf(req).actor.organizationId,
          req.params.id,
          req.params.deadLetterId,
        ),
      ),
  );
};
