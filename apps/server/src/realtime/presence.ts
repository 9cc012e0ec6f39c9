import type { PresenceAgent, PresenceEntry, PresenceState } from '@kontakt/contracts';
import { PresenceSetInput } from '@kontakt/contracts';
import type { AppDeps } from '../http/deps.ts';
import { findTicketForActor } from '../modules/tickets/index.ts';
import { notFoundAck, withAck } from './ack-handler.ts';
import { ticketRoom } from './rooms.ts';
import type { Connections, KontaktServer, KontaktSocket, SocketData } from './socket-types.ts';

type ActiveState = PresenceEntry['state'];
const RANK: Record<ActiveState, number> = { viewing: 1, replying: 2 };

/**
 * Presence lives in `socket.data.presence` of each connection, so any instance can read it
 * with `fetchSockets()` (through the Redis adapter across instances). An agent with several tabs
 * on a ticket is reported once, with the strongest state (replying over viewing).
 */
async function socketsOn(io: KontaktServer, ticketId: string): Promise<{ id: string; data: SocketData }[]> {
  const room = ticketRoom(ticketId);
  try {
    return await io.in(room).fetchSockets();
  } catch {
    // Another instance did not answer in time: what this instance knows is better than nothing.
    return io.local.in(room).fetchSockets();
  }
}

/** Who is on the ticket now, one entry per agent, optionally leaving one agent out. */
export async function presentOn(
  io: KontaktServer,
  ticketId: string,
  exceptAgentId?: string,
): Promise<PresenceEntry[]> {
  const byAgent = new Map<string, PresenceEntry>();
  for (const s of await socketsOn(io, ticketId)) {
    const state = s.data?.presence?.[ticketId];
    if (!state || s.data.agent.id === exceptAgentId) continue;
    const prev = byAgent.get(s.data.agent.id);
    if (!prev || RANK[state] > RANK[prev.state]) byAgent.set(s.data.agent.id, { agent: s.data.agent, state });
  }
  return [...byAgent.values()];
}

/**
 * Tells the ticket's room what the agent is doing there now, over all of their connections;
 * `from`, the connection that caused the change, is not told.
 */
async function broadcastAgentState(
  deps: AppDeps,
  io: KontaktServer,
  ticketId: string,
  agent: PresenceAgent,
  from?: KontaktSocket,
) {
  const entry = (await presentOn(io, ticketId)).find((e) => e.agent.id === agent.id);
  const state: PresenceState = entry?.state ?? 'left';
  const room = ticketRoom(ticketId);
  (from ? from.to(room) : io.to(room)).emit('presence.changed', {
    ticketId,
    agent,
    state,
    at: deps.clock.now().toISOString(),
  });
}

/** Ends this connection's presence on a ticket (a no-op when it had none). */
export async function clearPresence(
  deps: AppDeps,
  io: KontaktServer,
  socket: KontaktSocket,
  ticketId: string,
) {
  if (!(ticketId in socket.data.presence)) return;
  delete socket.data.presence[ticketId];
  await broadcastAgentState(deps, io, ticketId, socket.data.agent, socket);
}

/** `presence.set`, and `left` everywhere when the connection goes away. */
export function registerPresence(
  deps: AppDeps,
  io: KontaktServer,
  socket: KontaktSocket,
  connections: Connections,
) {
  // One change at a time per connection, so a quick viewing → left cannot be broadcast reversed.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = chain.then(fn);
    chain = next.catch(() => undefined);
    return next;
  };

  socket.on(
    'presence.set',
    withAck(PresenceSetInput, deps.log, ({ ticketId, state }) =>
      serial(async () => {
        if (state === 'left') {
          await clearPresence(deps, io, socket, ticketId);
          return { ok: true as const };
        }
        const actor = connections.get(socket)?.actor;
        if (!actor || !(await findTicketForActor(deps.db, actor, ticketId))) return notFoundAck();
        await socket.join(ticketRoom(ticketId));
        socket.data.presence[ticketId] = state;
        await broadcastAgentState(deps, io, ticketId, socket.data.agent, socket);
        return { ok: true as const };
      }),
    ),
  );

  // By `disconnect` the connection has left its rooms, so it no longer counts in presentOn().
  socket.on('disconnect', () => {
    const tickets = Object.keys(socket.data.presence ?? {});
    void serial(async () => {
      for (const ticketId of tickets) await broadcastAgentState(deps, io, ticketId, socket.data.agent);
    }).catch((err: unknown) => deps.log.warn({ err }, 'realtime presence clean-up failed'));
  });
}
