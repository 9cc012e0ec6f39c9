import { z } from 'zod';
import { Id, Instant } from './common.ts';
import { Message, Ticket } from './tickets.ts';
import type { AgentChatClientEvents, AgentChatServerEvents } from './chat.ts';

/**
 * Live events over Socket.IO (path `/socket.io`). Clients authenticate with the session cookie
 * (web app) or `auth: { token: 'ktk_…' }` (integrations); see apps/server/src/realtime/README.md.
 */

/** What an agent is doing on a ticket; `left` ends it. */
export const PresenceState = z.enum(['viewing', 'replying', 'left']);
export type PresenceState = z.infer<typeof PresenceState>;

/** `ticket.watch` / `ticket.unwatch`: follow a ticket's live events and presence. */
export const TicketWatchInput = z.strictObject({
  /** The ticket to watch; one the caller cannot see answers `not_found`. */
  ticketId: Id,
});
export type TicketWatchInput = z.infer<typeof TicketWatchInput>;

/** `presence.set`: tell the other agents on a ticket what you are doing there. */
export const PresenceSetInput = z.strictObject({
  /** The ticket; setting `viewing` or `replying` also watches it. */
  ticketId: Id,
  /** `viewing`, `replying`, or `left` when the agent closes the ticket. */
  state: PresenceState,
});
export type PresenceSetInput = z.infer<typeof PresenceSetInput>;

/** The agent behind a presence entry. */
export const PresenceAgent = z.object({
  /** The agent's id. */
  id: Id,
  /** The agent's display name. */
  name: z.string(),
});
export type PresenceAgent = z.infer<typeof PresenceAgent>;

/** An agent currently on a ticket (never `left`). */
export const PresenceEntry = z.object({
  /** Who. */
  agent: PresenceAgent,
  /** What they are doing. */
  state: PresenceState.exclude(['left']),
});
export type PresenceEntry = z.infer<typeof PresenceEntry>;

/** Error codes a realtime acknowledgement can carry. */
export const RealtimeErrorCode = z.enum([
  'validation_failed',
  'not_found',
  'internal_error',
  /** Too many requests on this connection (a burst of 40, then 4 a second): retry a little later. */
  'rate_limited',
]);

/** The acknowledgement of every client request: `{ ok: true }` or an error code. */
export const RealtimeAck = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({
    ok: z.literal(false),
    /** `not_found` for tickets that do not exist or are hidden from the caller. */
    error: z.object({ code: RealtimeErrorCode, message: z.string().optional() }),
  }),
]);
export type RealtimeAck = z.infer<typeof RealtimeAck>;

/** The acknowledgement of `ticket.watch`: who is already on the ticket. */
export const TicketWatchAck = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    /** Other agents on the ticket right now, one entry each (the caller's own tabs are left out). */
    present: z.array(PresenceEntry),
  }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: RealtimeErrorCode, message: z.string().optional() }),
  }),
]);
export type TicketWatchAck = z.infer<typeof TicketWatchAck>;

/** `ticket.created` / `ticket.updated`: the ticket as it is after the change. */
export const TicketLiveEvent = z.object({
  /** The event name again, so one handler can serve several events. */
  type: z.enum(['ticket.created', 'ticket.updated']),
  /** The ticket, in the REST shape without `abilities`. */
  ticket: Ticket,
});
export type TicketLiveEvent = z.infer<typeof TicketLiveEvent>;

/** `message.created`: a reply or an internal note was added. */
export const MessageLiveEvent = z.object({
  type: z.literal('message.created'),
  /** The ticket after the message (status, last activity). */
  ticket: Ticket,
  /** The new message; `kind: 'note'` is internal and only ever sent to agents of the organization. */
  message: Message,
});
export type MessageLiveEvent = z.infer<typeof MessageLiveEvent>;

/** `presence.changed`: an agent started viewing, replying on, or left a ticket (not sent to the connection that changed it). */
export const PresenceChanged = z.object({
  ticketId: Id,
  agent: PresenceAgent,
  state: PresenceState,
  /** When the server saw the change. */
  at: Instant,
});
export type PresenceChanged = z.infer<typeof PresenceChanged>;

/**
 * `draft.changed`: an agent started an unsent draft on a watched ticket, or it went (sent,
 * discarded). Carries no text: refetch `GET /api/v1/tickets/{id}/drafts` for the previews.
 */
export const DraftChanged = z.object({
  ticketId: Id,
  /** Whose draft. */
  agentId: Id,
  state: z.enum(['saved', 'deleted']),
  at: Instant,
});
export type DraftChanged = z.infer<typeof DraftChanged>;

/** The connection error's `data` when a handshake is refused. */
export const RealtimeConnectError = z.object({
  /**
   * `unauthenticated` (no or a dead session / token), `insufficient_scope` (token without
   * `tickets:read`), `forbidden` (cookie sent from a foreign origin), `unavailable` (try again).
   */
  code: z.enum(['unauthenticated', 'insufficient_scope', 'forbidden', 'unavailable']),
});
export type RealtimeConnectError = z.infer<typeof RealtimeConnectError>;

/** Events the server sends (Socket.IO's `ServerToClientEvents`). */
export interface ServerToClientEvents extends AgentChatServerEvents {
  'ticket.created': (event: TicketLiveEvent) => void;
  'ticket.updated': (event: TicketLiveEvent) => void;
  'message.created': (event: MessageLiveEvent) => void;
  'presence.changed': (event: PresenceChanged) => void;
  'draft.changed': (event: DraftChanged) => void;
}

/** Requests a client sends, each answered through its acknowledgement callback. */
export interface ClientToServerEvents extends AgentChatClientEvents {
  'ticket.watch': (input: TicketWatchInput, ack: (result: TicketWatchAck) => void) => void;
  'ticket.unwatch': (input: TicketWatchInput, ack: (result: RealtimeAck) => void) => void;
  'presence.set': (input: PresenceSetInput, ack: (result: RealtimeAck) => void) => void;
}
