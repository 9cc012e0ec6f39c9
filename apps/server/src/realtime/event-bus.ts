import { EventEmitter } from 'node:events';
import type { DraftChanged, Message, Ticket } from '@kontakt/contracts';

/**
 * Domain events that reach live clients. Services publish them after their transaction commits;
 * the socket layer turns them into room broadcasts (and, with Redis, across instances).
 */
export type LiveEvent =
  | {
      type: 'ticket.created' | 'ticket.updated';
      organizationId: string;
      ticket: Ticket;
      /** Where the ticket was before this change, so its old queue and assignee learn it left. */
      previous?: { queueId: string; assigneeId: string | null };
    }
  | { type: 'message.created'; organizationId: string; ticket: Ticket; message: Message }
  | { type: 'draft.changed'; organizationId: string; draft: DraftChanged }
  /** A chat event for rooms of the agent (`/`) or visitor (`/widget`) namespace (see chat-relay.ts). */
  | {
      type: 'chat.emit';
      organizationId: string;
      namespace: 'agents' | 'widget';
      rooms: string[];
      event: string;
      payload: unknown;
    };

export class EventBus {
  private emitter = new EventEmitter().setMaxListeners(50);

  publish(events: LiveEvent | LiveEvent[]): void {
    for (const e of Array.isArray(events) ? events : [events]) this.emitter.emit('event', e);
  }

  subscribe(fn: (e: LiveEvent) => void): () => void {
    this.emitter.on('event', fn);
    return () => this.emitter.off('event', fn);
  }
}
