import { z } from 'zod';
import { Id, Instant } from './common.ts';
import { AgentPresence, AgentState } from './presence.ts';
import { Channel } from './tickets.ts';

/**
 * How chat service level is counted (DOMAIN.md §3), named on the wallboard:
 * - `abandons_missed`: answered within Y ÷ (answered + abandoned);
 * - `exclude_short_abandons`: as above, abandons under 5 s left out of both;
 * - `abandons_within_met`: abandons within Y count as met;
 * - `answered_only`: answered within Y ÷ answered.
 */
export const ServiceLevelVariant = z.enum([
  'abandons_missed',
  'exclude_short_abandons',
  'abandons_within_met',
  'answered_only',
]);
export type ServiceLevelVariant = z.infer<typeof ServiceLevelVariant>;

/** `GET /api/v1/wallboard` query. */
export const WallboardQuery = z.strictObject({
  /** Y of the service level X/Y, in seconds. */
  thresholdSeconds: z.coerce.number().int().min(1).max(3600).default(20),
  variant: ServiceLevelVariant.default('abandons_missed'),
  /** A running SLA target due within this many minutes is "at risk". */
  riskMinutes: z.coerce.number().int().min(1).max(1440).default(60),
});
export type WallboardQuery = z.infer<typeof WallboardQuery>;

export const WallboardQueue = z.object({
  queueId: Id,
  name: z.string(),
  /** Chats waiting for an agent, and the longest wait so far. */
  chatsWaiting: z.number().int(),
  longestChatWaitSeconds: z.number().int().nullable(),
  /** Unassigned new or open tickets (other than chats), and the age of the oldest. */
  ticketsWaiting: z.number().int(),
  oldestTicketWaitSeconds: z.number().int().nullable(),
  /** Open tickets with a running SLA target due within `riskMinutes`. */
  slaAtRisk: z.number().int(),
  /** Open tickets with a running SLA target already past due. */
  slaBreached: z.number().int(),
});
export type WallboardQueue = z.infer<typeof WallboardQueue>;

export const WallboardAgent = AgentPresence.extend({
  /** Open tickets assigned to the agent. */
  openTickets: z.number().int(),
});
export type WallboardAgent = z.infer<typeof WallboardAgent>;

export const WallboardChatToday = z.object({
  thresholdSeconds: z.number().int(),
  variant: ServiceLevelVariant,
  /** Chats that entered a queue today, by outcome so far. */
  entered: z.number().int(),
  waiting: z.number().int(),
  answered: z.number().int(),
  answeredWithinThreshold: z.number().int(),
  abandoned: z.number().int(),
  /** Share 0–1; null when nothing counts yet ("n/a"). */
  serviceLevel: z.number().nullable(),
  abandonment: z.number().nullable(),
  /** Mean queue wait of the answered (ASA), seconds; null when none. */
  averageSpeedOfAnswerSeconds: z.number().nullable(),
});
export type WallboardChatToday = z.infer<typeof WallboardChatToday>;

/** `GET /api/v1/wallboard` (leads, admins): the live picture of the organization. */
export const Wallboard = z.object({
  at: Instant,
  riskMinutes: z.number().int(),
  queues: z.array(WallboardQueue),
  agentStates: z.record(AgentState, z.number().int()),
  agents: z.array(WallboardAgent),
  today: z.object({
    /** Midnight in the organization's time zone. */
    since: Instant,
    timeZone: z.string(),
    tickets: z.number().int(),
    byChannel: z.array(z.object({ channel: Channel, count: z.number().int() })),
    chat: WallboardChatToday,
  }),
});
export type Wallboard = z.infer<typeof Wallboard>;
