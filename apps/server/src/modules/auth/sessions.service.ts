import { and, desc, eq, gt, isNull, lt, ne, or } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { ROLE_SCOPES } from '../../http/actor.ts';
import { authCache } from '../../http/auth-cache.ts';
import { newId, randomToken, sha256 } from '../../platform/crypto.ts';
import { agents } from '../agents/index.ts';
import { sessions, type SessionRow } from './auth.table.ts';

/** Sessions are refreshed in the database at most this often, to keep reads cheap. */
const TOUCH_EVERY_MS = 60_000;

export async function createSession(
  db: Db,
  opts: { organizationId: string; agentId: string; meta: RequestMeta; now: Date; ttlHours: number },
): Promise<{ token: string; session: SessionRow }> {
  const token = randomToken();
  const [session] = await db
    .insert(sessions)
    .values({
      id: newId(),
      organizationId: opts.organizationId,
      agentId: opts.agentId,
      tokenHash: sha256(token),
      csrfToken: randomToken(24),
      ip: opts.meta.ip,
      userAgent: opts.meta.userAgent?.slice(0, 400) ?? null,
      createdAt: opts.now,
      lastSeenAt: opts.now,
      expiresAt: new Date(opts.now.getTime() + opts.ttlHours * 3600_000),
    })
    .returning();
  return { token, session: session! };
}

/** The actor behind a session cookie, or null when it is unknown, expired, revoked or the agent is disabled. */
export async function actorFromSession(db: Db, token: string, now: Date): Promise<Actor | null> {
  const hash = sha256(token);
  const key = hash.toString('base64');
  const cached = authCache.session(key, now);
  if (cached) return cached;
  const stamp = authCache.stamp();
  const [row] = await db
    .select({ session: sessions, role: agents.role, active: agents.active })
    .from(sessions)
    .innerJoin(agents, eq(agents.id, sessions.agentId))
    .where(and(eq(sessions.tokenHash, hash), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row || !row.active) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.session.id));
  }
  const actor: Actor = {
    kind: 'agent',
    organizationId: row.session.organizationId,
    agentId: row.session.agentId,
    role: row.role,
    scopes: ROLE_SCOPES[row.role],
    sessionId: row.session.id,
    tokenId: null,
    csrfToken: row.session.csrfToken,
  };
  authCache.rememberSession(key, actor, row.session.expiresAt, stamp);
  return actor;
}

export async function listSessions(db: Db, agentId: string, now: Date): Promise<SessionRow[]> {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.agentId, agentId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastSeenAt));
}

/** Revokes one of the agent's own sessions; false when there is no such live session. */
export async function revokeSession(db: Db, agentId: string, sessionId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, sessionId), eq(sessions.agentId, agentId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  authCache.forgetAll();
  return rows.length > 0;
}

/** Revokes every session of an agent (after a password change or reset), except `keep`. */
export async function revokeAllSessions(db: Db, agentId: string, now: Date, keep?: string): Promise<void> {
  const conds = [eq(sessions.agentId, agentId), isNull(sessions.revokedAt)];
  if (keep) conds.push(ne(sessions.id, keep));
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(...conds));
  authCache.forgetAll();
}

/** The `sessions.cleanup` job: drops sessions expired or revoked more than a day ago. */
export async function deleteStaleSessions(db: Db, now: Date): Promise<number> {
  const dayAgo = new Date(now.getTime() - 86_400_000);
  const rows = await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, dayAgo), lt(sessions.revokedAt, dayAgo)))
    .returning({ id: sessions.id });
  return rows.length;
}

export const presentSession = (s: SessionRow, currentId: string | null) => ({
  id: s.id,
  current: s.id === currentId,
  ip: s.ip,
  userAgent: s.userAgent,
  createdAt: s.createdAt.toISOString(),
  lastSeenAt: s.lastSeenAt.toISOString(),
  expiresAt: s.expiresAt.toISOString(),
});
