import { fastifyCookie } from '@fastify/cookie';
import { eq } from 'drizzle-orm';
import type { RealtimeConnectError } from '@kontakt/contracts';
import type { AppDeps } from '../http/deps.ts';
import type { Actor } from '../http/actor.ts';
import { hasScope } from '../http/actor.ts';
import { SESSION_COOKIE } from '../http/auth-guard.ts';
import { actorFromApiToken, actorFromSession } from '../modules/auth/index.ts';
import { agents } from '../modules/agents/index.ts';
import type { Connections, Credential, KontaktSocket } from './socket-types.ts';

type ConnectErrorCode = RealtimeConnectError['code'];
type Handshake = KontaktSocket['handshake'];

/** A handshake refusal the client sees as `connect_error` with `err.data.code`. */
export const refusal = (code: ConnectErrorCode) => Object.assign(new Error(code), { data: { code } });

/**
 * The credential of a handshake: an API token in `auth.token` (or an `Authorization: Bearer`
 * header), else the session cookie. A token, once given, is never overridden by a cookie.
 */
export function credentialOf(handshake: Handshake): Credential | null {
  const auth = handshake.auth as { token?: unknown } | undefined;
  const header = handshake.headers.authorization;
  const raw = typeof auth?.token === 'string' ? auth.token : typeof header === 'string' ? header : null;
  if (raw !== null) return { kind: 'api_token', token: raw.replace(/^Bearer\s+/i, '').trim() };
  const cookies = handshake.headers.cookie ? fastifyCookie.parse(handshake.headers.cookie) : {};
  const session = cookies[SESSION_COOKIE];
  return session ? { kind: 'session', token: session } : null;
}

/** The actor behind a credential now, or null when it is unknown, expired, revoked or disabled. */
export function actorFor(deps: AppDeps, credential: Credential): Promise<Actor | null> {
  const now = deps.clock.now();
  return credential.kind === 'session'
    ? actorFromSession(deps.db, credential.token, now)
    : actorFromApiToken(deps.db, credential.token, now);
}

/**
 * Cookies ride along on cross-site WebSocket handshakes (no CORS there, no CSRF header), so a
 * cookie-authenticated browser handshake must come from Kontakt's own origin: PUBLIC_URL or the
 * host it was sent to (a development proxy). Non-browser clients send no Origin.
 */
export function originAllowed(handshake: Handshake, publicUrl: string): boolean {
  const origin = handshake.headers.origin;
  if (!origin) return true;
  try {
    const url = new URL(origin);
    return url.origin === new URL(publicUrl).origin || url.host === handshake.headers.host;
  } catch {
    return false;
  }
}

/** Socket.IO middleware: authenticates the handshake and prepares the connection's state. */
export function authenticateSocket(deps: AppDeps, connections: Connections) {
  return (socket: KontaktSocket, next: (err?: Error) => void) => {
    authenticate(deps, connections, socket).then(
      (code) => next(code ? refusal(code) : undefined),
      (err: unknown) => {
        deps.log.error({ err }, 'realtime handshake failed');
        next(refusal('unavailable'));
      },
    );
  };
}

async function authenticate(
  deps: AppDeps,
  connections: Connections,
  socket: KontaktSocket,
): Promise<ConnectErrorCode | null> {
  const credential = credentialOf(socket.handshake);
  if (!credential) return 'unauthenticated';
  if (credential.kind === 'session' && !originAllowed(socket.handshake, deps.config.publicUrl)) {
    return 'forbidden';
  }
  const actor = await actorFor(deps, credential);
  if (!actor) return 'unauthenticated';
  if (!hasScope(actor.scopes, 'tickets:read')) return 'insufficient_scope';
  const [agent] = await deps.db
    .select({ id: agents.id, name: agents.name })
    .from(agents)
    .where(eq(agents.id, actor.agentId));
  if (!agent) return 'unauthenticated';
  socket.data = { organizationId: actor.organizationId, agent, presence: {} };
  connections.set(socket, { credential, actor, initialRooms: [] });
  return null;
}
