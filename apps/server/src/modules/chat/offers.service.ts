import { and, asc, eq, gt } from 'drizzle-orm';
import type { Actor } from '../../http/actor.ts';
import type { AppDeps } from '../../http/deps.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { agentRoom } from '../../realtime/rooms.ts';
import { agentPresence } from '../presence/presence.table.ts';
import { chatOffers, chatSessions } from './chat.table.ts';
import { publishChat, toAgents } from './chat-events.ts';
import { announceQueue, presentOffer, routeChats } from './routing.service.ts';
import { announceSession, moveChatTicket } from './chat-assign.ts';

const offerGone = () => new AppError(409, 'offer_gone', 'This chat offer has expired or was taken.');

/** The caller's pending offers (e.g. after a reconnect). */
export async function listMyOffers(deps: AppDeps, actor: Actor) {
  const rows = await deps.db
    .select({ offer: chatOffers, session: chatSessions })
    .from(chatOffers)
    .innerJoin(chatSessions, eq(chatSessions.id, chatOffers.sessionId))
    .where(
      and(
        eq(chatOffers.organizationId, actor.organizationId),
        eq(chatOffers.agentId, actor.agentId),
        eq(chatOffers.state, 'pending'),
        gt(chatOffers.expiresAt, deps.clock.now()),
      ),
    )
    .orderBy(asc(chatOffers.offeredAt));
  return rows.map((r) => presentOffer(r.offer, r.session));
}

/**
 * Accepts an offer made to the caller: the chat becomes theirs and so does its ticket. An offer
 * that expired, was withdrawn or whose chat ended answers 409 `offer_gone`.
 */
export async function acceptOffer(deps: AppDeps, actor: Actor, offerId: string) {
  const now = deps.clock.now();
  const done = await deps.db.transaction(async (tx) => {
    const [offer] = await tx
      .select()
      .from(chatOffers)
      .where(and(eq(chatOffers.organizationId, actor.organizationId), eq(chatOffers.id, offerId)))
      .for('update');
    if (!offer || offer.agentId !== actor.agentId) throw notFound('Chat offer');
    if (offer.state !== 'pending' || offer.expiresAt <= now) throw offerGone();
    const [session] = await tx
      .select()
      .from(chatSessions)
      .where(eq(chatSessions.id, offer.sessionId))
      .for('update');
    if (!session || session.state !== 'waiting') throw offerGone();
    await tx.update(chatOffers).set({ state: 'accepted', decidedAt: now }).where(eq(chatOffers.id, offer.id));
    const [updated] = await tx
      .update(chatSessions)
      .set({ state: 'active', agentId: actor.agentId, acceptedAt: now })
      .where(eq(chatSessions.id, session.id))
      .returning();
    await tx.update(agentPresence).set({ idleSince: now }).where(eq(agentPresence.agentId, actor.agentId));
    const change = await moveChatTicket(tx, actor, session, { assigneeId: actor.agentId }, now);
    return { session: updated!, change };
  });
  const presented = await announceSession(deps, done.session, done.change);
  await announceQueue(deps, actor.organizationId);
  return presented;
}

/** Declines an offer: the chat goes to the next agent at once; this agent is passed over for it. */
export async function declineOffer(deps: AppDeps, actor: Actor, offerId: string) {
  const now = deps.clock.now();
  const [offer] = await deps.db
    .update(chatOffers)
    .set({ state: 'declined', decidedAt: now })
    .where(
      and(
        eq(chatOffers.organizationId, actor.organizationId),
        eq(chatOffers.id, offerId),
        eq(chatOffers.agentId, actor.agentId),
        eq(chatOffers.state, 'pending'),
      ),
    )
    .returning();
  if (!offer) throw offerGone();
  publishChat(deps.events, [
    toAgents(actor.organizationId, [agentRoom(actor.agentId)], 'chat.offer_withdrawn', {
      offerId,
      reason: 'taken',
    }),
  ]);
  await routeChats(deps, actor.organizationId);
}
