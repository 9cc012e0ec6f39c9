import type { Actor } from '../http/actor.ts';
import type { AppDeps } from '../http/deps.ts';
import type { Db } from '../platform/db.ts';
import { findTicketForActor, visibleQueueIds } from '../modules/tickets/index.ts';
import { actorFor, refusal } from './socket-auth.ts';
import { clearPresence } from './presence.ts';
import { allQueuesRoom, isQueueRoom, isTicketRoom, queueRoom, ticketIdOfRoom } from './rooms.ts';
import type { Connections, KontaktServer, KontaktSocket } from './socket-types.ts';

/** The queue rooms an actor belongs in: one room for "every queue", else one per visible queue. */
export async function queueRoomsFor(db: Db, actor: Actor): Promise<string[]> {
  const visible = await visibleQueueIds(db, actor);
  return visible === 'all' ? [allQueuesRoom(actor.organizationId)] : visible.map(queueRoom);
}

/** Socket.IO middleware (after authentication): computes the queue rooms joined on connect. */
export function prepareRooms(deps: AppDeps, connections: Connections) {
  return (socket: KontaktSocket, next: (err?: Error) => void) => {
    const conn = connections.get(socket);
    if (!conn) return next(refusal('unauthenticated'));
    queueRoomsFor(deps.db, conn.actor).then(
      (rooms) => {
        conn.initialRooms = rooms;
        next();
      },
      (err: unknown) => {
        deps.log.error({ err }, 'realtime rooms could not be computed');
        next(refusal('unavailable'));
      },
    );
  };
}

/** Brings a connection's queue rooms in line with what the actor sees now (teams and roles change). */
async function syncQueueRooms(db: Db, socket: KontaktSocket, actor: Actor) {
  const wanted = new Set(await queueRoomsFor(db, actor));
  const all = allQueuesRoom(actor.organizationId);
  for (const room of socket.rooms) {
    if ((isQueueRoom(room) || room === all) && !wanted.has(room)) socket.leave(room);
  }
  socket.join([...wanted]);
}

/** Leaves the rooms of watched tickets the actor no longer sees (moved to another queue, unassigned). */
async function dropHiddenTickets(deps: AppDeps, io: KontaktServer, socket: KontaktSocket, actor: Actor) {
  for (const room of [...socket.rooms].filter(isTicketRoom)) {
    const ticketId = ticketIdOfRoom(room);
    if (await findTicketForActor(deps.db, actor, ticketId)) continue;
    socket.leave(room);
    await clearPresence(deps, io, socket, ticketId);
  }
}

/**
 * Re-checks every connection of this instance: a revoked or expired session or token, or a
 * disabled agent, is disconnected; otherwise rooms follow the actor's current visibility.
 * A database error keeps connections as they are until the next round.
 */
export function startRevalidation(
  deps: AppDeps,
  io: KontaktServer,
  connections: Connections,
  everyMs: number,
): () => void {
  let running = false;
  const round = async () => {
    for (const socket of io.of('/').sockets.values()) {
      const conn = connections.get(socket);
      if (!conn || socket.disconnected) continue;
      const actor = await actorFor(deps, conn.credential);
      if (!actor) {
        socket.disconnect(true);
        continue;
      }
      conn.actor = actor;
      await syncQueueRooms(deps.db, socket, actor);
      await dropHiddenTickets(deps, io, socket, actor);
    }
  };
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    round()
      .catch((err: unknown) => deps.log.warn({ err }, 'realtime revalidation failed; retrying next round'))
      .finally(() => (running = false));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
