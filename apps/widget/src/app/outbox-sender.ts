/**
 * Sends the outbox one message at a time, in order, and keeps what the server did not acknowledge
 * for the next attempt (after a reconnect). The transport is a function so the logic is tested
 * without a socket.
 */
import type { ChatMessage, Conversation, OutboxEntry } from './conversation.ts';

/** The outcome of sending one entry. */
export type SendResult =
  /** Stored (now, or already before: a resend answers with the stored message). */
  | { ok: true; message: ChatMessage }
  /** Refused for good (e.g. validation): the entry leaves the outbox. */
  | { ok: false; permanent: true; code: string }
  /** Not acknowledged (disconnected, timeout, rate limit): kept and tried again later. */
  | { ok: false; permanent: false; code: string; retryAfterSeconds?: number };

/** Sends one entry and reports the server's answer. */
export type SendEntry = (entry: OutboxEntry) => Promise<SendResult>;

/** Drains a conversation's outbox through `send`, never two flushes at once. */
export class OutboxSender {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly conversation: Conversation,
    private readonly send: SendEntry,
    private readonly events: {
      /** Called after every change of the conversation (to render and persist it). */
      changed: () => void;
      /** Called when an entry is refused for good or sending pauses on an error. */
      failed?: (code: string, entry: OutboxEntry, retryAfterSeconds?: number) => void;
    },
  ) {}

  /**
   * Sends every entry in the outbox, oldest first, stopping at the first that is not acknowledged
   * (so order is kept). Calling it while a flush runs makes that flush go once more at the end.
   */
  flush(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      for (;;) {
        const entry = this.conversation.outbox[0];
        if (!entry) break;
        let result: SendResult;
        try {
          result = await this.send(entry);
        } catch {
          result = { ok: false, permanent: false, code: 'network' };
        }
        if (result.ok) {
          this.conversation.receive(result.message);
          this.events.changed();
        } else if (result.permanent) {
          this.conversation.discard(entry.clientId);
          this.events.changed();
          this.events.failed?.(result.code, entry);
        } else {
          this.events.failed?.(result.code, entry, result.retryAfterSeconds);
          return;
        }
      }
    } while (this.again);
  }
}
