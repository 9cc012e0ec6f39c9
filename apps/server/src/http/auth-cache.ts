import type { FastifyInstance } from 'fastify';
import type { Actor } from './actor.ts';
import { viewCountCache } from '../modules/tickets/view-counts.ts';

/**
 * A short-lived, per-process memory of who a session is and which queues an agent sees, so a
 * burst of list requests does not repeat the same three look-ups. Correctness first:
 * - entries live `ttlMs` of real time (2 s), so a change made through another instance (or
 *   straight in the database) is seen within that;
 * - on this instance every write outside the ticket hot paths (sign-out, session revocation,
 *   agents, teams, queues, organization settings, …) forgets everything before its response is
 *   sent (`installAuthCacheInvalidation`), and the session services forget explicitly too.
 * Keyed by the session token's hash (never the token), and by organization + agent + role.
 */
class AuthCache {
  /** How long an entry is trusted, in ms of real time; 0 turns the cache off. */
  ttlMs = 2000;
  private sessions = new Map<string, { actor: Actor; expiresAt: number; at: number }>();
  private visibility = new Map<string, { queues: 'all' | string[]; at: number }>();

  /** The cached actor of a session token hash, if still trusted and the session not expired at `now`. */
  session(tokenHash: string, now: Date): Actor | null {
    const hit = this.sessions.get(tokenHash);
    if (!hit) return null;
    if (performance.now() - hit.at > this.ttlMs || hit.expiresAt <= now.getTime()) {
      this.sessions.delete(tokenHash);
      return null;
    }
    return hit.actor;
  }

  /** Stamp to take before reading the database, handed back to `rememberSession`. */
  stamp(): number {
    return this.generation;
  }

  rememberSession(tokenHash: string, actor: Actor, expiresAt: Date, stamp: number): void {
    if (this.ttlMs <= 0 || stamp !== this.generation) return;
    if (this.sessions.size > 10_000) this.sessions.clear();
    this.sessions.set(tokenHash, {
      actor,
      expiresAt: expiresAt.getTime(),
      at: performance.now(),
    });
  }

  /** Visible queues of an actor (`kind` separates "visible" from "my team queues"). */
  async queues(
    kind: 'visible' | 'team',
    actor: Actor,
    load: () => Promise<'all' | string[]>,
  ): Promise<'all' | string[]> {
    const key = `${kind}:${actor.organizationId}:${actor.agentId}:${actor.role}`;
    const hit = this.visibility.get(key);
    if (hit && performance.now() - hit.at <= this.ttlMs) return hit.queues;
    const started = this.generation;
    const queues = await load();
    // A write that finished while this was loading may have changed the answer: do not keep it.
    if (this.ttlMs > 0 && started === this.generation) {
      if (this.visibility.size > 10_000) this.visibility.clear();
      this.visibility.set(key, { queues, at: performance.now() });
    }
    return queues;
  }

  private generation = 0;

  /** Forgets every session and visibility entry (after any change that could affect them). */
  forgetAll(): void {
    this.generation++;
    this.sessions.clear();
    this.visibility.clear();
  }
}

/** The process's cache (one per process; entries are keyed by ids, so instances in tests share it safely). */
export const authCache = new AuthCache();

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Writes that cannot change sessions, roles, teams or queue visibility: the hot ticket paths. */
const HOT_WRITES = /^\/api\/v1\/(tickets|drafts|attachments|search)(\/|\?|$)/;

/**
 * Forgets cached answers before the response of a write leaves this instance, so the next request
 * (of anyone) reads the database again: sessions and visibility after every write that may change
 * who someone is or what they see (all but the ticket hot paths), view counts of the writer's
 * organization after every write, and after every live event (jobs, e-mail ingest, automations).
 */
export function installCacheInvalidation(app: FastifyInstance): void {
  app.addHook('onSend', async (req, _reply, payload) => {
    if (SAFE_METHODS.has(req.method)) return payload;
    if (!HOT_WRITES.test(req.url)) authCache.forgetAll();
    viewCountCache.forget(req.actor?.organizationId);
    return payload;
  });
  const unsubscribe = app.deps.events.subscribe((e) => viewCountCache.forget(e.organizationId));
  app.addHook('onClose', async () => unsubscribe());
}
