import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { ChatMessage, ChatSendInput } from '@kontakt/contracts';
import type { Actor, ServiceCtx } from '../../http/actor.ts';
import type { AppDeps } from '../../http/deps.ts';
import { AppError } from '../../http/errors.ts';
import type { Db } from '../../platform/db.ts';
import { agentRoom, ticketRoom } from '../../realtime/rooms.ts';
import { agents } from '../agents/index.ts';
import {
  attachments,
  attachmentsByMessage,
  followerIdsByTicket,
  insertMessage,
  lockTicket,
  messages,
  presentTicket,
  tickets,
} from '../tickets/index.ts';
import { chatMessageSeq, type ChatSessionRow } from './chat.table.ts';
import { presentChatMessage } from './chat.presenter.ts';
import { publishChat, toAgents, toVisitor } from './chat-events.ts';
import { visitorCtx } from './sessions.service.ts';

/** Who sends: the session's visitor, or an agent (the chat's agent, or a lead who joined). */
export type ChatSender = { kind: 'visitor' } | { kind: 'agent'; actor: Actor };

/**
 * Message ids this process already delivered as `chat.message`; the relay of REST replies
 * (`message.created`) skips them. Entries are removed when the relay sees them.
 */
export const deliveredByChat = new Set<string>();

/** The stored chat messages of a session with these ids or after a seq, in seq order. */
export async function chatMessagesOf(
  db: Db,
  session: Pick<ChatSessionRow, 'id'>,
  where: { afterSeq: number } | { messageIds: string[] },
  limit = 500,
): Promise<ChatMessage[]> {
  const rows = await db
    .select({ seq: chatMessageSeq, message: messages })
    .from(chatMessageSeq)
    .innerJoin(messages, eq(messages.id, chatMessageSeq.messageId))
    .where(
      and(
        eq(chatMessageSeq.sessionId, session.id),
        'afterSeq' in where
          ? gt(chatMessageSeq.seq, where.afterSeq)
          : inArray(chatMessageSeq.messageId, where.messageIds),
      ),
    )
    .orderBy(asc(chatMessageSeq.seq))
    .limit(limit);
  if (rows.length === 0) return [];
  const files = await attachmentsByMessage(
    db,
    rows.map((r) => r.message.id),
  );
  const agentIds = [...new Set(rows.map((r) => r.message.authorId).filter((id): id is string => !!id))];
  const names = new Map(
    agentIds.length
      ? (
          await db
            .select({ id: agents.id, name: agents.name })
            .from(agents)
            .where(inArray(agents.id, agentIds))
        ).map((a) => [a.id, a.name])
      : [],
  );
  return rows.map((r) =>
    presentChatMessage(
      session.id,
      r.seq,
      r.message,
      files.get(r.message.id) ?? [],
      r.message.authorId ? (names.get(r.message.authorId) ?? null) : null,
    ),
  );
}

async function existingByClientId(db: Db, session: ChatSessionRow, clientId: string) {
  const [seq] = await db
    .select({ messageId: chatMessageSeq.messageId })
    .from(chatMessageSeq)
    .where(and(eq(chatMessageSeq.sessionId, session.id), eq(chatMessageSeq.clientId, clientId)));
  if (!seq) return null;
  return (await chatMessagesOf(db, session, { messageIds: [seq.messageId] }))[0] ?? null;
}

/** Attachments must be uploads to this conversation's ticket that no message uses yet. */
async function assertOwnUploads(db: Db, session: ChatSessionRow, ids: string[]) {
  if (ids.length === 0) return;
  const rows = await db
    .select({ id: attachments.id })
    .from(attachments)
    .where(and(eq(attachments.ticketId, session.ticketId), inArray(attachments.id, ids)));
  if (rows.length !== new Set(ids).size)
    throw new AppError(404, 'not_found', 'An attachment was not found.', { field: 'attachmentIds' });
}

/**
 * Stores one chat message (as a public reply on the chat ticket) before answering; the same
 * clientId again answers the message stored first (`duplicate`). Delivery to the visitor's
 * and the agents' connections follows the commit.
 */
export async function sendChatMessage(
  deps: AppDeps,
  session: ChatSessionRow,
  sender: ChatSender,
  input: ChatSendInput,
): Promise<{ message: ChatMessage; duplicate: boolean }> {
  const known = await existingByClientId(deps.db, session, input.clientId);
  if (known) return { message: known, duplicate: true };
  if (session.state === 'ended') throw new AppError(409, 'chat_ended', 'This chat has ended.');
  const text = input.text.trim();
  if (!text && input.attachmentIds.length === 0)
    throw new AppError(400, 'validation_failed', 'The message is empty.');
  await assertOwnUploads(deps.db, session, input.attachmentIds);
  const ctx: ServiceCtx =
    sender.kind === 'visitor'
      ? visitorCtx(deps, session.organizationId)
      : { db: deps.db, actor: sender.actor, meta: { ip: null, userAgent: null }, now: deps.clock.now() };
  const result = await deps.db.transaction(async (tx) => {
    const ticket = await lockTicket(tx, session.organizationId, session.ticketId);
    const stored = await insertMessage(tx, ctx, ticket, {
      kind: 'reply',
      body: { text: text || '📎' },
      author: sender.kind === 'visitor' ? 'customer' : 'agent',
      externalId: `${session.id}:${input.clientId}`,
      mentionIds: [],
      attachmentIds: input.attachmentIds,
    });
    if (!stored) return null;
    const [fresh] = await tx.select().from(tickets).where(eq(tickets.id, ticket.id));
    const followers = (await followerIdsByTicket(tx, [ticket.id])).get(ticket.id) ?? [];
    return { stored, ticket: presentTicket(fresh!, followers) };
  });
  if (!result) {
    // Lost a race with the same clientId from another connection: answer what that one stored.
    const first = await existingByClientId(deps.db, session, input.clientId);
    if (!first) throw new Error('chat message neither stored nor found');
    return { message: first, duplicate: true };
  }
  const [message] = await chatMessagesOf(deps.db, session, { messageIds: [result.stored.id] });
  const org = session.organizationId;
  deliveredByChat.add(message!.id);
  publishChat(deps.events, [
    toVisitor(org, session.id, 'chat.message', message!),
    toAgents(org, chatAgentRooms(session), 'chat.message', message!),
  ]);
  deps.events.publish([
    { type: 'message.created', organizationId: org, ticket: result.ticket, message: result.stored },
    { type: 'ticket.updated', organizationId: org, ticket: result.ticket },
  ]);
  return { message: message!, duplicate: false };
}

/** Agent-namespace rooms that follow a conversation: its ticket's watchers and its agent. */
export const chatAgentRooms = (session: Pick<ChatSessionRow, 'ticketId' | 'agentId'>) => [
  ticketRoom(session.ticketId),
  ...(session.agentId ? [agentRoom(session.agentId)] : []),
];
