import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Id } from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { sendInvitation } from './invitation.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** Invitations: an admin e-mails an agent a link to choose a password. */
export const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config, mailer } = app.deps;

  app.post(
    '/agents/:id/invitation',
    {
      preHandler: requireAuth({ scope: 'agents:write' }),
      config: { rateLimit: { max: 20, timeWindow: '15 minutes' } },
      schema: {
        tags: ['agents'],
        summary: 'E-mail the agent a link to choose a password and sign in (valid three days)',
        params: z.object({ id: Id }),
        response: { 202: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await sendInvitation(ctxOf(req), { mailer, publicUrl: config.publicUrl }, req.params.id);
      return reply.status(202).send(null);
    },
  );
};
