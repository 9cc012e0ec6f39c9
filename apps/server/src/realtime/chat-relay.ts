import { eq } from 'drizzle-orm';
import type { AppDeps } from '../http/deps.ts';
import { chatMessageSeq, chatSessions } from '../modules/chat/chat.table.ts';
import { chatAgentRooms, chatMessagesOf, deliveredByChat } from '../modules/chat/chat-messages.service.ts';
import { visitorRoom } from '../modules/chat/chat-events.ts';
import type { LiveEvent } from './event-bus.ts';
import type { KontaktServer } from './socket-types.ts';

type Emitter = { to(rooms: string[]): { emit(event: string, payload: unknown): boolean } };

/** The namespace a chat event goes to. */
const namespaceOf = (io: KontaktServer, ns: 'agents' | 'widget'): Emitter =>
  (ns === 'widget' ? io.of('/widget') : io) as unknown as Emitter;

/**
 * A public reply stored outside the chat transport (REST `POST /tickets/{id}/messages` on a chat
 * ticket) reaches the visitor too: its number is looked up and it is sent as `chat.message`.
 */
async function relayReply(deps: AppDeps, io: KontaktServer, messageId: string) {
  const [row] = await deps.db
    .select({ session: chatSessions })
    .from(chatMessageSeq)
    .innerJoin(chatSessions, eq(chatSessions.id, chatMessageSeq.sessionId))
    .where(eq(chatMessageSeq.messageId, messageId));
  if (!row) return;
  const [message] = await chatMessagesOf(deps.db, row.session, { messageIds: [messageId] });
  if (!message) return;
  namespaceOf(io, 'widget')
    .to([visitorRoom(row.session.id)])
    .emit('chat.message', message);
  namespaceOf(io, 'agents').to(chatAgentRooms(row.session)).emit('chat.message', message);
}

/**
 * Emits the chat events this instance's services publish (`chat.emit`) in their namespace; with
 * the Redis adapter they reach the connections of every instance.
 */
export function startChatRelay(deps: AppDeps, io: KontaktServer): () => void {
  return deps.events.subscribe((event: LiveEvent) => {
    try {
      if (event.type === 'chat.emit') {
        namespaceOf(io, event.namespace).to(event.rooms).emit(event.event, event.payload);
      } else if (
        event.type === 'message.created' &&
        event.message.channel === 'chat' &&
        event.message.kind === 'reply'
      ) {
        if (deliveredByChat.delete(event.message.id)) return;
        relayReply(deps, io, event.message.id).catch((err: unknown) =>
          deps.log.warn({ err }, 'chat relay of a reply failed'),
        );
      }
    } catch (err) {
      deps.log.error({ err }, 'chat relay failed');
    }
  });
}
