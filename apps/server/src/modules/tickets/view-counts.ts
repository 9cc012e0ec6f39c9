import { sql, type SQL } from 'drizzle-orm';
import type { TicketFilters } from '@kontakt/contracts';
import { queryRows, type Db } from '../../platform/db.ts';
import type { Actor } from '../../http/actor.ts';
import { countQuery } from './ticket-list.ts';
import { teamQueueIds } from './tickets.policy.ts';

/** A view's count, stopped at the cap ("1000+"). */
export interface ViewCount {
  count: number;
  capped: boolean;
}

/**
 * Counts of the sidebar's views, remembered per organization, reader and filters for `ttlMs` of
 * real time: every agent's inbox asks for them after each live event, so a burst of readers
 * shares one count. Forgotten for the organization on every ticket change this instance makes or
 * hears of (`forget`, called by the HTTP layer and the event bus); changes made elsewhere show
 * within `ttlMs`.
 */
class ViewCountCache {
  ttlMs = 2000;
  private entries = new Map<string, Map<string, { value: ViewCount; at: number }>>();
  private generation = new Map<string, number>();

  get(org: string, key: string): ViewCount | null {
    const hit = this.entries.get(org)?.get(key);
    return hit && performance.now() - hit.at <= this.ttlMs ? hit.value : null;
  }

  stamp(org: string): number {
    return this.generation.get(org) ?? 0;
  }

  set(org: string, key: string, value: ViewCount, stamp: number): void {
    if (this.ttlMs <= 0 || stamp !== this.stamp(org)) return;
    let byKey = this.entries.get(org);
    if (!byKey || byKey.size > 5000) this.entries.set(org, (byKey = new Map()));
    byKey.set(key, { value, at: performance.now() });
  }

  /** Forgets the counts of one organization (or of all). */
  forget(org?: string): void {
    if (org === undefined) {
      for (const o of this.entries.keys()) this.generation.set(o, this.stamp(o) + 1);
      this.entries.clear();
      return;
    }
    this.generation.set(org, this.stamp(org) + 1);
    this.entries.delete(org);
  }
}

export const viewCountCache = new ViewCountCache();

/**
 * The counts of several views for one reader, in the views' order: cached ones from memory, the
 * rest in a single statement (one scalar subquery per view, each stopping at `cap` + 1 rows).
 */
export async function countViews(
  db: Db,
  actor: Actor,
  visible: 'all' | string[],
  filterSets: TicketFilters[],
  cap = 1000,
): Promise<ViewCount[]> {
  const org = actor.organizationId;
  const stamp = viewCountCache.stamp(org);
  const keyOf = (f: TicketFilters) =>
    `${actor.agentId}|${visible === 'all' ? 'all' : visible.join(',')}|${JSON.stringify(f)}`;
  const out: Array<ViewCount | null> = filterSets.map((f) => viewCountCache.get(org, keyOf(f)));
  const missing = filterSets.flatMap((f, i) => (out[i] ? [] : [i]));
  if (missing.length === 0) return out as ViewCount[];
  const myQueues = missing.some((i) => filterSets[i]!.myQueuesOnly)
    ? await teamQueueIds(db, actor)
    : undefined;
  const parts: SQL[] = missing.map(
    (i, n) =>
      sql`(SELECT count(*)::int FROM (${countQuery(db, actor, visible, filterSets[i]!, cap, myQueues)}) ${sql.raw(`m${n}`)}) AS ${sql.raw(`c${n}`)}`,
  );
  const [row] = await queryRows<Record<string, number | string>>(db, sql`SELECT ${sql.join(parts, sql`, `)}`);
  missing.forEach((i, n) => {
    const total = Number(row![`c${n}`]);
    const value = { count: Math.min(total, cap), capped: total > cap };
    viewCountCache.set(org, keyOf(filterSets[i]!), value, stamp);
    out[i] = value;
  });
  return out as ViewCount[];
}
