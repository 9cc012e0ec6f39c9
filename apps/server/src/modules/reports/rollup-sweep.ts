import { sql } from 'drizzle-orm';
import { addDays, localDateOf } from '@kontakt/domain';
import { queryRows, type Db } from '../../platform/db.ts';
import { DEFAULT_FCR_DAYS, recomputeTicketFacts, refreshDaily } from './rollup-facts.ts';
import { recomputeAgentDay, type AgentDay } from './rollup-presence.ts';

/** Commits can land late with earlier timestamps: each sweep re-reads this much before the watermark. */
const OVERLAP_MS = 2 * 60_000;
const STATE_ID = 'history';

/** The instant the rollups were last brought up to date (null: never). */
export async function rollupFreshAt(db: Db): Promise<Date | null> {
  const [row] = await queryRows<{ at: string }>(
    db,
    sql`SELECT refreshed_at::text AS at FROM report_rollup_state WHERE id = ${STATE_ID}`,
  );
  return row ? new Date(row.at) : null;
}

async function timeZones(db: Db): Promise<Map<string, string>> {
  const rows = await queryRows<{ id: string; tz: string | null }>(
    db,
    sql`SELECT id, settings->>'timeZone' AS tz FROM organizations`,
  );
  return new Map(rows.map((r) => [r.id, r.tz ?? 'Europe/Warsaw']));
}

/** Tickets whose history changed in (since, until], oldest change first, at most `limit`. */
async function changedTickets(db: Db, since: Date, until: Date, limit: number) {
  return queryRows<{ id: string; at: string }>(
    db,
    sql`SELECT id, max(at)::text AS at FROM (
        SELECT ticket_id AS id, created_at AS at FROM ticket_events WHERE created_at > ${since} AND created_at <= ${until}
        UNION ALL SELECT ticket_id, created_at FROM messages WHERE created_at > ${since} AND created_at <= ${until}
        UNION ALL SELECT id, updated_at FROM tickets WHERE updated_at > ${since} AND updated_at <= ${until}
        UNION ALL SELECT ticket_id, updated_at FROM survey_answers WHERE updated_at > ${since} AND updated_at <= ${until}
      ) c GROUP BY id ORDER BY max(at), id LIMIT ${limit}`,
  );
}

/** Earlier tickets of the same customer and reason whose FCR a new ticket may change. */
async function fcrNeighbours(db: Db, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT DISTINCT o.id FROM tickets t JOIN tickets o ON o.customer_id = t.customer_id
        AND o.contact_reason_id = t.contact_reason_id AND o.organization_id = t.organization_id
        AND o.created_at < t.created_at AND o.created_at >= t.created_at - make_interval(days => ${DEFAULT_FCR_DAYS})
      WHERE t.id IN (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
  );
  return rows.map((r) => r.id);
}

/** Agents and local days whose presence or chats changed, plus today for everyone not offline. */
async function changedAgentDays(
  db: Db,
  since: Date,
  until: Date,
  zones: Map<string, string>,
): Promise<AgentDay[]> {
  const rows = await queryRows<{ o: string; a: string; at: string }>(
    db,
    sql`SELECT organization_id AS o, agent_id AS a, changed_at::text AS at FROM agent_presence_log
          WHERE changed_at > ${since} AND changed_at <= ${until}
        UNION SELECT organization_id, agent_id, accepted_at::text FROM chat_sessions
          WHERE agent_id IS NOT NULL AND accepted_at > ${since} AND accepted_at <= ${until}
        UNION SELECT organization_id, agent_id, ended_at::text FROM chat_sessions
          WHERE agent_id IS NOT NULL AND ended_at > ${since} AND ended_at <= ${until}
        UNION SELECT organization_id, agent_id, ${until.toISOString()} FROM agent_presence WHERE state <> 'offline'`,
  );
  const out = new Map<string, AgentDay>();
  for (const r of rows) {
    const timeZone = zones.get(r.o) ?? 'Europe/Warsaw';
    const day = localDateOf(timeZone, Date.parse(r.at));
    // A state held over midnight changes the day before too.
    for (const d of [addDays(day, -1), day])
      out.set(`${r.a}:${d}`, { organizationId: r.o, agentId: r.a, day: d, timeZone });
  }
  return [...out.values()];
}

export interface SweepResult {
  tickets: number;
  agentDays: number;
  more: boolean;
}

/**
 * The `reports.rollup` job: brings the rollups up to date with the history written since the
 * last sweep (idempotent: everything it touches is recomputed from the history, never incremented).
 */
export async function sweepRollups(db: Db, now: Date, opts: { batch?: number } = {}): Promise<SweepResult> {
  const limit = opts.batch ?? 2000;
  const [state] = await queryRows<{ wm: string }>(
    db,
    sql`SELECT GREATEST(watermark, 'epoch'::timestamptz)::text AS wm FROM report_rollup_state WHERE id = ${STATE_ID}`,
  );
  const watermark = state ? new Date(state.wm) : new Date(0);
  // Late commits only matter near now; catching up older history reads strictly past the
  // watermark, so a batch of equal timestamps cannot be read again and again.
  const recent = now.getTime() - watermark.getTime() < 5 * OVERLAP_MS;
  const since = new Date(Math.max(0, watermark.getTime() - (recent ? OVERLAP_MS : 0)));
  const zones = await timeZones(db);
  const changed = await changedTickets(db, since, now, limit);
  const more = changed.length === limit;
  const ids = changed.map((c) => c.id);
  const all = [...new Set([...ids, ...(await fcrNeighbours(db, ids))])];
  const days = await recomputeTicketFacts(db, all, now);
  for (const [org, set] of days) await refreshDaily(db, org, [...set]);
  const agentDays = await changedAgentDays(db, since, now, zones);
  for (const d of agentDays) await recomputeAgentDay(db, d, now);
  const reached = more ? new Date(changed[changed.length - 1]!.at) : now;
  await db.execute(sql`INSERT INTO report_rollup_state (id, watermark, refreshed_at)
    VALUES (${STATE_ID}, ${reached.toISOString()}, ${now.toISOString()})
    ON CONFLICT (id) DO UPDATE SET watermark = GREATEST(report_rollup_state.watermark, EXCLUDED.watermark),
      refreshed_at = EXCLUDED.refreshed_at`);
  return { tickets: all.length, agentDays: agentDays.length, more };
}

/** Runs the sweep until it has caught up (tests, and the first run after an upgrade). */
export async function catchUpRollups(db: Db, now: Date): Promise<number> {
  let total = 0;
  for (;;) {
    const r = await sweepRollups(db, now);
    total += r.tickets;
    if (!r.more) return total;
  }
}
