import type { Namespace, Socket } from 'socket.io';
import {
  ChatEndInput,
  ChatRateInput,
  ChatSendInput,
  ChatSyncInput,
  ChatTranscriptInput,
  ChatTypingInput,
  type WidgetClientEvents,
  type WidgetServerEvents,
} from '@kontakt/contracts';
import type { AppDeps } from '../http/deps.ts';
import { AppError } from '../http/errors.ts';
import { chatAgentRooms, chatMessagesOf, sendChatMessage } from '../modules/chat/chat-messages.service.ts';
import { visitorRoom } from '../modules/chat/chat-events.ts';
import { describeSession, findSession, sessionOfToken } from '../modules/chat/sessions.service.ts';
import { endChat, rateChat, sendTranscript } from '../modules/chat/chat-actions.service.ts';
import { visitorStatus } from '../modules/chat/routing.service.ts';
import { chatHandler } from './chat-ack.ts';
import { TokenBucket } from './rate-limit.ts';
import type { KontaktServer } from './socket-types.ts';

/** What a visitor connection carries (readable by other instances): ids only. */
export interface VisitorSocketData {
  organizationId: string;
  sessionId: string;
}

export type WidgetNamespace = Namespace<
  WidgetClientEvents,
  WidgetServerEvents,
  Record<string, never>,
  VisitorSocketData
>;
type VisitorSocket = Socket<WidgetClientEvents, WidgetServerEvents, Record<string, never>, VisitorSocketData>;

/** Messages a visitor may send: a burst of 10, then one a second (per session, on this instance). */
export const VISITOR_MESSAGE_BURST = 10;
export const VISITOR_MESSAGES_PER_SECOND = 1;
/** Any request (typing, sync…): a burst of 30, then 5 a second per connection. */
const VISITOR_REQUEST_BURST = 30;
const VISITOR_REQUESTS_PER_SECOND = 5;

/** A handshake refusal the widget sees as `connect_error` with `err.data.code`. */
const refusal = (code: 'invalid_visitor_token' | 'unavailable') =>
  Object.assign(new Error(code), { data: { code } });

const rateLimited = () =>
  new AppError(429, 'rate_limited', 'You are sending messages too fast; wait a moment.', {
    retryAfterSeconds: 1,
  });

/**
 * The `/widget` namespace: visitors connect with their signed token (`auth: { token }`), join
 * their session's room, and send, sync, type, end, rate and ask for the transcript.
 */
export function attachWidgetNamespace(deps: AppDeps, io: KontaktServer): WidgetNamespace {
  const nsp = io.of('/widget') as unknown as WidgetNamespace;
  const buckets = new Map<string, TokenBucket>();
  const bucketOf = (sessionId: string) => {
    let b = buckets.get(sessionId);
    if (!b) {
      if (buckets.size > 50_000) buckets.clear();
      b = new TokenBucket(deps.clock, VISITOR_MESSAGE_BURST, VISITOR_MESSAGES_PER_SECOND);
      buckets.set(sessionId, b);
    }
    return b;
  };

  nsp.use((socket, next) => {
    const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    sessionOfToken(deps, token).then(
      (session) => {
        if (!session) return next(refusal('invalid_visitor_token'));
        socket.data = { organizationId: session.organizationId, sessionId: session.id };
        next();
      },
      (err: unknown) => {
        deps.log.error({ err }, 'widget handshake failed');
        next(refusal('unavailable'));
      },
    );
  });

  nsp.on('connection', (socket) => onVisitor(deps, io, socket, bucketOf));
  return nsp;
}

function onVisitor(
  deps: AppDeps,
  io: KontaktServer,
  socket: VisitorSocket,
  bucketOf: (id: string) => TokenBucket,
) {
  const { organizationId, sessionId } = socket.data;
  void socket.join(visitorRoom(sessionId));
  void findSession(deps.db, organizationId, sessionId)
    .then(async (row) => row && socket.emit('chat.status', await visitorStatus(deps, row)))
    .catch((err: unknown) => deps.log.warn({ err }, 'widget status on connect failed'));
  const requests = new TokenBucket(deps.clock, VISITOR_REQUEST_BURST, VISITOR_REQUESTS_PER_SECOND);
  socket.use((packet, next) => {
    if (requests.take()) return next();
    const ack = packet.at(-1);
    if (typeof ack === 'function')
      (ack as (r: unknown) => void)({
        ok: false,
        error: { code: 'rate_limited', details: { retryAfterSeconds: 1 } },
      });
  });
  const session = async () => {
    const row = await findSession(deps.db, organizationId, sessionId);
    if (!row) throw new AppError(404, 'not_found', 'The chat no longer exists.');
    return row;
  };
  const log = deps.log;

  socket.on(
    'chat.send',
    chatHandler(ChatSendInput, log, async (input) => {
      if (!bucketOf(sessionId).take()) throw rateLimited();
      const result = await sendChatMessage(deps, await session(), { kind: 'visitor' }, input);
      return { ok: true as const, ...result };
    }),
  );

  socket.on(
    'chat.sync',
    chatHandler(ChatSyncInput, log, async ({ afterSeq }) => {
      const row = await session();
      return {
        ok: true as const,
        session: await describeSession(deps.db, row),
        messages: await chatMessagesOf(deps.db, row, { afterSeq }),
      };
    }),
  );

  socket.on(
    'chat.typing',
    chatHandler(ChatTypingInput, log, async ({ typing }) => {
      const row = await session();
      io.to(chatAgentRooms(row)).emit('chat.typing', { sessionId, from: 'visitor', name: null, typing });
      return { ok: true as const };
    }),
  );

  socket.on(
    'chat.end',
    chatHandler(ChatEndInput, log, async () => {
      await endChat(deps, await session());
      return { ok: true as const };
    }),
  );

  socket.on(
    'chat.rate',
    chatHandler(ChatRateInput, log, async (input) => {
      await rateChat(deps, await session(), input);
      return { ok: true as const };
    }),
  );

  socket.on(
    'chat.transcript',
    chatHandler(ChatTranscriptInput, log, async ({ email }) => {
      await sendTranscript(deps, await session(), email);
      return { ok: true as const };
    }),
  );
}
