import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { ChatOffer } from '@kontakt/contracts';
import {
  estimateWaitSeconds,
  planOffers,
  queuePositions,
  type QueueRequirements,
  type RoutingAgent,
  type WaitingChat,
} from '@kontakt/domain';
import type { AppDeps } from '../../http/deps.ts';
import type { Db } from '../../platform/db.ts';
import { queryRows } from '../../platform/db.ts';
import { newId } from '../../platform/crypto.ts';
import { agentRoom, allQueuesRoom, queueRoom } from '../../realtime/rooms.ts';
import type { Actor } from '../../http/actor.ts';
import { agents } from '../agents/index.ts';
import { visibleQueueIds } from '../tickets/index.ts';
import { agentPresence } from '../presence/presence.table.ts';
import {
  chatChannels,
  chatOffers,
  chatQueueRequirements,
  chatSessions,
  type ChatSessionRow,
} from './chat.table.ts';
import { publishChat, toAgents, toVisitor } from './chat-events.ts';
import { presentSession } from './chat.presenter.ts';
import { describeSession } from './sessions.service.ts';

/** Average handling time assumed for wait estimates until reports provide a measured one. */
export const AVERAGE_HANDLE_SECONDS = 180;

type Emit = Parameters<typeof publishChat>[1];

/** Offers as agents see them. */
export const presentOffer = (
  o: { id: string; offeredAt: Date; expiresAt: Date },
  s: ChatSessionRow,
): ChatOffer => ({
  id: o.id,
  sessionId: s.id,
  ticketId: s.ticketId,
  queueId: s.queueId,
  visitorName: s.visitorName ?? s.visitorEmail,
  topic: s.topic,
  language: s.language,
  offeredAt: o.offeredAt.toISOString(),
  expiresAt: o.expiresAt.toISOString(),
  enqueuedAt: s.enqueuedAt.toISOString(),
});

/**
 * Online agents of the organization with their skills, load, pending offers and the queues whose
 * tickets they may see (the tickets policy decides; chats of other queues are not offered).
 */
async function routingAgents(tx: Db, org: string): Promise<RoutingAgent[]> {
  const rows = await tx
    .select({
      id: agents.id,
      role: agents.role,
      skills: agents.skills,
      languages: agents.languages,
      capacity: agentPresence.chatCapacity,
      idleSince: agentPresence.idleSince,
      activeChats: sql<number>`(SELECT count(*)::int FROM chat_sessions s
        WHERE s.agent_id = ${agents.id} AND s.state = 'active')`,
      pendingOffers: sql<number>`(SELECT count(*)::int FROM chat_offers o
        WHERE o.agent_id = ${agents.id} AND o.state = 'pending')`,
    })
    .from(agentPresence)
    .innerJoin(agents, eq(agents.id, agentPresence.agentId))
    .where(
      and(eq(agentPresence.organizationId, org), eq(agentPresence.state, 'online'), eq(agents.active, true)),
    );
  const out: RoutingAgent[] = [];
  for (const { role, ...r } of rows)
    out.push({
      ...r,
      activeChats: Number(r.activeChats),
      pendingOffers: Number(r.pendingOffers),
      idleSince: r.idleSince.getTime(),
      visibleQueueIds: await visibleQueueIds(tx, routingActor(org, r.id, role)),
    });
  return out;
}

/** An agent as the tickets policy sees them when routing asks which queues they see. */
const routingActor = (organizationId: string, agentId: string, role: Actor['role']): Actor => ({
  kind: 'agent',
  organizationId,
  agentId,
  role,
  scopes: [],
  sessionId: null,
  tokenId: null,
  csrfToken: null,
});

/** Waiting chats without a pending offer, with the agents passed over for each (once per offer). */
async function waitingChats(tx: Db, org: string) {
  const rows = await tx
    .select({ session: chatSessions, timeout: chatChannels.offerTimeoutSeconds })
    .from(chatSessions)
    .innerJoin(chatChannels, eq(chatChannels.id, chatSessions.channelId))
    .where(
      and(
        eq(chatSessions.organizationId, org),
        eq(chatSessions.state, 'waiting'),
        sql`NOT EXISTS (SELECT 1 FROM chat_offers o WHERE o.session_id = ${chatSessions.id} AND o.state = 'pending')`,
      ),
    )
    .orderBy(asc(chatSessions.enqueuedAt), asc(chatSessions.id));
  const ids = rows.map((r) => r.session.id);
  const passed = ids.length
    ? await tx
        .select({ sessionId: chatOffers.sessionId, agentId: chatOffers.agentId })
        .from(chatOffers)
        .where(and(inArray(chatOffers.sessionId, ids), inArray(chatOffers.state, ['expired', 'declined'])))
    : [];
  const chats: WaitingChat[] = rows.map(({ session: s }) => ({
    id: s.id,
    queueId: s.queueId,
    language: s.language,
    enqueuedAt: s.enqueuedAt.getTime(),
    passedAgentIds: passed.filter((p) => p.sessionId === s.id).map((p) => p.agentId),
  }));
  return { chats, rows };
}

async function requirementsOf(tx: Db, org: string): Promise<Map<string, QueueRequirements>> {
  const rows = await tx
    .select()
    .from(chatQueueRequirements)
    .where(eq(chatQueueRequirements.organizationId, org));
  return new Map(rows.map((r) => [r.queueId, { requiredSkills: r.requiredSkills, languages: r.languages }]));
}

/**
 * One routing round for an organization, under a transaction-scoped advisory lock so that two
 * instances never decide at the same time: offers past their time expire (their agent is passed
 * over for that chat until every able agent has had a turn, then the round starts again), then
 * waiting chats without an offer are offered in arrival order. The
 * unique index on pending offers backs the lock: a chat never has two offers out.
 */
export async function routeChats(
  deps: AppDeps,
  organizationId: string,
  /** `true`: tell waiting visitors their places; `false`: only the agents the waiting counts. */
  opts: { announce?: boolean } = {},
): Promise<void> {
  const now = deps.clock.now();
  const emits: Emit = [];
  await deps.db.transaction(async (tx) => {
    await queryRows(
      tx,
      sql`SELECT pg_advisory_xact_lock(hashtext('kontakt.chat-routing'), hashtext(${organizationId}))`,
    );
    const expired = await tx
      .update(chatOffers)
      .set({ state: 'expired', decidedAt: now })
      .where(
        and(
          eq(chatOffers.organizationId, organizationId),
          eq(chatOffers.state, 'pending'),
          lte(chatOffers.expiresAt, now),
        ),
      )
      .returning();
    for (const o of expired)
      emits.push(
        toAgents(organizationId, [agentRoom(o.agentId)], 'chat.offer_withdrawn', {
          offerId: o.id,
          reason: 'expired',
        }),
      );
    const { chats, rows } = await waitingChats(tx, organizationId);
    if (chats.length === 0) return;
    const decisions = planOffers(
      chats,
      await requirementsOf(tx, organizationId),
      await routingAgents(tx, organizationId),
    );
    for (const d of decisions) {
      const row = rows.find((r) => r.session.id === d.chatId)!;
      const offer = {
        id: newId(),
        organizationId,
        sessionId: d.chatId,
        agentId: d.agentId,
        state: 'pending' as const,
        offeredAt: now,
        expiresAt: new Date(now.getTime() + row.timeout * 1000),
      };
      await tx.insert(chatOffers).values(offer);
      await tx.update(agentPresence).set({ idleSince: now }).where(eq(agentPresence.agentId, d.agentId));
      emits.push(
        toAgents(organizationId, [agentRoom(d.agentId)], 'chat.offered', presentOffer(offer, row.session)),
      );
    }
  });
  publishChat(deps.events, emits);
  // Waiting counts change when chats arrive or are offered; places in line only when chats leave
  // the line (accepted, ended, moved), which is when callers ask for `announce`.
  if (emits.length || opts.announce !== undefined)
    await announceQueue(deps, organizationId, { positions: opts.announce === true });
}

/**
 * Tells the agents who see each queue how many chats wait there and, with `positions`, every
 * waiting visitor of the organization their place and estimated wait.
 */
export async function announceQueue(
  deps: AppDeps,
  organizationId: string,
  opts: { positions: boolean } = { positions: true },
): Promise<void> {
  const waiting = await deps.db
    .select()
    .from(chatSessions)
    .where(and(eq(chatSessions.organizationId, organizationId), eq(chatSessions.state, 'waiting')));
  const slots = await deps.db
    .select({ n: sql<number>`coalesce(sum(chat_capacity), 0)::int` })
    .from(agentPresence)
    .where(and(eq(agentPresence.organizationId, organizationId), eq(agentPresence.state, 'online')));
  const positions = queuePositions(
    waiting.map((s) => ({ id: s.id, queueId: s.queueId, enqueuedAt: s.enqueuedAt.getTime() })),
  );
  const emits: Emit = (opts.positions ? waiting : []).map((s) => {
    const position = positions.get(s.id) ?? 1;
    return toVisitor(organizationId, s.id, 'chat.status', {
      session: presentSession(s, null),
      position,
      estimatedWaitSeconds: estimateWaitSeconds(position, {
        averageHandleSeconds: AVERAGE_HANDLE_SECONDS,
        onlineSlots: Number(slots[0]?.n ?? 0),
      }),
    });
  });
  const counts = new Map<string, number>();
  for (const s of waiting) counts.set(s.queueId, (counts.get(s.queueId) ?? 0) + 1);
  for (const [queueId, n] of counts)
    emits.push(
      toAgents(organizationId, [queueRoom(queueId), allQueuesRoom(organizationId)], 'chat.queue_changed', {
        queueId,
        waiting: n,
      }),
    );
  publishChat(deps.events, emits);
}

/**
 * The durable timer: every instance runs this every second or so. Expired offers and waiting
 * chats are found in the database, so an offer made by an instance that stopped still moves on.
 */
export async function sweepChatRouting(deps: AppDeps): Promise<number> {
  const now = deps.clock.now();
  const orgs = await queryRows<{ organization_id: string }>(
    deps.db,
    sql`SELECT DISTINCT organization_id FROM chat_offers WHERE state = 'pending' AND expires_at <= ${now.toISOString()}
        UNION SELECT DISTINCT organization_id FROM chat_sessions WHERE state = 'waiting'`,
  );
  for (const { organization_id } of orgs) await routeChats(deps, organization_id);
  return orgs.length;
}

/** Runs the sweep on an interval (not overlapping itself); returns the stop function. */
export function startChatRouting(deps: AppDeps, everyMs = 1_000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepChatRouting(deps)
      .catch((err: unknown) => deps.log.warn({ err }, 'chat routing sweep failed; retrying'))
      .finally(() => (running = false));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** What a visitor is told on (re)connecting: the session and, while waiting, place and wait. */
export async function visitorStatus(deps: AppDeps, session: ChatSessionRow) {
  const presented = await describeSession(deps.db, session);
  if (session.state !== 'waiting') return { session: presented, position: null, estimatedWaitSeconds: null };
  const [ahead] = await queryRows<{ n: number }>(
    deps.db,
    sql`SELECT count(*)::int AS n FROM chat_sessions WHERE organization_id = ${session.organizationId}
        AND queue_id = ${session.queueId} AND state = 'waiting'
        AND (enqueued_at, id) < (${session.enqueuedAt.toISOString()}::timestamptz, ${session.id}::uuid)`,
  );
  const [slots] = await queryRows<{ n: number }>(
    deps.db,
    sql`SELECT coalesce(sum(chat_capacity), 0)::int AS n FROM agent_presence
        WHERE organization_id = ${session.organizationId} AND state = 'online'`,
  );
  const position = Number(ahead?.n ?? 0) + 1;
  return {
    session: presented,
    position,
    estimatedWaitSeconds: estimateWaitSeconds(position, {
      averageHandleSeconds: AVERAGE_HANDLE_SECONDS,
      onlineSlots: Number(slots?.n ?? 0),
    }),
  };
}
