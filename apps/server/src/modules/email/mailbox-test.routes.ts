import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Id, MailboxTestInput, MailboxTestResult } from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { testMailboxSettings, testSavedMailbox } from './mailbox-test.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const tags = ['email'];
const description =
  'Each part (IMAP inbound, SMTP outbound) answers ok or the step that failed (dns, connect, tls, auth, ' +
  'folder, send) with a stable code; every step has a timeout of a few seconds. Secrets never appear in ' +
  'the answer.';

/** "Test connection" of mailbox settings (admin). */
export const mailboxTestRoutes: FastifyPluginAsyncZod = async (app) => {
  const admin = requireAuth({ scope: 'admin' });

  app.post(
    '/mailboxes/test',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Test IMAP and SMTP settings before saving them',
        description,
        body: MailboxTestInput,
        response: { 200: MailboxTestResult, ...errors },
      },
    },
    async (req) => testMailboxSettings(app.deps, ctxOf(req).actor.organizationId, req.body),
  );

  app.post(
    '/mailboxes/:id/test',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: "Test a saved mailbox's IMAP and SMTP connection",
        description,
        params: z.object({ id: Id }),
        response: { 200: MailboxTestResult, ...errors },
      },
    },
    async (req) => testSavedMailbox(app.deps, ctxOf(req).actor.organizationId, req.params.id),
  );
};
