import { TicketWatchInput } from '@kontakt/contracts';
import type { AppDeps } from '../http/deps.ts';
import { findTicketForActor } from '../modules/tickets/index.ts';
import { notFoundAck, withAck } from './ack-handler.ts';
import { clearPresence, presentOn } from './presence.ts';
import { ticketRoom } from './rooms.ts';
import type { Connections, KontaktServer, KontaktSocket } from './socket-types.ts';

/**
 * `ticket.watch` joins the ticket's room (its live events and presence) when the actor may see
 * the ticket, and answers who else is already there (other agents); `ticket.unwatch` leaves it and ends presence.
 */
export function registerTicketWatch(
  deps: AppDeps,
  io: KontaktServer,
  socket: KontaktSocket,
  connections: Connections,
) {
  socket.on(
    'ticket.watch',
    withAck(TicketWatchInput, deps.log, async ({ ticketId }) => {
      const actor = connections.get(socket)?.actor;
      if (!actor || !(await findTicketForActor(deps.db, actor, ticketId))) return notFoundAck();
      await socket.join(ticketRoom(ticketId));
      return { ok: true as const, present: await presentOn(io, ticketId, actor.agentId) };
    }),
  );

  socket.on(
    'ticket.unwatch',
    withAck(TicketWatchInput, deps.log, async ({ ticketId }) => {
      await socket.leave(ticketRoom(ticketId));
      await clearPresence(deps, io, socket, ticketId);
      return { ok: true as const };
    }),
  );
}
