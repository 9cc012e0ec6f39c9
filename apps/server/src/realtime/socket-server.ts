import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { AppDeps } from '../http/deps.ts';
import { prepareRooms, startRevalidation } from './access.ts';
import { startFanOut } from './fan-out.ts';
import { registerPresence } from './presence.ts';
import { limitRequests } from './rate-limit.ts';
import { agentRoom, orgRoom } from './rooms.ts';
import { authenticateSocket } from './socket-auth.ts';
import type { Connections, KontaktServer, KontaktSocket } from './socket-types.ts';
import { registerTicketWatch } from './ticket-watch.ts';
import { registerChatAgent } from './chat-agent.ts';
import { closeDisconnectGrace, registerDisconnectGrace, type DisconnectGrace } from './agent-disconnect.ts';
import { startChatRelay } from './chat-relay.ts';
import { attachWidgetNamespace } from './widget-namespace.ts';

export interface RealtimeOptions {
  /** Prefix of the Redis pub/sub channels; instances that should talk share it. */
  redisKey?: string;
  /** How often connections are re-authenticated and their rooms re-synced (ms). */
  revalidateEveryMs?: number;
  /** How long after an agent's last connection closed they are set offline (ms; default 60 s). */
  offlineAfterDisconnectMs?: number;
}

export interface RealtimeServer {
  io: KontaktServer;
  close(): Promise<void>;
}

type RedisClient = ReturnType<typeof createClient>;

/**
 * The Socket.IO endpoint at `/socket.io` on the app's HTTP server: authenticated handshakes,
 * rooms by visibility, service events fanned out to rooms, presence. With REDIS_URL the Redis
 * adapter carries broadcasts and `fetchSockets()` between instances.
 */
export async function attachRealtime(
  deps: AppDeps,
  httpServer: HttpServer,
  opts: RealtimeOptions = {},
): Promise<RealtimeServer> {
  const redis = deps.config.redisUrl ? await connectRedis(deps, deps.config.redisUrl) : null;
  const io: KontaktServer = new Server(httpServer, {
    path: '/socket.io',
    serveClient: false,
    // Client requests are a few ids; the default (1 MB) only invites abuse.
    maxHttpBufferSize: 64 * 1024,
  });
  if (redis) io.adapter(createAdapter(redis.pub, redis.sub, { key: opts.redisKey ?? 'kontakt:socket.io' }));

  const connections: Connections = new WeakMap();
  io.use(authenticateSocket(deps, connections));
  io.use(prepareRooms(deps, connections));
  const grace: DisconnectGrace = {
    ms: opts.offlineAfterDisconnectMs ?? 60_000,
    timers: new Set(),
    closed: false,
  };
  io.on('connection', (socket) => {
    onConnection(deps, io, socket, connections);
    registerDisconnectGrace(deps, io, socket, connections, grace);
  });

  const stopFanOut = startFanOut(io, deps.events, deps.log);
  const widget = attachWidgetNamespace(deps, io);
  const stopChatRelay = startChatRelay(deps, io);
  const stopRevalidation = startRevalidation(deps, io, connections, opts.revalidateEveryMs ?? 60_000);

  return {
    io,
    async close() {
      stopFanOut();
      stopChatRelay();
      stopRevalidation();
      closeDisconnectGrace(grace);
      // Not io.close(): that would also close the HTTP server, which Fastify owns. Closing the
      // transports makes clients reconnect (to another instance behind the load balancer).
      io.engine.close();
      await io.of('/').adapter.close();
      await widget.adapter.close();
      if (redis) await Promise.all([quit(redis.pub), quit(redis.sub)]);
    },
  };
}

/** Joins the connection's rooms synchronously, before the client can see it is connected. */
function onConnection(deps: AppDeps, io: KontaktServer, socket: KontaktSocket, connections: Connections) {
  const conn = connections.get(socket);
  if (!conn) {
    socket.disconnect(true);
    return;
  }
  void socket.join([agentRoom(conn.actor.agentId), orgRoom(conn.actor.organizationId), ...conn.initialRooms]);
  limitRequests(socket, deps.clock, deps.log);
  registerTicketWatch(deps, io, socket, connections);
  registerPresence(deps, io, socket, connections);
  registerChatAgent(deps, io, socket, connections);
}

/**
 * Publish and subscribe clients for the adapter. An unreachable Redis fails the start with one
 * clear message (after a few quick retries); once connected, clients reconnect for ever.
 */
async function connectRedis(deps: AppDeps, url: string): Promise<{ pub: RedisClient; sub: RedisClient }> {
  let connected = false;
  const host = new URL(url).host;
  const pub = createClient({
    url,
    socket: {
      connectTimeout: 5_000,
      reconnectStrategy: (retries: number, cause: Error) =>
        connected
          ? Math.min(100 * 2 ** retries, 5_000)
          : retries < 5
            ? 200
            : new Error(`Redis at ${host} (REDIS_URL) is unreachable: ${cause.message}`),
    },
  });
  const sub = pub.duplicate();
  for (const [name, client] of [
    ['publish', pub],
    ['subscribe', sub],
  ] as const) {
    client.on('error', (err: unknown) => deps.log.error({ err }, `realtime Redis (${name}) error`));
  }
  const results = await Promise.allSettled([pub.connect(), sub.connect()]);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) {
    await Promise.all([quit(pub), quit(sub)]);
    throw failed.reason;
  }
  connected = true;
  return { pub, sub };
}

async function quit(client: RedisClient) {
  if (!client.isOpen) return;
  try {
    await client.quit();
  } catch {
    await client.disconnect().catch(() => undefined);
  }
}
