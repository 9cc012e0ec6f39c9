import type { Logger } from 'pino';
import type { EventBus, LiveEvent } from './event-bus.ts';
import { agentRoom, allQueuesRoom, queueRoom, ticketRoom } from './rooms.ts';
import type { KontaktServer } from './socket-types.ts';

/**
 * Where a ticket event goes: everyone who sees the ticket's queue (by team, or all queues), its
 * watchers and its assignee — and, after a move, its previous queue and assignee. Every room is
 * of the event's organization, so internal notes never leave it.
 */
export function roomsFor(event: LiveEvent): string[] {
  // Drafts concern the agents who have the ticket open, nobody else.
  if (event.type === 'draft.changed') return [ticketRoom(event.draft.ticketId)];
  if (event.type === 'chat.emit') return event.rooms;
  const { ticket } = event;
  const rooms = [queueRoom(ticket.queueId), allQueuesRoom(event.organizationId), ticketRoom(ticket.id)];
  if (ticket.assigneeId) rooms.push(agentRoom(ticket.assigneeId));
  if (event.type !== 'message.created' && event.previous) {
    rooms.push(queueRoom(event.previous.queueId));
    if (event.previous.assigneeId) rooms.push(agentRoom(event.previous.assigneeId));
  }
  return [...new Set(rooms)];
}

/** Sends one event to its rooms: once per connection, whatever number of its rooms it is in. */
export function emitLiveEvent(io: KontaktServer, event: LiveEvent): void {
  // Chat events are emitted by chat-relay.ts (their namespace and names are their own).
  if (event.type === 'chat.emit') return;
  const to = io.to(roomsFor(event));
  if (event.type === 'draft.changed') {
    to.emit(event.type, event.draft);
    return;
  }
  // Abilities belong to one reader; a publisher passing the REST shape must not broadcast them.
  const { abilities: _abilities, ...ticket } = event.ticket;
  if (event.type === 'message.created') {
    to.emit(event.type, { type: event.type, ticket, message: event.message });
  } else {
    to.emit(event.type, { type: event.type, ticket });
  }
}

/**
 * Forwards the events this instance's services publish; with the Redis adapter `io.to()` reaches
 * the connections of every instance, so each event is emitted once, by the instance that made it.
 */
export function startFanOut(io: KontaktServer, events: EventBus, log: Logger): () => void {
  return events.subscribe((event) => {
    try {
      emitLiveEvent(io, event);
    } catch (err) {
      log.error({ err, type: event.type }, 'realtime fan-out failed');
    }
  });
}
