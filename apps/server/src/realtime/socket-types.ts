import type { Server, Socket } from 'socket.io';
import type {
  ClientToServerEvents,
  PresenceAgent,
  PresenceEntry,
  ServerToClientEvents,
} from '@kontakt/contracts';
import type { Actor } from '../http/actor.ts';

/**
 * What other instances may read about a connection (`fetchSockets()` sends it through Redis):
 * never credentials or the full actor.
 */
export interface SocketData {
  organizationId: string;
  agent: PresenceAgent;
  /** ticket id → what this connection is doing there. */
  presence: Record<string, PresenceEntry['state']>;
}

export type KontaktServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
export type KontaktSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;

/** How a connection authenticated; re-checked periodically. */
export type Credential = { kind: 'session' | 'api_token'; token: string };

/** This instance's private state of one connection (kept out of `socket.data`). */
export interface Connection {
  credential: Credential;
  actor: Actor;
  /** Queue rooms computed during the handshake, joined on connect. */
  initialRooms: string[];
}

/** Per-instance registry of connection state, keyed by the socket. */
export type Connections = WeakMap<KontaktSocket, Connection>;
