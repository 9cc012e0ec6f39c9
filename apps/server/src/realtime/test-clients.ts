import { io as connectClient, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@kontakt/contracts';

/** Test support (not used by the server): real Socket.IO clients and waiting without timing. */
export type TestClient = Socket<ServerToClientEvents, ClientToServerEvents>;

const WAIT_MS = 10_000;

/** A client over WebSocket (or long-polling) with a cookie or token; not connected until `open()`. */
export function makeClient(
  baseUrl: string,
  auth: { cookie?: string; token?: string; origin?: string; polling?: boolean } = {},
): TestClient {
  const extraHeaders: Record<string, string> = {};
  if (auth.cookie) extraHeaders.cookie = auth.cookie;
  if (auth.origin) extraHeaders.origin = auth.origin;
  return connectClient(baseUrl, {
    path: '/socket.io',
    transports: auth.polling ? ['polling'] : ['websocket'],
    extraHeaders,
    auth: auth.token ? { token: auth.token } : {},
    reconnection: false,
    forceNew: true,
    autoConnect: false,
  });
}

/** Connects; rejects with the handshake error (its `data.code`) when refused. */
export function open(client: TestClient): Promise<TestClient> {
  return new Promise((resolve, reject) => {
    client.once('connect', () => resolve(client));
    client.once('connect_error', reject);
    client.connect();
  });
}

/** The next event of a kind that matches, or a rejection after a generous wait. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  client: TestClient,
  event: E,
  match: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean = () => true,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off(event, handler as never);
      reject(new Error(`no ${event} within ${WAIT_MS} ms`));
    }, WAIT_MS);
    const handler = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      client.off(event, handler as never);
      resolve(payload);
    };
    client.on(event, handler as never);
  });
}

/** Resolves when the server ends the connection. */
export function disconnected(client: TestClient): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not disconnected within ${WAIT_MS} ms`)), WAIT_MS);
    client.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}

type TicketEventName = 'ticket.created' | 'ticket.updated' | 'message.created';
type TicketEventPayload = Parameters<ServerToClientEvents[TicketEventName]>[0];

/** Every ticket event a client received, in order, and a way to wait for one not yet there. */
export interface Mailbox {
  received: { type: TicketEventName; ticketId: string }[];
  waitFor(type: TicketEventName, ticketId: string): Promise<TicketEventPayload>;
}

/**
 * Records ticket events from the moment it is called, so a test can cause an event first (an
 * API call whose ticket id it does not know yet) and wait for it afterwards.
 */
export function mailbox(client: TestClient): Mailbox {
  const payloads: TicketEventPayload[] = [];
  const waiting = new Set<() => void>();
  const box: Mailbox = {
    received: [],
    waitFor(type, ticketId) {
      const find = () => payloads.find((p) => p.type === type && p.ticket.id === ticketId);
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = find();
          if (!hit) return;
          clearTimeout(timer);
          waiting.delete(check);
          resolve(hit);
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`no ${type} for ${ticketId} within ${WAIT_MS} ms`));
        }, WAIT_MS);
        waiting.add(check);
        check();
      });
    },
  };
  const push = (payload: TicketEventPayload) => {
    payloads.push(payload);
    box.received.push({ type: payload.type, ticketId: payload.ticket.id });
    for (const check of [...waiting]) check();
  };
  client.on('ticket.created', push);
  client.on('ticket.updated', push);
  client.on('message.created', push);
  return box;
}
