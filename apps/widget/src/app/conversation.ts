/**
 * The visitor's side of one chat, without any I/O: the messages the server confirmed (ordered by
 * their sequence number, each shown once) and the outbox of messages typed but not yet
 * acknowledged. A message the server confirms, by acknowledgement, live event or sync, leaves the
 * outbox by its client id; the same message arriving twice is kept once.
 */

import type { ChatMessage } from '@kontakt/contracts';

/** A file attached to a message (the contract's `Attachment`). */
export type ChatAttachment = ChatMessage['attachments'][number];
export type { ChatMessage };

/** A message typed by the visitor and not yet acknowledged by the server. */
export interface OutboxEntry {
  /** Unique id chosen here; the server stores a message once per client id. */
  clientId: string;
  /** The text. */
  text: string;
  /** Files already uploaded, to attach. */
  attachments: ChatAttachment[];
  /** When the visitor sent it (ISO). */
  createdAt: string;
}

/** What is kept in storage between page loads. */
export interface ConversationSnapshot {
  messages: ChatMessage[];
  outbox: OutboxEntry[];
}

/** How many confirmed messages are kept in storage (older ones are fetched again if needed). */
export const KEEP_MESSAGES = 200;

/** A new client id: random and unique enough to never collide within one conversation. */
export function createClientId(): string {
  const c = globalThis.crypto;
  if (c && 'randomUUID' in c) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** The confirmed messages and the outbox of one conversation. */
export class Conversation {
  private byId = new Map<string, ChatMessage>();
  private list: ChatMessage[] = [];
  private pending: OutboxEntry[] = [];

  constructor(snapshot?: ConversationSnapshot) {
    if (snapshot) {
      for (const m of snapshot.messages) this.receive(m);
      for (const e of snapshot.outbox) if (!this.hasClientId(e.clientId)) this.pending.push(e);
    }
  }

  /** Confirmed messages in the server's order. */
  get messages(): readonly ChatMessage[] {
    return this.list;
  }

  /** Messages waiting for an acknowledgement, oldest first. */
  get outbox(): readonly OutboxEntry[] {
    return this.pending;
  }

  /** The highest sequence number seen; sync asks for what comes after it. */
  get lastSeq(): number {
    return this.list.length ? this.list[this.list.length - 1]!.seq : 0;
  }

  /** Queues a new message from the visitor and returns its outbox entry. */
  enqueue(text: string, attachments: ChatAttachment[] = [], clientId = createClientId()): OutboxEntry {
    const entry = { clientId, text, attachments, createdAt: new Date().toISOString() };
    this.pending.push(entry);
    return entry;
  }

  /**
   * Takes in a message from the server (acknowledgement, live event or sync). Returns false when
   * it was already known. Its client id, if any, takes the matching entry out of the outbox.
   */
  receive(message: ChatMessage): boolean {
    this.pending = this.pending.filter((e) => e.clientId !== message.clientId);
    if (this.byId.has(message.id)) return false;
    this.byId.set(message.id, message);
    const last = this.list[this.list.length - 1];
    if (!last || last.seq < message.seq) this.list.push(message);
    else {
      const at = this.list.findIndex((m) => m.seq > message.seq);
      this.list.splice(at, 0, message);
    }
    return true;
  }

  /** Removes an outbox entry the server refused for good (e.g. too long); returns it. */
  discard(clientId: string): OutboxEntry | undefined {
    const entry = this.pending.find((e) => e.clientId === clientId);
    this.pending = this.pending.filter((e) => e.clientId !== clientId);
    return entry;
  }

  /** What to keep in storage: the latest confirmed messages and the whole outbox. */
  snapshot(): ConversationSnapshot {
    return { messages: this.list.slice(-KEEP_MESSAGES), outbox: [...this.pending] };
  }

  private hasClientId(clientId: string): boolean {
    return this.list.some((m) => m.clientId === clientId);
  }
}
