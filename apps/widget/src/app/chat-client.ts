/**
 * The visitor's Socket.IO connection (`/widget` namespace, visitor token in `auth`): sends with
 * acknowledgements, syncs what was missed after each (re)connect, and reports live events.
 */
import { io, type Socket } from 'socket.io-client';
import type {
  ChatAck,
  ChatStatusEvent,
  ChatSyncAck,
  ChatTypingEvent,
  WidgetClientEvents,
  WidgetServerEvents,
} from '@kontakt/contracts';
import type { ChatMessage, OutboxEntry } from './conversation.ts';
import type { SendResult } from './outbox-sender.ts';

/** How long an acknowledgement may take before the message counts as not sent (and is resent later). */
const ACK_TIMEOUT_MS = 10_000;

/** Codes after which resending the same message cannot help. */
const PERMANENT = new Set([
  'validation_failed',
  'chat_ended',
  'attachment_rejected',
  'not_found',
  'forbidden',
]);

/** What the client reports to the app. */
export interface ChatClientEvents {
  connected: () => void;
  disconnected: () => void;
  /** The token is no longer valid (expired, spoofed, chat deleted): start over. */
  rejected: () => void;
  message: (m: ChatMessage) => void;
  typing: (e: ChatTypingEvent) => void;
  status: (e: ChatStatusEvent) => void;
}

/** One visitor connection. */
export class ChatClient {
  private readonly socket: Socket<WidgetServerEvents, WidgetClientEvents>;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private readonly offline: () => void;
  private readonly online: () => void;

  constructor(token: string, on: ChatClientEvents) {
    this.socket = io('/widget', { auth: { token }, withCredentials: false });
    this.socket.on('connect', on.connected);
    this.socket.on('disconnect', () => {
      // Nothing buffered by socket.io is replayed on reconnect: the outbox resends instead.
      this.socket.sendBuffer = [];
      on.disconnected();
    });
    this.socket.on('connect_error', (err) => {
      const code = (err as { data?: { code?: string } }).data?.code;
      if (code === 'invalid_visitor_token') {
        this.socket.disconnect();
        on.rejected();
      } else if (!this.socket.active) {
        // Refused by the server for now (`unavailable`): socket.io does not retry that by itself.
        clearTimeout(this.retry);
        this.retry = setTimeout(() => this.socket.connect(), 3000);
      }
    });
    // The browser knows first when the network goes: stop at once, and come back with it.
    this.offline = () => this.socket.disconnect();
    this.online = () => this.socket.connect();
    window.addEventListener('offline', this.offline);
    window.addEventListener('online', this.online);
    this.socket.on('chat.message', on.message);
    this.socket.on('chat.typing', on.typing);
    this.socket.on('chat.status', on.status);
  }

  /** Whether the socket is connected now. */
  get connected(): boolean {
    return this.socket.connected;
  }

  /** Sends one outbox entry; never throws. */
  async send(entry: OutboxEntry): Promise<SendResult> {
    if (!this.socket.connected) return { ok: false, permanent: false, code: 'disconnected' };
    try {
      const ack = await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('chat.send', {
        clientId: entry.clientId,
        text: entry.text,
        attachmentIds: entry.attachments.map((a) => a.id),
      });
      if (ack.ok) return { ok: true, message: ack.message };
      const code = ack.error.code;
      const details = ack.error.details as { retryAfterSeconds?: number } | undefined;
      return {
        ok: false,
        permanent: PERMANENT.has(code),
        code,
        retryAfterSeconds: details?.retryAfterSeconds,
      };
    } catch {
      return { ok: false, permanent: false, code: 'timeout' };
    }
  }

  /** The session now and the messages after `afterSeq`. */
  async sync(afterSeq: number): Promise<ChatSyncAck> {
    return this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('chat.sync', { afterSeq });
  }

  /** Tells the agent the visitor started or stopped typing (no ack needed). */
  typing(typing: boolean): void {
    if (this.socket.connected) this.socket.emit('chat.typing', { typing });
  }

  /** Ends the chat. */
  end(): Promise<ChatAck> {
    return this.request('chat.end', {});
  }

  /** Rates the chat 1–5 with an optional comment. */
  rate(rating: number, comment?: string): Promise<ChatAck> {
    return this.request('chat.rate', comment ? { rating, comment } : { rating });
  }

  /** Mails the transcript to the session's e-mail or `email`. */
  transcript(email?: string): Promise<ChatAck> {
    return this.request('chat.transcript', email ? { email } : {});
  }

  /** Closes the connection for good. */
  close(): void {
    clearTimeout(this.retry);
    window.removeEventListener('offline', this.offline);
    window.removeEventListener('online', this.online);
    this.socket.removeAllListeners();
    this.socket.disconnect();
  }

  private async request(
    event: 'chat.end' | 'chat.rate' | 'chat.transcript',
    input: object,
  ): Promise<ChatAck> {
    try {
      const timed = this.socket.timeout(ACK_TIMEOUT_MS) as unknown as {
        emitWithAck(e: string, i: object): Promise<ChatAck>;
      };
      return await timed.emitWithAck(event, input);
    } catch {
      return { ok: false, error: { code: 'internal_error', message: 'timeout' } };
    }
  }
}
