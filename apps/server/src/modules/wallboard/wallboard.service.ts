import type {
  AgentState,
  ServiceLevelVariant,
  Wallboard,
  WallboardChatToday,
  WallboardQuery,
} from '@kontakt/contracts';
import { localDateOf, zonedInstant } from '@kontakt/domain';
import type { Actor } from '../../http/actor.ts';
import { forbidden } from '../../http/errors.ts';
import type { Db } from '../../platform/db.ts';
import { findOrganizationSettings } from '../organizations/organizations.settings.ts';
import { listAgentPresence } from '../presence/presence.service.ts';
import { listQueues } from '../tickets/index.ts';
import {
  chatOutcomesSince,
  openTicketsByAssignee,
  slaDue,
  ticketsSince,
  waitingChats,
  waitingTickets,
  type ChatOutcomes,
} from './wallboard.repo.ts';

const secondsSince = (from: Date | null | undefined, now: Date) =>
  from ? Math.max(0, Math.floor((now.getTime() - from.getTime()) / 1000)) : null;

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** Service level and abandonment of the chats so far, in the named variant (DOMAIN.md §3). */
export function chatServiceLevel(
  o: ChatOutcomes,
  thresholdSeconds: number,
  variant: ServiceLevelVariant,
): WallboardChatToday {
  const offered = o.answered + o.abandoned;
  let serviceLevel: number | null;
  let abandonment = share(o.abandoned, offered);
  switch (variant) {
    case 'abandons_missed':
      serviceLevel = share(o.answeredWithin, offered);
      break;
    case 'exclude_short_abandons':
      serviceLevel = share(o.answeredWithin, offered - o.abandonedShort);
      abandonment = share(o.abandoned - o.abandonedShort, offered - o.abandonedShort);
      break;
    case 'abandons_within_met':
      serviceLevel = share(o.answeredWithin + o.abandonedWithin, offered);
      break;
    case 'answered_only':
      serviceLevel = share(o.answeredWithin, o.answered);
      break;
  }
  return {
    thresholdSeconds,
    variant,
    entered: o.entered,
    waiting: o.waiting,
    answered: o.answered,
    answeredWithinThreshold: o.answeredWithin,
    abandoned: o.abandoned,
    serviceLevel,
    abandonment,
    averageSpeedOfAnswerSeconds: o.answered > 0 ? o.waitOfAnsweredSeconds / o.answered : null,
  };
}

/**
 * The live wallboard of the caller's organization (leads and admins): per queue waiting chats and
 * tickets with the longest waits and the SLA at risk, agents by state with their load, and today's
 * volume and chat service level (today: since midnight in the organization's time zone).
 */
export async function wallboard(db: Db, actor: Actor, query: WallboardQuery, now: Date): Promise<Wallboard> {
  if (actor.role !== 'lead' && actor.role !== 'admin') throw forbidden('Only leads and admins see this.');
  const org = actor.organizationId;
  const { timeZone } = await findOrganizationSettings(db, org);
  const since = new Date(zonedInstant(timeZone, localDateOf(timeZone, now.getTime()), 0));
  const until = new Date(now.getTime() + query.riskMinutes * 60_000);
  const [queues, chats, waiting, due, presence, load, byChannel, outcomes] = await Promise.all([
    listQueues(db, org),
    waitingChats(db, org),
    waitingTickets(db, org),
    slaDue(db, org, now, until),
    listAgentPresence(db, org),
    openTicketsByAssignee(db, org),
    ticketsSince(db, org, since),
    chatOutcomesSince(db, org, since, query.thresholdSeconds),
  ]);
  const agentStates: Record<AgentState, number> = { online: 0, busy: 0, away: 0, offline: 0 };
  for (const p of presence) agentStates[p.state]++;
  return {
    at: now.toISOString(),
    riskMinutes: query.riskMinutes,
    queues: queues.map((q) => ({
      queueId: q.id,
      name: q.name,
      chatsWaiting: chats.get(q.id)?.count ?? 0,
      longestChatWaitSeconds: secondsSince(chats.get(q.id)?.oldest, now),
      ticketsWaiting: waiting.get(q.id)?.count ?? 0,
      oldestTicketWaitSeconds: secondsSince(waiting.get(q.id)?.oldest, now),
      slaAtRisk: due.get(q.id)?.atRisk ?? 0,
      slaBreached: due.get(q.id)?.breached ?? 0,
    })),
    agentStates,
    agents: presence.map((p) => ({ ...p, openTickets: load.get(p.agent.id) ?? 0 })),
    today: {
      since: since.toISOString(),
      timeZone,
      tickets: byChannel.reduce((n, c) => n + c.count, 0),
      byChannel: byChannel.sort((a, b) => b.count - a.count),
      chat: chatServiceLevel(outcomes, query.thresholdSeconds, query.variant),
    },
  };
}
