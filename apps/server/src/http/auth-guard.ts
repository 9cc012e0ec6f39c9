import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role, Scope } from '@kontakt/contracts';
import { hasScope, type RequestMeta, type ServiceCtx } from './actor.ts';
import { AppError } from './errors.ts';
import { actorFromApiToken, actorFromSession } from '../modules/auth/index.ts';

export const SESSION_COOKIE = 'kontakt_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const unauthenticated = () => new AppError(401, 'unauthenticated', 'Sign in to continue.');

/**
 * Authenticates by bearer token or session cookie, checks CSRF for cookie-authenticated writes,
 * then the scope (and optionally the role). A missing scope is 403; the resource's existence is
 * decided later by the service ("not found" for other organizations).
 */
export function requireAuth(opts: { scope?: Scope; roles?: Role[] } = {}) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    const { db, clock } = req.server.deps;
    const now = clock.now();
    const header = req.headers.authorization;
    let actor;
    if (header) {
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      actor = m ? await actorFromApiToken(db, m[1]!, now) : null;
      if (!actor) throw new AppError(401, 'unauthenticated', 'The API token is invalid, expired or revoked.');
    } else {
      const cookie = req.cookies[SESSION_COOKIE];
      actor = cookie ? await actorFromSession(db, cookie, now) : null;
      if (!actor) throw unauthenticated();
      if (!SAFE_METHODS.has(req.method)) {
        const sent = req.headers['x-csrf-token'];
        if (typeof sent !== 'string' || sent !== actor.csrfToken) {
          throw new AppError(403, 'csrf_failed', 'The request is missing its CSRF token. Reload the page.');
        }
      }
    }
    if (opts.scope && !hasScope(actor.scopes, opts.scope)) {
      throw new AppError(403, 'insufficient_scope', `This needs the "${opts.scope}" permission.`);
    }
    if (opts.roles && !opts.roles.includes(actor.role)) {
      throw new AppError(403, 'forbidden', 'Your role does not allow this.');
    }
    req.actor = actor;
  };
}

export const requestMeta = (req: FastifyRequest): RequestMeta => ({
  ip: req.ip ?? null,
  userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'] : null,
});

/** The service context of an authenticated request. */
export function ctxOf(req: FastifyRequest): ServiceCtx {
  if (!req.actor) throw unauthenticated();
  return {
    db: req.server.deps.db,
    actor: req.actor,
    meta: requestMeta(req),
    now: req.server.deps.clock.now(),
  };
}
