import { sql } from 'drizzle-orm';
import { addDays, localDateOf } from '@kontakt/domain';
import { queryRows, type Db } from '../../platform/db.ts';
import { recomputeTicketFacts, refreshDaily } from './rollup-facts.ts';
import { recomputeAgentDay } from './rollup-presence.ts';

export interface RebuildProgress {
  phase: 'tickets' | 'daily' | 'agents';
  done: number;
  total: number;
}

/**
 * Recomputes every rollup from the history: facts of all tickets (in batches, by id), daily rows
 * of every organization, and every agent-day with presence or chats. The history is never
 * touched. The watermark is set to the instant the rebuild started, so the sweep then picks up
 * what was written meanwhile.
 */
export async function rebuildRollups(
  db: Db,
  now: Date,
  onProgress: (p: RebuildProgress) => void = () => undefined,
  opts: {
    batch?: number;
    /** Batches recomputed at once (default 2). */
    parallel?: number;
    /** Stop after this many tickets (benchmark smoke runs). */
    limit?: number;
  } = {},
): Promise<{ tickets: number; agentDays: number }> {
  const batch = opts.batch ?? 2000;
  await db.execute(sql`TRUNCATE report_next_responses, report_ticket_facts, report_daily, report_agent_days`);
  const [{ n: count }] = (await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM tickets WHERE merged_into_id IS NULL`,
  )) as [{ n: number }];
  const total = Math.min(count, opts.limit ?? count);
  let done = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  onProgress({ phase: 'tickets', done, total });
  // Two batches at a time: one computes in Node while the database reads the next.
  const parallel = opts.parallel ?? 2;
  while (done < total) {
    const ids = await queryRows<{ id: string }>(
      db,
      sql`SELECT id FROM tickets WHERE id > ${after}::uuid AND merged_into_id IS NULL ORDER BY id
        LIMIT ${Math.min(batch * parallel, total - done)}`,
    );
    if (ids.length === 0) break;
    const chunks = [];
    for (let i = 0; i < ids.length; i += batch) chunks.push(ids.slice(i, i + batch).map((r) => r.id));
    await Promise.all(chunks.map((c) => recomputeTicketFacts(db, c, now)));
    done += ids.length;
    after = ids[ids.length - 1]!.id;
    onProgress({ phase: 'tickets', done, total });
  }
  const orgs = await queryRows<{ id: string; tz: string | null }>(
    db,
    sql`SELECT id, settings->>'timeZone' AS tz FROM organizations ORDER BY id`,
  );
  for (const [i, o] of orgs.entries()) {
    await refreshDaily(db, o.id, null);
    onProgress({ phase: 'daily', done: i + 1, total: orgs.length });
  }
  const agentDays = await allAgentDays(db, orgs, now);
  for (const [i, d] of agentDays.entries()) {
    await recomputeAgentDay(db, d, now);
    if (i % 50 === 0 || i === agentDays.length - 1)
      onProgress({ phase: 'agents', done: i + 1, total: agentDays.length });
  }
  // Fresh statistics and visibility map: the dashboards' index-only scans depend on them.
  await db.execute(
    sql`VACUUM (ANALYZE) report_ticket_facts, report_next_responses, report_daily, report_agent_days`,
  );
  await db.execute(sql`INSERT INTO report_rollup_state (id, watermark, refreshed_at)
    VALUES ('history', ${now.toISOString()}, ${now.toISOString()})
    ON CONFLICT (id) DO UPDATE SET watermark = EXCLUDED.watermark, refreshed_at = EXCLUDED.refreshed_at`);
  return { tickets: done, agentDays: agentDays.length };
}

/** Every (agent, local day) from each agent's first presence change or chat to today. */
async function allAgentDays(db: Db, orgs: Array<{ id: string; tz: string | null }>, now: Date) {
  const zones = new Map(orgs.map((o) => [o.id, o.tz ?? 'Europe/Warsaw']));
  const firsts = await queryRows<{ o: string; a: string; at: string }>(
    db,
    sql`SELECT o, a, min(at)::text AS at FROM (
        SELECT organization_id AS o, agent_id AS a, min(changed_at) AS at FROM agent_presence_log GROUP BY 1, 2
        UNION ALL SELECT organization_id, agent_id, min(accepted_at) FROM chat_sessions
          WHERE agent_id IS NOT NULL AND accepted_at IS NOT NULL GROUP BY 1, 2) x GROUP BY o, a`,
  );
  const out: Array<{ organizationId: string; agentId: string; day: string; timeZone: string }> = [];
  for (const f of firsts) {
    const timeZone = zones.get(f.o) ?? 'Europe/Warsaw';
    const today = localDateOf(timeZone, now.getTime());
    for (let d = localDateOf(timeZone, Date.parse(f.at)); d <= today; d = addDays(d, 1))
      out.push({ organizationId: f.o, agentId: f.a, day: d, timeZone });
  }
  return out;
}
