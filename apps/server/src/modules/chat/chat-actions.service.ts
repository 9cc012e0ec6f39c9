import { and, eq, inArray } from 'drizzle-orm';
import type {
  ChatRateInput,
  JoinChatInput,
  OfflineMessageInput,
  TransferChatInput,
} from '@kontakt/contracts';
import type { Actor } from '../../http/actor.ts';
import type { AppDeps } from '../../http/deps.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { agentRoom } from '../../realtime/rooms.ts';
import { agents } from '../agents/index.ts';
import { createTicket, findTicketForActor, insertMessage, lockTicket } from '../tickets/index.ts';
import { agentPresence } from '../presence/presence.table.ts';
import { chatOffers, chatSessions, type ChatSessionRow } from './chat.table.ts';
import { recordChatRating } from '../surveys/index.ts';
import { publishChat, toAgents } from './chat-events.ts';
import { announceSession, moveChatTicket } from './chat-assign.ts';
import { routeChats } from './routing.service.ts';
import { chatMessagesOf } from './chat-messages.service.ts';
import { channelByPublicId } from './channels.service.ts';
import { describeSession, findSession, visitorCtx } from './sessions.service.ts';

const SUPERVISORS = ['lead', 'admin'];

/**
 * The session for an agent who may act on it: they see its ticket and either have the chat or
 * supervise (leads, admins). Anything else is "not found" (hidden) or 403 (visible, not theirs).
 */
export async function sessionForAgent(deps: AppDeps, actor: Actor, sessionId: string) {
  const session = await findSession(deps.db, actor.organizationId, sessionId);
  if (!session || !(await findTicketForActor(deps.db, actor, session.ticketId))) throw notFound('Chat');
  if (session.agentId !== actor.agentId && !SUPERVISORS.includes(actor.role))
    throw forbidden('This chat is another agent’s.');
  return session;
}

/** Withdraws the pending offer of a chat (it ended or moved), in the caller's transaction. */
async function withdrawOffers(tx: AppDeps['db'], sessionId: string, now: Date) {
  return tx
    .update(chatOffers)
    .set({ state: 'withdrawn', decidedAt: now })
    .where(and(eq(chatOffers.sessionId, sessionId), eq(chatOffers.state, 'pending')))
    .returning();
}

/** Ends a chat (visitor or agent). The ticket stays for the agent's wrap-up. Idempotent. */
export async function endChat(deps: AppDeps, session: ChatSessionRow) {
  if (session.state === 'ended') return;
  const now = deps.clock.now();
  const { ended, withdrawn } = await deps.db.transaction(async (tx) => {
    const [ended] = await tx
      .update(chatSessions)
      .set({ state: 'ended', endedAt: now })
      .where(and(eq(chatSessions.id, session.id), inArray(chatSessions.state, ['waiting', 'active'])))
      .returning();
    const withdrawn = await withdrawOffers(tx, session.id, now);
    if (ended?.agentId)
      await tx.update(agentPresence).set({ idleSince: now }).where(eq(agentPresence.agentId, ended.agentId));
    return { ended, withdrawn };
  });
  if (!ended) return;
  publishChat(
    deps.events,
    withdrawn.map((o) =>
      toAgents(session.organizationId, [agentRoom(o.agentId)], 'chat.offer_withdrawn', {
        offerId: o.id,
        reason: 'ended',
      }),
    ),
  );
  await announceSession(deps, ended, null);
  // A freed slot or a shorter line: offer waiting chats and tell visitors their new place.
  await routeChats(deps, session.organizationId, { announce: true });
}

/** Hands a chat to a colleague (it becomes theirs) or back to a queue, with a note for the next agent. */
export async function transferChat(deps: AppDeps, actor: Actor, sessionId: string, input: TransferChatInput) {
  const session = await sessionForAgent(deps, actor, sessionId);
  if (session.state === 'ended') throw new AppError(409, 'chat_ended', 'This chat has ended.');
  const now = deps.clock.now();
  if (input.toAgentId) {
    const [target] = await deps.db
      .select({ id: agents.id })
      .from(agents)
      .where(
        and(
          eq(agents.organizationId, actor.organizationId),
          eq(agents.id, input.toAgentId),
          eq(agents.active, true),
        ),
      );
    if (!target) throw new AppError(404, 'not_found', 'Agent not found.', { field: 'toAgentId' });
  }
  const ctx = { db: deps.db, actor, meta: { ip: null, userAgent: null }, now };
  const done = await deps.db.transaction(async (tx) => {
    const toQueue = input.toQueueId !== undefined;
    const change = await moveChatTicket(
      tx,
      actor,
      session,
      toQueue ? { assigneeId: null, queueId: input.toQueueId } : { assigneeId: input.toAgentId! },
      now,
    );
    const [moved] = await tx
      .update(chatSessions)
      .set(
        toQueue
          ? { state: 'waiting', agentId: null, queueId: change.row.queueId }
          : { state: 'active', agentId: input.toAgentId!, acceptedAt: now },
      )
      .where(eq(chatSessions.id, session.id))
      .returning();
    await withdrawOffers(tx, session.id, now);
    if (input.note) {
      const ticket = await lockTicket(tx, actor.organizationId, session.ticketId);
      await insertMessage(tx, ctx, ticket, {
        kind: 'note',
        body: { text: input.note },
        author: 'agent',
        mentionIds: input.toAgentId ? [input.toAgentId] : [],
        attachmentIds: [],
      });
    }
    return { moved: moved!, change };
  });
  const presented = await announceSession(
    deps,
    done.moved,
    done.change,
    session.agentId ? [session.agentId] : [],
  );
  if (done.moved.state === 'waiting') await routeChats(deps, actor.organizationId, { announce: true });
  return presented;
}

/** A lead joins a chat: silently (watches, the visitor is not told) or taking it over. */
export async function joinChat(deps: AppDeps, actor: Actor, sessionId: string, input: JoinChatInput) {
  if (!SUPERVISORS.includes(actor.role)) throw forbidden('Only leads and admins join chats.');
  const session = await sessionForAgent(deps, actor, sessionId);
  if (input.mode === 'silent') return describeSession(deps.db, session);
  return transferChat(deps, actor, sessionId, { toAgentId: actor.agentId, note: '' });
}

/**
 * The visitor's rating: a CSAT answer of the chat's ticket in the surveys' answers table (one per
 * ticket; a second one replaces the first; a low one alerts the lead like an e-mailed survey).
 */
export async function rateChat(deps: AppDeps, session: ChatSessionRow, input: ChatRateInput) {
  await recordChatRating(deps, {
    organizationId: session.organizationId,
    ticketId: session.ticketId,
    rating: input.rating,
    comment: input.comment ?? '',
  });
}

/** Mails the conversation to the visitor (the session's e-mail, or the one given). */
export async function sendTranscript(deps: AppDeps, session: ChatSessionRow, email: string | undefined) {
  const to = email ?? session.visitorEmail;
  if (!to) throw new AppError(400, 'validation_failed', 'Give an e-mail address for the transcript.');
  const messages = await chatMessagesOf(deps.db, session, { afterSeq: 0 }, 5_000);
  const lines = messages.map((m) => {
    const who = m.from === 'visitor' ? (session.visitorName ?? 'You') : (m.agent?.name ?? 'Kontakt');
    return `[${m.createdAt.slice(0, 16).replace('T', ' ')}] ${who}: ${m.text}`;
  });
  await deps.mailer.queue({
    organizationId: session.organizationId,
    purpose: 'chat_transcript',
    to,
    subject: 'Your chat transcript',
    text: lines.join('\n'),
  });
}

/** The offline form: an e-mail ticket from the visitor, answered by e-mail. */
export async function leaveOfflineMessage(deps: AppDeps, publicId: string, input: OfflineMessageInput) {
  const channel = await channelByPublicId(deps.db, publicId);
  const ctx = visitorCtx(deps, channel.organizationId);
  return createTicket(ctx, deps.events, {
    subject: input.topic || `Message from ${input.name || input.email}`,
    customer: { email: input.email, ...(input.name ? { name: input.name } : {}) },
    queueId: channel.queueId,
    status: 'new',
    priority: 'normal',
    type: 'question',
    channel: 'email',
    assigneeId: null,
    tags: ['chat-offline'],
    customFields: {},
    contactReasonId: null,
    language: input.language,
    message: {
      kind: 'reply',
      author: 'customer',
      body: { text: input.message },
      mentionIds: [],
      attachmentIds: [],
    },
  });
}
