import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, ServiceCtx } from '../../http/actor.ts';
import { requestMeta } from '../../http/auth-guard.ts';
import { AppError } from '../../http/errors.ts';
import { portalSessionOf, type PortalCustomer } from './portal-auth.service.ts';

/** The portal's session cookie: its own name and path, never an agent session. */
export const PORTAL_COOKIE = 'kontakt_portal';
export const PORTAL_COOKIE_PATH = '/api/portal/';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The customer signed in to the portal of `slug`; 401 otherwise; CSRF checked on writes. */
export async function portalAuth(req: FastifyRequest, slug: string): Promise<PortalCustomer> {
  const { db, clock } = req.server.deps;
  const who = await portalSessionOf(db, slug, req.cookies[PORTAL_COOKIE], clock.now());
  if (!who) throw new AppError(401, 'unauthenticated', 'Sign in to continue.');
  if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== who.session.csrfToken)
    throw new AppError(403, 'csrf_failed', 'The request is missing its CSRF token. Reload the page.');
  return who;
}

export function setPortalCookie(req: FastifyRequest, reply: FastifyReply, token: string, expires: Date) {
  reply.setCookie(PORTAL_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.server.deps.config.cookieSecure,
    path: PORTAL_COOKIE_PATH,
    expires,
  });
}

/**
 * Who acts when a customer does something in the portal: no agent, no token, no scopes. History
 * records it as an integration (`api_token` without an id); messages are the customer's. The
 * lead role only makes the ticket services look the ticket up in every queue: the portal's own
 * queries have already limited everything to the customer's tickets.
 */
export const portalActor = (organizationId: string): Actor => ({
  kind: 'api_token',
  organizationId,
  agentId: '00000000-0000-0000-0000-000000000000',
  role: 'lead',
  scopes: [],
  sessionId: null,
  tokenId: null,
  csrfToken: null,
});

export const portalCtx = (req: FastifyRequest, organizationId: string): ServiceCtx => ({
  db: req.server.deps.db,
  actor: portalActor(organizationId),
  meta: requestMeta(req),
  now: req.server.deps.clock.now(),
});
