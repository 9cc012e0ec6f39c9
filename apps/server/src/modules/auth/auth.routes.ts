import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApiToken,
  ChangePasswordInput,
  CreateApiTokenInput,
  CreatedApiToken,
  ErrorBody,
  Id,
  LoginInput,
  MeResponse,
  PasswordResetConfirmInput,
  PasswordResetRequestInput,
  Session,
  TotpCodeInput,
  TotpSetupResponse,
  UpdateMeInput,
} from '@kontakt/contracts';
import { SESSION_COOKIE, ctxOf, requestMeta, requireAuth } from '../../http/auth-guard.ts';
import { notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { getMe, updateMe } from './me.service.ts';
import { login } from './login.service.ts';
import { changePassword, confirmPasswordReset, requestPasswordReset } from './password.service.ts';
import { listSessions, presentSession, revokeSession } from './sessions.service.ts';
import { setTotpEnabled, setupTotp } from './totp.service.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.service.ts';

const tags = ['auth'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 429: ErrorBody };

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config, clock, db, mailer } = app.deps;
  const loginLimit = { rateLimit: { max: 30, timeWindow: '1 minute' } };

  app.post(
    '/auth/login',
    {
      config: loginLimit,
      schema: {
        tags,
        summary: 'Sign in',
        body: LoginInput,
        response: { 200: MeResponse, 423: ErrorBody, ...errors },
      },
    },
    async (req, reply) => {
      const now = clock.now();
      const policy = {
        maxFailures: config.loginMaxFailures,
        lockMinutes: config.loginLockMinutes,
        sessionTtlHours: config.sessionTtlHours,
      };
      const { agent, token, session } = await login(db, req.body, requestMeta(req), now, policy);
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.cookieSecure,
        path: '/',
        expires: session.expiresAt,
      });
      return getMe(db, agent.organizationId, agent.id, session.csrfToken);
    },
  );

  app.post(
    '/auth/logout',
    {
      preHandler: requireAuth(),
      schema: { tags, summary: 'Sign out', response: { 204: z.null(), ...errors } },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      if (ctx.actor.sessionId) {
        await revokeSession(db, ctx.actor.agentId, ctx.actor.sessionId, ctx.now);
        await recordAudit(db, {
          organizationId: ctx.actor.organizationId,
          actor: ctx.actor,
          action: 'auth.logout',
          meta: ctx.meta,
          at: ctx.now,
        });
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/password-reset',
    {
      config: { rateLimit: { max: 5, timeWindow: '15 minutes' } },
      schema: {
        tags,
        summary: 'Ask for a password-reset link by e-mail',
        body: PasswordResetRequestInput,
        response: { 202: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await requestPasswordReset(
        { db, mailer, publicUrl: config.publicUrl },
        req.body.email,
        requestMeta(req),
        clock.now(),
      );
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      config: loginLimit,
      schema: {
        tags,
        summary: 'Set a new password with a reset token',
        body: PasswordResetConfirmInput,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await confirmPasswordReset(db, req.body.token, req.body.password, requestMeta(req), clock.now());
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      preHandler: requireAuth(),
      schema: { tags, summary: 'The signed-in agent', response: { 200: MeResponse, ...errors } },
    },
    async (req) => {
      const a = ctxOf(req).actor;
      return getMe(db, a.organizationId, a.agentId, a.csrfToken ?? '');
    },
  );

  app.patch(
    '/me',
    {
      preHandler: requireAuth(),
      schema: {
        tags,
        summary: 'Change your name or language',
        body: UpdateMeInput,
        response: { 200: MeResponse, ...errors },
      },
    },
    async (req) => updateMe(ctxOf(req), req.body),
  );

  app.post(
    '/me/password',
    {
      preHandler: requireAuth(),
      schema: {
        tags,
        summary: 'Change your password',
        body: ChangePasswordInput,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await changePassword(ctxOf(req), req.body.currentPassword, req.body.newPassword);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me/sessions',
    {
      preHandler: requireAuth(),
      schema: {
        tags,
        summary: 'Your active sessions',
        response: { 200: z.object({ items: z.array(Session) }), ...errors },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const rows = await listSessions(db, ctx.actor.agentId, ctx.now);
      return { items: rows.map((s) => presentSession(s, ctx.actor.sessionId)) };
    },
  );

  app.delete(
    '/me/sessions/:id',
    {
      preHandler: requireAuth(),
      schema: {
        tags,
        summary: 'Revoke one of your sessions',
        params: z.object({ id: Id }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      if (!(await revokeSession(db, ctx.actor.agentId, req.params.id, ctx.now))) throw notFound('Session');
      await recordAudit(db, {
        organizationId: ctx.actor.organizationId,
        actor: ctx.actor,
        action: 'auth.session_revoked',
        subjectType: 'session',
        subjectId: req.params.id,
        meta: ctx.meta,
        at: ctx.now,
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/me/totp/setup',
    {
      preHandler: requireAuth(),
      schema: {
        tags,
        summary: 'Start two-factor set-up',
        response: { 200: TotpSetupResponse, 409: ErrorBody, ...errors },
      },
    },
    async (req) => setupTotp(ctxOf(req)),
  );

  for (const [path, enabled] of [
    ['/me/totp/enable', true],
    ['/me/totp/disable', false],
  ] as const) {
    app.post(
      path,
      {
        preHandler: requireAuth(),
        schema: {
          tags,
          summary: enabled ? 'Turn two-factor sign-in on' : 'Turn two-factor sign-in off',
          body: TotpCodeInput,
          response: { 204: z.null(), 409: ErrorBody, ...errors },
        },
      },
      async (req, reply) => {
        await setTotpEnabled(ctxOf(req), req.body.code, enabled);
        return reply.status(204).send(null);
      },
    );
  }

  app.get(
    '/api-tokens',
    {
      preHandler: requireAuth(),
      schema: {
        tags,
        summary: 'API tokens (admins see all of the organization)',
        response: { 200: z.object({ items: z.array(ApiToken) }), ...errors },
      },
    },
    async (req) => ({ items: await listApiTokens(ctxOf(req)) }),
  );

  app.post(
    '/api-tokens',
    {
      preHandler: requireAuth(),
      schema: {
        tags,
        summary: 'Create a scoped API token (shown once)',
        body: CreateApiTokenInput,
        response: { 201: CreatedApiToken, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createApiToken(ctxOf(req), req.body)),
  );

  app.delete(
    '/api-tokens/:id',
    {
      preHandler: requireAuth(),
      schema: {
        tags,
        summary: 'Revoke an API token',
        params: z.object({ id: Id }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await revokeApiToken(ctxOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
};
