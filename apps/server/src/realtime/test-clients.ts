import { io as connectClient, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents, Ticket } from '@kontakt/contracts';
import type { LiveEvent } from './event-bus.ts';

/** Test support (not used by the server): real Socket.IO clients and waiting without timing. */
export type TestClient = Socket<ServerToClientEvents, ClientToServerEvents>;

const WAIT_MS = 10_000;

/** A client over WebSocket with the given cookie or token; not connected until `open()`. */
export function makeClient(
  baseUrl: string,
  auth: { cookie?: string; token?: string; origin?: string } = {},
): TestClient {
  const extraHeaders: Record<string, string> = {};
  if (auth.cookie) extraHeaders.cookie = auth.cookie;
  if (auth.origin) extraHeaders.origin = auth.origin;
  return connectClient(baseUrl, {
    path: '/socket.io',
    transports: ['websocket'],
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

/** Records the ticket ids of every ticket event a client receives, in order. */
export function recordTicketEvents(client: TestClient): { type: string; ticketId: string }[] {
  const seen: { type: string; ticketId: string }[] = [];
  const push = (e: { type: string; ticket: Ticket }) => seen.push({ type: e.type, ticketId: e.ticket.id });
  client.on('ticket.created', push);
  client.on('ticket.updated', push);
  client.on('message.created', push);
  return seen;
}

export const ticketCreated = (organizationId: string, ticket: Ticket): LiveEvent => ({
  type: 'ticket.created',
  organizationId,
  ticket,
});
