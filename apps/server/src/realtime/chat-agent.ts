import { ChatSendInput, ChatSyncInput, ChatTypingInput } from '@kontakt/contracts';
import type { AppDeps } from '../http/deps.ts';
import { AppError } from '../http/errors.ts';
import { findTicketForActor } from '../modules/tickets/index.ts';
import { chatMessagesOf, sendChatMessage } from '../modules/chat/chat-messages.service.ts';
import { visitorRoom } from '../modules/chat/chat-events.ts';
import { sessionForAgent } from '../modules/chat/chat-actions.service.ts';
import { describeSession, findSession } from '../modules/chat/sessions.service.ts';
import { chatHandler } from './chat-ack.ts';
import type { Connections, KontaktServer, KontaktSocket } from './socket-types.ts';

const noChat = () => new AppError(404, 'not_found', 'No such chat.');

/**
 * Chat requests of agents on the default namespace: `chat.send` (the chat's agent or a
 * supervisor), `chat.sync` and `chat.typing` (anyone who sees the chat's ticket may sync).
 */
export function registerChatAgent(
  deps: AppDeps,
  io: KontaktServer,
  socket: KontaktSocket,
  connections: Connections,
) {
  const actorOf = () => {
    const actor = connections.get(socket)?.actor;
    if (!actor) throw noChat();
    return actor;
  };
  /** A session whose ticket the agent sees. */
  const visibleSession = async (sessionId: string | undefined) => {
    const actor = actorOf();
    const row = sessionId ? await findSession(deps.db, actor.organizationId, sessionId) : null;
    if (!row || !(await findTicketForActor(deps.db, actor, row.ticketId))) throw noChat();
    return row;
  };

  socket.on(
    'chat.send',
    chatHandler(ChatSendInput, deps.log, async (input) => {
      if (!input.sessionId) throw noChat();
      const actor = actorOf();
      const session = await sessionForAgent(deps, actor, input.sessionId);
      const result = await sendChatMessage(deps, session, { kind: 'agent', actor }, input);
      return { ok: true as const, ...result };
    }),
  );

  socket.on(
    'chat.sync',
    chatHandler(ChatSyncInput, deps.log, async ({ sessionId, afterSeq }) => {
      const row = await visibleSession(sessionId);
      return {
        ok: true as const,
        session: await describeSession(deps.db, row),
        messages: await chatMessagesOf(deps.db, row, { afterSeq }),
      };
    }),
  );

  socket.on(
    'chat.typing',
    chatHandler(ChatTypingInput, deps.log, async ({ sessionId, typing }) => {
      const row = await visibleSession(sessionId);
      const firstName = socket.data.agent.name.split(/\s+/)[0] ?? null;
      (io.of('/widget') as unknown as { to(r: string): { emit(e: string, p: unknown): void } })
        .to(visitorRoom(row.id))
        .emit('chat.typing', { sessionId: row.id, from: 'agent', name: firstName, typing });
      return { ok: true as const };
    }),
  );
}
