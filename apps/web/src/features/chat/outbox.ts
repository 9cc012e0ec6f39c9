import { useSyncExternalStore } from 'react';

/** A chat message the agent sent that the server has not acknowledged yet. */
export interface PendingChatMessage {
  /** The client id: the server stores a message once per client id, however often it arrives. */
  clientId: string;
  ticketId: string;
  /** The chat the message belongs to. */
  sessionId: string;
  text: string;
  /** `sending` while on the wire, `waiting` until the connection is back, `failed` when refused. */
  state: 'sending' | 'waiting' | 'failed';
  /** The refusal's error code, for `failed`. */
  error?: string;
}

/** What the transport answers for one message. */
export type SendOutcome =
  { ok: true } | { ok: false; retry: true } | { ok: false; retry: false; code: string };

/** Sends one message and waits for its acknowledgement (`retry` when none came). */
export type SendChatMessage = (message: PendingChatMessage) => Promise<SendOutcome>;

/** Unacknowledged messages survive a reload here, so nothing typed is lost. */
export const OUTBOX_STORAGE_KEY = 'kontakt.chat.outbox';

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cached: PendingChatMessage[] = [];
/** Tickets whose queue is being worked through right now (one message on the wire at a time). */
const flushing = new Set<string>();

function isPending(value: unknown): value is PendingChatMessage {
  const v = value as PendingChatMessage;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.clientId === 'string' &&
    typeof v.sessionId === 'string' &&
    typeof v.text === 'string'
  );
}

/** Every unacknowledged message, oldest first. */
export function readOutbox(): PendingChatMessage[] {
  const raw = localStorage.getItem(OUTBOX_STORAGE_KEY);
  if (raw === cachedRaw) return cached;
  cachedRaw = raw;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    cached = Array.isArray(parsed) ? parsed.filter(isPending) : [];
  } catch {
    cached = [];
  }
  return cached;
}

function writeOutbox(list: PendingChatMessage[]): void {
  if (list.length === 0) localStorage.removeItem(OUTBOX_STORAGE_KEY);
  else localStorage.setItem(OUTBOX_STORAGE_KEY, JSON.stringify(list));
  for (const listener of listeners) listener();
}

function patch(clientId: string, change: Partial<PendingChatMessage> | null): void {
  const list = readOutbox();
  writeOutbox(
    change === null
      ? list.filter((m) => m.clientId !== clientId)
      : list.map((m) => (m.clientId === clientId ? { ...m, ...change } : m)),
  );
}

/** A fresh client id (UUID where the browser has one). */
export function newClientId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}

/** Queues a message for the ticket and answers its client id; `flushOutbox` sends it. */
export function enqueueChatMessage(ticketId: string, sessionId: string, text: string): string {
  const clientId = newClientId();
  writeOutbox([...readOutbox(), { clientId, ticketId, sessionId, text, state: 'waiting' }]);
  return clientId;
}

/** Drops a message (a failed one the agent gave up on). */
export function discardChatMessage(clientId: string): void {
  patch(clientId, null);
}

/** Puts a failed message back in line. */
export function retryChatMessage(clientId: string): void {
  patch(clientId, { state: 'waiting', error: undefined });
}

/** Tickets whose flush was asked for again while one was running (e.g. a reconnect mid-send). */
const rerun = new Set<string>();

/** Sends waiting messages until one gets no acknowledgement (`false`) or none is left (`true`). */
async function drain(ticketId: string, send: SendChatMessage): Promise<boolean> {
  for (;;) {
    const next = readOutbox().find((m) => m.ticketId === ticketId && m.state !== 'failed');
    if (!next) return true;
    patch(next.clientId, { state: 'sending' });
    const outcome = await send(next).catch((): SendOutcome => ({ ok: false, retry: true }));
    if (outcome.ok) patch(next.clientId, null);
    else if (outcome.retry) {
      patch(next.clientId, { state: 'waiting' });
      return false;
    } else patch(next.clientId, { state: 'failed', error: outcome.code });
  }
}

/**
 * Sends the ticket's waiting messages one after another, in the order they were written; stops at
 * the first one without an acknowledgement (the next `flushOutbox`, e.g. after a reconnect, resends
 * it with the same client id, so the server keeps it once). A call during a running flush makes
 * that flush go round once more instead of sending in parallel.
 */
export async function flushOutbox(ticketId: string, send: SendChatMessage): Promise<void> {
  if (flushing.has(ticketId)) {
    rerun.add(ticketId);
    return;
  }
  flushing.add(ticketId);
  try {
    do {
      rerun.delete(ticketId);
      if (await drain(ticketId, send)) rerun.delete(ticketId);
    } while (rerun.has(ticketId));
  } finally {
    flushing.delete(ticketId);
  }
}

/** Tickets that still have messages to send (to flush them all after a reconnect). */
export function ticketsWithPending(): string[] {
  return [
    ...new Set(
      readOutbox()
        .filter((m) => m.state !== 'failed')
        .map((m) => m.ticketId),
    ),
  ];
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The ticket's unacknowledged messages, live. */
export function usePendingMessages(ticketId: string): PendingChatMessage[] {
  const all = useSyncExternalStore(subscribe, readOutbox);
  return all.filter((m) => m.ticketId === ticketId);
}
