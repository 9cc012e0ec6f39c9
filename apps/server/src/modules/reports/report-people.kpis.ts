import { sql, type SQL } from 'drizzle-orm';
import type { ReportKpis } from '@kontakt/contracts';
import {
  ahtValue,
  npsFromCounts,
  occupancyUtilization,
  ratio,
  serviceLevelFromCounts,
} from '@kontakt/domain';
import { queryRows, type Db } from '../../platform/db.ts';
import { inPeriod, type ReportScope } from './report-filters.ts';

type Kpis = ReportKpis;

/** Agent-level rows (presence, AHT) follow the agent and team filters; queue and channel do not apply. */
function agentWhere(s: ReportScope, alias: string): SQL {
  const a = sql.raw(alias);
  const parts: SQL[] = [sql`${a}.organization_id = ${s.organizationId}`];
  if (s.applied.agentId) parts.push(sql`${a}.agent_id = ${s.applied.agentId}`);
  if (s.applied.teamId)
    parts.push(sql`${a}.agent_id IN (SELECT agent_id FROM team_members WHERE team_id = ${s.applied.teamId})`);
  return sql.join(parts, sql` AND `);
}

/** Chat AHT (talk + after-contact work ÷ chats handled) and occupancy/utilization from presence. */
export async function presenceKpis(
  db: Db,
  s: ReportScope,
): Promise<{ aht: Kpis['aht']; presence: Kpis['presence'] }> {
  const [r] = await queryRows<Record<string, number | null>>(
    db,
    sql`SELECT coalesce(sum(handle_seconds), 0) AS handle, coalesce(sum(available_seconds), 0) AS available,
        coalesce(sum(logged_in_seconds), 0) AS logged, coalesce(sum(chats_handled), 0)::int AS chats,
        coalesce(sum(talk_seconds), 0) AS talk, coalesce(sum(after_contact_seconds), 0) AS acw
      FROM report_agent_days a WHERE ${agentWhere(s, 'a')} AND ${inPeriod(s, 'a.day')}`,
  );
  const n = (k: string) => Number(r?.[k] ?? 0);
  const totals = {
    handleSeconds: n('handle'),
    availableSeconds: n('available'),
    loggedInSeconds: n('logged'),
  };
  const chats = n('chats');
  // After-contact work is counted with chats only when chats were handled (no phone log yet).
  const acw = chats > 0 ? n('acw') : 0;
  return {
    aht: {
      chat: {
        contacts: chats,
        talkSeconds: n('talk'),
        holdSeconds: 0,
        afterContactSeconds: acw,
        value: ahtValue(chats, n('talk') + acw),
      },
      phone: { contacts: 0, talkSeconds: 0, holdSeconds: 0, afterContactSeconds: 0, value: null },
    },
    presence: { ...totals, ...occupancyUtilization(totals) },
  };
}

/** Chat service level (variant named), abandonment and ASA over chats that entered a queue in the period. */
export async function chatKpis(db: Db, s: ReportScope): Promise<Kpis['chat']> {
  const f = s.applied;
  const y = f.slThresholdSeconds;
  const parts: SQL[] = [
    sql`c.organization_id = ${s.organizationId}`,
    sql`c.enqueued_at >= ${s.start.toISOString()} AND c.enqueued_at < ${s.end.toISOString()}`,
  ];
  if (f.queueId) parts.push(sql`c.queue_id = ${f.queueId}`);
  if (f.agentId) parts.push(sql`c.agent_id = ${f.agentId}`);
  if (f.teamId) parts.push(sql`c.queue_id IN (SELECT id FROM queues WHERE team_id = ${f.teamId})`);
  if (f.channel && f.channel !== 'chat') parts.push(sql`false`);
  const wait = sql`extract(epoch FROM (coalesce(c.accepted_at, c.ended_at) - c.enqueued_at))`;
  const [r] = await queryRows<Record<string, number | null>>(
    db,
    sql`SELECT count(*) FILTER (WHERE c.accepted_at IS NOT NULL)::int AS answered,
        count(*) FILTER (WHERE c.accepted_at IS NOT NULL AND ${wait} <= ${y})::int AS answered_within,
        count(*) FILTER (WHERE c.accepted_at IS NULL AND c.state = 'ended')::int AS abandoned,
        count(*) FILTER (WHERE c.accepted_at IS NULL AND c.state = 'ended' AND ${wait} < 5)::int AS abandoned_short,
        count(*) FILTER (WHERE c.accepted_at IS NULL AND c.state = 'ended' AND ${wait} <= ${y})::int AS abandoned_within,
        avg(${wait}) FILTER (WHERE c.accepted_at IS NOT NULL) AS asa
      FROM chat_sessions c WHERE ${sql.join(parts, sql` AND `)}`,
  );
  const n = (k: string) => Number(r?.[k] ?? 0);
  const counts = {
    answered: n('answered'),
    answeredWithin: n('answered_within'),
    abandoned: n('abandoned'),
    abandonedShort: n('abandoned_short'),
    abandonedWithin: n('abandoned_within'),
  };
  const offered = counts.answered + counts.abandoned;
  const abandonment =
    f.abandonmentVariant === 'exclude_short'
      ? ratio(counts.abandoned - counts.abandonedShort, offered - counts.abandonedShort)
      : ratio(counts.abandoned, offered);
  return {
    offered,
    answered: counts.answered,
    abandoned: counts.abandoned,
    serviceLevel: {
      ...serviceLevelFromCounts(counts, f.slVariant),
      thresholdSeconds: y,
      variant: f.slVariant,
    },
    abandonment: { ...abandonment, variant: f.abandonmentVariant },
    asaSeconds: r?.asa === null || r?.asa === undefined ? null : Number(r.asa),
  };
}

/** CSAT, NPS and CES from survey answers given in the period. */
export async function satisfactionKpis(db: Db, s: ReportScope): Promise<Kpis['satisfaction']> {
  const f = s.applied;
  const parts: SQL[] = [
    sql`a.organization_id = ${s.organizationId}`,
    sql`a.created_at >= ${s.start.toISOString()} AND a.created_at < ${s.end.toISOString()}`,
  ];
  if (f.queueId) parts.push(sql`a.queue_id = ${f.queueId}`);
  if (f.teamId) parts.push(sql`a.team_id = ${f.teamId}`);
  if (f.agentId) parts.push(sql`a.agent_id = ${f.agentId}`);
  if (f.channel)
    parts.push(sql`EXISTS (SELECT 1 FROM tickets t WHERE t.id = a.ticket_id AND t.channel = ${f.channel})`);
  const [r] = await queryRows<Record<string, number | null>>(
    db,
    sql`SELECT count(*) FILTER (WHERE kind = 'csat')::int AS csat_n,
        count(*) FILTER (WHERE kind = 'csat' AND score >= 4)::int AS csat_ok,
        count(*) FILTER (WHERE kind = 'nps' AND score >= 9)::int AS pro,
        count(*) FILTER (WHERE kind = 'nps' AND score BETWEEN 7 AND 8)::int AS pas,
        count(*) FILTER (WHERE kind = 'nps' AND score <= 6)::int AS det,
        count(*) FILTER (WHERE kind = 'ces')::int AS ces_n, avg(score) FILTER (WHERE kind = 'ces') AS ces_mean
      FROM survey_answers a WHERE ${sql.join(parts, sql` AND `)}`,
  );
  const n = (k: string) => Number(r?.[k] ?? 0);
  return {
    csat: ratio(n('csat_ok'), n('csat_n')),
    nps: npsFromCounts(n('pro'), n('pas'), n('det')),
    ces: {
      responses: n('ces_n'),
      mean: r?.ces_mean === null || r?.ces_mean === undefined ? null : Number(r.ces_mean),
    },
  };
}
