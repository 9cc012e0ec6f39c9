import type { AgentChatServerEvents, WidgetServerEvents } from '@kontakt/contracts';
import type { EventBus, LiveEvent } from '../../realtime/event-bus.ts';

/** The room of a visitor's connections (all tabs) in the `/widget` namespace. */
export const visitorRoom = (sessionId: string) => `visitor:${sessionId}`;

type ChatEmit = Extract<LiveEvent, { type: 'chat.emit' }>;

/** A chat event for visitors of one session; emitted by the relay after the caller's commit. */
export function toVisitor<E extends keyof WidgetServerEvents>(
  organizationId: string,
  sessionId: string,
  event: E,
  payload: Parameters<WidgetServerEvents[E]>[0],
): ChatEmit {
  return {
    type: 'chat.emit',
    organizationId,
    namespace: 'widget',
    rooms: [visitorRoom(sessionId)],
    event,
    payload,
  };
}

/** A chat event for agent-namespace rooms (agent, ticket, queue or organization rooms). */
export function toAgents<E extends keyof AgentChatServerEvents>(
  organizationId: string,
  rooms: string[],
  event: E,
  payload: Parameters<AgentChatServerEvents[E]>[0],
): ChatEmit {
  return {
    type: 'chat.emit',
    organizationId,
    namespace: 'agents',
    rooms: [...new Set(rooms)],
    event,
    payload,
  };
}

/** Publishes chat events (call after the transaction that caused them has committed). */
export function publishChat(events: EventBus, items: ChatEmit[]): void {
  if (items.length) events.publish(items);
}
