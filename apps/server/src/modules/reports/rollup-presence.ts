import { sql } from 'drizzle-orm';
import {
  AFTER_CONTACT_WORK,
  addDays,
  presenceBreakdown,
  presenceSpans,
  zonedInstant,
  type PresenceSpan,
} from '@kontakt/domain';
import { queryRows, type Db } from '../../platform/db.ts';

/** One agent's local day to recompute. */
export interface AgentDay {
  organizationId: string;
  agentId: string;
  day: string;
  timeZone: string;
}

/**
 * Recomputes the presence and chat handling of one agent on one local day from the presence
 * log and the chat sessions (up to `now` for today). Idempotent: the row is replaced.
 */
export async function recomputeAgentDay(db: Db, d: AgentDay, now: Date): Promise<void> {
  const start = zonedInstant(d.timeZone, d.day, 0);
  const end = Math.min(zonedInstant(d.timeZone, addDays(d.day, 1), 0), now.getTime());
  if (end <= start) return;
  const [s, e] = [new Date(start).toISOString(), new Date(end).toISOString()];
  const log = await queryRows<{ at: string; state: PresenceSpan['state']; reason: string | null }>(
    db,
    sql`(SELECT changed_at::text AS at, state, reason_code AS reason FROM agent_presence_log
          WHERE organization_id = ${d.organizationId} AND agent_id = ${d.agentId} AND changed_at <= ${s}
          ORDER BY changed_at DESC LIMIT 1)
        UNION ALL
        (SELECT changed_at::text, state, reason_code FROM agent_presence_log
          WHERE organization_id = ${d.organizationId} AND agent_id = ${d.agentId} AND changed_at > ${s} AND changed_at < ${e})`,
  );
  const chats = await queryRows<{ a: string; b: string | null }>(
    db,
    sql`SELECT accepted_at::text AS a, ended_at::text AS b FROM chat_sessions
        WHERE organization_id = ${d.organizationId} AND agent_id = ${d.agentId} AND accepted_at IS NOT NULL
          AND accepted_at < ${e} AND (ended_at IS NULL OR ended_at > ${s})`,
  );
  const spans = presenceSpans(
    log.map((l) => ({ at: Math.max(start, Date.parse(l.at)), state: l.state, reasonCode: l.reason })),
    end,
  );
  const talk = chats.map(
    (c) => [Math.max(start, Date.parse(c.a)), Math.min(end, c.b ? Date.parse(c.b) : end)] as const,
  );
  const b = presenceBreakdown(spans, talk);
  // Chats handled that day: accepted that day and ended; their talk counts in AHT.
  const handled = chats.filter((c) => c.b && Date.parse(c.a) >= start);
  const talkSeconds = handled.reduce((sum, c) => sum + (Date.parse(c.b!) - Date.parse(c.a)) / 1000, 0);
  const acw = spans
    .filter((x) => x.state !== 'offline' && x.reasonCode === AFTER_CONTACT_WORK)
    .reduce((sum, x) => sum + (x.to - x.from) / 1000, 0);
  await db.execute(sql`INSERT INTO report_agent_days (organization_id, agent_id, day, handle_seconds,
      available_seconds, logged_in_seconds, chats_handled, talk_seconds, after_contact_seconds, computed_at)
    VALUES (${d.organizationId}, ${d.agentId}, ${d.day}, ${b.handleSeconds}, ${b.availableSeconds},
      ${b.loggedInSeconds}, ${handled.length}, ${talkSeconds}, ${acw}, ${now.toISOString()})
    ON CONFLICT (organization_id, agent_id, day) DO UPDATE SET handle_seconds = EXCLUDED.handle_seconds,
      available_seconds = EXCLUDED.available_seconds, logged_in_seconds = EXCLUDED.logged_in_seconds,
      chats_handled = EXCLUDED.chats_handled, talk_seconds = EXCLUDED.talk_seconds,
      after_contact_seconds = EXCLUDED.after_contact_seconds, computed_at = EXCLUDED.computed_at`);
}
