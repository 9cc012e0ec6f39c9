import type { AppDeps } from '../http/deps.ts';
import { presenceOf, setAgentState } from '../modules/presence/index.ts';
import { agentRoom } from './rooms.ts';
import type { Connections, KontaktServer, KontaktSocket } from './socket-types.ts';

/** Pending checks of one instance; `closed` once the instance shuts down. */
export interface DisconnectGrace {
  ms: number;
  timers: Set<NodeJS.Timeout>;
  closed: boolean;
}

/**
 * An agent whose last connection closed (browser closed, laptop asleep, network gone) is set
 * offline after a grace period, so chats are no longer offered to someone who is not there. A
 * reload or a short network drop reconnects within the grace and changes nothing. Connections
 * on every instance count (`fetchSockets` goes through the Redis adapter).
 */
export function registerDisconnectGrace(
  deps: AppDeps,
  io: KontaktServer,
  socket: KontaktSocket,
  connections: Connections,
  grace: DisconnectGrace,
) {
  const conn = connections.get(socket);
  if (!conn || conn.actor.kind !== 'agent') return;
  const { actor } = conn;
  socket.on('disconnect', () => {
    // The instance itself is shutting down: its agents reconnect elsewhere.
    if (grace.closed) return;
    const timer = setTimeout(() => {
      grace.timers.delete(timer);
      void (async () => {
        const left = await io.in(agentRoom(actor.agentId)).fetchSockets();
        if (left.length > 0) return;
        const presence = await presenceOf(deps.db, actor.organizationId, actor.agentId);
        if (presence.state === 'offline') return;
        await setAgentState(deps, actor, { state: 'offline', reasonId: null });
        deps.log.info({ agentId: actor.agentId }, 'agent set offline after their last connection closed');
      })().catch((err: unknown) => deps.log.warn({ err }, 'could not set a disconnected agent offline'));
    }, grace.ms);
    timer.unref();
    grace.timers.add(timer);
  });
}

/** Stops every pending check (the instance is closing). */
export function closeDisconnectGrace(grace: DisconnectGrace) {
  grace.closed = true;
  for (const timer of grace.timers) clearTimeout(timer);
  grace.timers.clear();
}
