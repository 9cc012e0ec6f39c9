import type { Locale } from '@kontakt/contracts';

/**
 * Chat routing as pure decisions: who may take a chat, who gets it, in which order waiting chats
 * are served, and what a visitor is told about their wait. The server loads the facts under a
 * lock, asks these functions, and stores the answer.
 */

/** An agent as routing sees them: only agents who are online are given. */
export interface RoutingAgent {
  id: string;
  skills: readonly string[];
  languages: readonly Locale[];
  /** Concurrent chats the agent takes. */
  capacity: number;
  /** Chats the agent has now (accepted, not ended). */
  activeChats: number;
  /** Offers waiting for the agent's answer (each holds a slot). */
  pendingOffers: number;
  /** Since when the agent has not been given a chat (ms since epoch); smaller = idle longer. */
  idleSince: number;
  /** Queues whose tickets the agent may see: only chats of these are offered to them. */
  visibleQueueIds: 'all' | readonly string[];
}

/** A chat waiting for an agent. */
export interface WaitingChat {
  id: string;
  queueId: string;
  language: Locale;
  /** When the chat entered the queue (ms since epoch). */
  enqueuedAt: number;
  /**
   * One entry per offer of this chat that its agent let expire or declined (an agent appears
   * once per such offer). Routing goes round: an agent passed over more often than another
   * able agent waits until that one has had their turn; when all are even, the round starts again.
   */
  passedAgentIds: readonly string[];
}

/** What a chat queue asks of its agents. */
export interface QueueRequirements {
  /** Every one of these skills is needed. */
  requiredSkills: readonly string[];
  /** Languages the queue serves; empty: any. */
  languages: readonly Locale[];
}

export const NO_REQUIREMENTS: QueueRequirements = { requiredSkills: [], languages: [] };

/** Slots the agent has left: capacity less active chats and pending offers (never negative). */
export const freeCapacity = (a: RoutingAgent): number =>
  Math.max(0, a.capacity - a.activeChats - a.pendingOffers);

/**
 * The language an agent must speak for the chat: the visitor's when the queue serves it (or
 * serves any), else the queue's first language.
 */
export function requiredLanguage(chat: Pick<WaitingChat, 'language'>, req: QueueRequirements): Locale {
  if (req.languages.length === 0 || req.languages.includes(chat.language)) return chat.language;
  return req.languages[0]!;
}

/** Whether the agent sees the chat's queue, has the skills and language for it and a free slot. */
export function canServe(agent: RoutingAgent, chat: WaitingChat, req: QueueRequirements): boolean {
  if (freeCapacity(agent) <= 0) return false;
  if (agent.visibleQueueIds !== 'all' && !agent.visibleQueueIds.includes(chat.queueId)) return false;
  const skills = new Set(agent.skills.map((s) => s.toLowerCase()));
  if (!req.requiredSkills.every((s) => skills.has(s.toLowerCase()))) return false;
  return agent.languages.includes(requiredLanguage(chat, req));
}

/** Better first: most free capacity, then idle longest, then id (a stable order). */
function compareAgents(a: RoutingAgent, b: RoutingAgent): number {
  return freeCapacity(b) - freeCapacity(a) || a.idleSince - b.idleSince || (a.id < b.id ? -1 : 1);
}

/**
 * The agent to offer the chat to, or null when nobody can take it now. Among the able agents,
 * only those passed over least often for this chat are candidates (the current round); once
 * every able agent has let an offer expire or declined it, all are even again and the best by
 * the usual order gets it.
 */
export function pickAgent(
  chat: WaitingChat,
  req: QueueRequirements,
  agents: readonly RoutingAgent[],
): RoutingAgent | null {
  const able = agents.filter((a) => canServe(a, chat, req));
  if (able.length === 0) return null;
  const passes = new Map<string, number>();
  for (const id of chat.passedAgentIds) passes.set(id, (passes.get(id) ?? 0) + 1);
  const round = Math.min(...able.map((a) => passes.get(a.id) ?? 0));
  return able.filter((a) => (passes.get(a.id) ?? 0) === round).sort(compareAgents)[0]!;
}

/** Waiting chats in the order they are served: arrival, then id. */
export const servingOrder = <T extends Pick<WaitingChat, 'enqueuedAt' | 'id'>>(chats: readonly T[]): T[] =>
  [...chats].sort((a, b) => a.enqueuedAt - b.enqueuedAt || (a.id < b.id ? -1 : 1));

/** One decision: offer this chat to this agent. */
export interface OfferDecision {
  chatId: string;
  agentId: string;
}

/**
 * Offers for the waiting chats (those without a pending offer), in arrival order: each chat
 * goes to the best agent left, whose offer then holds one of their slots. A chat nobody can take
 * does not block later chats that others can (another queue, another language).
 */
export function planOffers(
  chats: readonly WaitingChat[],
  requirements: ReadonlyMap<string, QueueRequirements>,
  agents: readonly RoutingAgent[],
): OfferDecision[] {
  const pool = agents.map((a) => ({ ...a }));
  const decisions: OfferDecision[] = [];
  for (const chat of servingOrder(chats)) {
    const agent = pickAgent(chat, requirements.get(chat.queueId) ?? NO_REQUIREMENTS, pool);
    if (!agent) continue;
    agent.pendingOffers += 1;
    // Being given a chat ends the agent's idle time: the next tie goes to someone else.
    agent.idleSince = Number.MAX_SAFE_INTEGER;
    decisions.push({ chatId: chat.id, agentId: agent.id });
  }
  return decisions;
}

/** Whether an offer made at `expiresAt` has run out at `now` (both ms since epoch). */
export const offerExpired = (expiresAt: number, now: number): boolean => now >= expiresAt;

/** 1-based place of each waiting chat in its queue, by arrival. */
export function queuePositions(chats: readonly Pick<WaitingChat, 'id' | 'queueId' | 'enqueuedAt'>[]) {
  const positions = new Map<string, number>();
  const counters = new Map<string, number>();
  for (const chat of servingOrder(chats)) {
    const n = (counters.get(chat.queueId) ?? 0) + 1;
    counters.set(chat.queueId, n);
    positions.set(chat.id, n);
  }
  return positions;
}

/**
 * Estimated seconds until a chat at `position` is taken: the chats up to it are served by the
 * slots of the online agents, each slot freeing about once per average handling time. With no
 * slot at all it counts as one (someone comes back eventually).
 */
export function estimateWaitSeconds(
  position: number,
  opts: { averageHandleSeconds: number; onlineSlots: number },
): number {
  const slots = Math.max(1, opts.onlineSlots);
  return Math.ceil((Math.max(1, position) * opts.averageHandleSeconds) / slots);
}
