import { z } from 'zod';
import { Id, Instant, Locale } from './common.ts';
import { Attachment } from './tickets.ts';
import { AgentPresence } from './presence.ts';

/**
 * Live chat: channels (the widget's settings), visitor sessions, chat messages with client ids
 * and sequence numbers, routing offers and the supervisor's snapshot (agent presence with reason
 * codes: presence.ts). Protocol description: /work/notes/chat-protocol.md (events, acks, resend rules).
 */

// ---------------------------------------------------------------- channels (admin + widget config)

const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as #1f6feb');
const HttpsUrl = z.url({ protocol: /^https?$/ }).max(2000);

/** How the widget looks. */
export const ChatBranding = z.strictObject({
  /** Accent colour of the bubble and the header. */
  color: HexColor.default('#1f6feb'),
  /** Greeting shown above the pre-chat form, per language (missing languages fall back to `en`). */
  greeting: z.partialRecord(Locale, z.string().trim().max(500)).default({}),
  /** Corner of the page the bubble sits in. */
  position: z.enum(['bottom-right', 'bottom-left']).default('bottom-right'),
  /** Avatar shown next to agent messages (https URL), or null. */
  avatarUrl: HttpsUrl.nullable().default(null),
});
export type ChatBranding = z.infer<typeof ChatBranding>;

/** A pre-chat form field the visitor may be asked for. */
export const PreChatField = z.enum(['name', 'email', 'topic']);
export type PreChatField = z.infer<typeof PreChatField>;

/** Which pre-chat fields are shown and which of them are required. */
export const PreChatConfig = z.strictObject({
  /** Fields shown, in this order. `email` is always shown (the offline form needs it). */
  fields: z.array(PreChatField).max(3).default(['name', 'email', 'topic']),
  /** Fields the visitor must fill in before the chat starts. */
  required: z.array(PreChatField).max(3).default(['email']),
});
export type PreChatConfig = z.infer<typeof PreChatConfig>;

/** What visitors may upload. */
export const ChatUploadConfig = z.strictObject({
  /** Allowed MIME types; `image/*` style wildcards allowed. Empty: uploads off. */
  allowedTypes: z.array(z.string().trim().min(3).max(100)).max(30).default(['image/*', 'application/pdf']),
  /** Largest file in bytes (at most 20 MB). */
  maxBytes: z
    .number()
    .int()
    .min(1)
    .max(20 * 1024 * 1024)
    .default(5 * 1024 * 1024),
});
export type ChatUploadConfig = z.infer<typeof ChatUploadConfig>;

/** A chat channel: one widget installation of an organization. */
export const ChatChannel = z.object({
  id: Id,
  /** The public id in the embed snippet (`data-channel`); not a secret. */
  publicId: z.string(),
  name: z.string(),
  active: z.boolean(),
  /** Queue new chats land in (its chat requirements route them). */
  queueId: Id,
  /** Business hours; outside them the widget is offline. Null: always open. */
  calendarId: Id.nullable(),
  branding: ChatBranding,
  preChat: PreChatConfig,
  /** Privacy notice linked from the pre-chat form. */
  privacyUrl: HttpsUrl.nullable(),
  uploads: ChatUploadConfig,
  /** Seconds an agent has to accept an offer before it goes to the next agent. */
  offerTimeoutSeconds: z.number().int(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type ChatChannel = z.infer<typeof ChatChannel>;

const ChannelFields = {
  name: z.string().trim().min(1).max(120),
  active: z.boolean(),
  queueId: Id,
  calendarId: Id.nullable(),
  branding: ChatBranding,
  preChat: PreChatConfig,
  privacyUrl: HttpsUrl.nullable(),
  uploads: ChatUploadConfig,
  offerTimeoutSeconds: z.number().int().min(5).max(600),
};

/** `POST /api/v1/chat-channels` (admin). */
export const CreateChatChannelInput = z.strictObject({
  name: ChannelFields.name,
  queueId: ChannelFields.queueId,
  active: ChannelFields.active.default(true),
  calendarId: ChannelFields.calendarId.default(null),
  branding: ChannelFields.branding.default(ChatBranding.parse({})),
  preChat: ChannelFields.preChat.default(PreChatConfig.parse({})),
  privacyUrl: ChannelFields.privacyUrl.default(null),
  uploads: ChannelFields.uploads.default(ChatUploadConfig.parse({})),
  offerTimeoutSeconds: ChannelFields.offerTimeoutSeconds.default(30),
});
export type CreateChatChannelInput = z.infer<typeof CreateChatChannelInput>;

/** `PATCH /api/v1/chat-channels/{id}` (admin): any subset of the fields. */
export const UpdateChatChannelInput = z.strictObject(ChannelFields).partial();
export type UpdateChatChannelInput = z.infer<typeof UpdateChatChannelInput>;

/** Chat routing requirements of a queue (`PUT /api/v1/chat-queues/{queueId}`). */
export const ChatQueueRequirements = z.strictObject({
  /** Every skill listed is needed (agents' `skills`). */
  requiredSkills: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  /** The agent must speak one of these (empty: any); the visitor's language is preferred. */
  languages: z.array(Locale).max(3).default([]),
});
export type ChatQueueRequirements = z.infer<typeof ChatQueueRequirements>;

/** `GET /widget/v1/channels/{publicId}/config` (public, no personal data). */
export const WidgetConfig = z.object({
  publicId: z.string(),
  branding: ChatBranding,
  preChat: PreChatConfig,
  privacyUrl: z.string().nullable(),
  uploads: ChatUploadConfig,
  /** False outside business hours or when no agent is online: show the offline form. */
  online: z.boolean(),
  /** Why offline (null when online). */
  offlineReason: z.enum(['closed', 'no_agents']).nullable(),
});
export type WidgetConfig = z.infer<typeof WidgetConfig>;

// ---------------------------------------------------------------- visitor sessions

/** `POST /widget/v1/channels/{publicId}/sessions`: the pre-chat form. */
export const StartChatInput = z.strictObject({
  name: z.string().trim().max(200).optional(),
  email: z.email().max(254).optional(),
  topic: z.string().trim().max(500).optional(),
  /** The browser's language (pl, cs, en); routes to agents who speak it. */
  language: Locale.default('en'),
  /** A stable random id the widget keeps in localStorage (kept on the customer as an identity). */
  visitorId: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, '16–64 characters of [A-Za-z0-9_-]'),
  /** The page the chat started on (shown to the agent). */
  pageUrl: z.string().max(2000).optional(),
});
export type StartChatInput = z.infer<typeof StartChatInput>;

/** Where a chat stands. */
export const ChatSessionState = z.enum(['waiting', 'active', 'ended']);
export type ChatSessionState = z.infer<typeof ChatSessionState>;

/** A chat conversation (a ticket of channel `chat`), as the visitor and agents see it. */
export const ChatSession = z.object({
  id: Id,
  ticketId: Id,
  channelId: Id,
  queueId: Id,
  state: ChatSessionState,
  language: Locale,
  /** The agent who has the chat (null while waiting). */
  agent: z.object({ id: Id, name: z.string() }).nullable(),
  /** Highest sequence number stored in this conversation. */
  lastSeq: z.number().int(),
  enqueuedAt: Instant,
  endedAt: Instant.nullable(),
  /** The visitor's rating, 1–5 (null: none yet). */
  rating: z.number().int().min(1).max(5).nullable(),
});
export type ChatSession = z.infer<typeof ChatSession>;

/** Answer of `POST …/sessions` (201). Keep `token` (localStorage) to resume after reloads. */
export const StartChatResult = z.object({
  /** Signed visitor token: `auth: { token }` on the `/widget` namespace, `Authorization: Bearer` on uploads. */
  token: z.string(),
  session: ChatSession,
});
export type StartChatResult = z.infer<typeof StartChatResult>;

/** `POST /widget/v1/channels/{publicId}/offline-messages`: becomes an e-mail ticket. */
export const OfflineMessageInput = z.strictObject({
  name: z.string().trim().max(200).optional(),
  email: z.email().max(254),
  topic: z.string().trim().max(500).optional(),
  message: z.string().trim().min(1).max(10_000),
  language: Locale.default('en'),
});
export type OfflineMessageInput = z.infer<typeof OfflineMessageInput>;

// ---------------------------------------------------------------- messages

/** A client-made id (e.g. a UUID or nanoid) that makes a send idempotent within a conversation. */
export const ClientId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '8–64 characters of [A-Za-z0-9_-]');

/** A chat message as the widget and the agent app show it. Text only: HTML arrives as text. */
export const ChatMessage = z.object({
  /** The stored message (`messages.id`, also on the ticket). */
  id: Id,
  sessionId: Id,
  /** Order in the conversation, 1, 2, 3 … without gaps; sort and de-duplicate by it. */
  seq: z.number().int().min(1),
  /** The sender's client id (for replies sent through REST: the message id). */
  clientId: z.string(),
  from: z.enum(['visitor', 'agent', 'system']),
  /** The agent who wrote it (null for the visitor and system). */
  agent: z.object({ id: Id, name: z.string() }).nullable(),
  /** Plain text; render as text, never as HTML. */
  text: z.string(),
  attachments: z.array(Attachment),
  createdAt: Instant,
});
export type ChatMessage = z.infer<typeof ChatMessage>;

/** `chat.send` (both namespaces): one message. Resend with the same `clientId` until acknowledged. */
export const ChatSendInput = z.strictObject({
  /** Agents name the conversation; visitors have exactly one (leave it out). */
  sessionId: Id.optional(),
  clientId: ClientId,
  text: z.string().max(10_000),
  /** Files uploaded first (`POST /widget/v1/uploads` or `POST /api/v1/attachments`). */
  attachmentIds: z.array(Id).max(10).default([]),
});
export type ChatSendInput = z.infer<typeof ChatSendInput>;
/** What a client sends as `chat.send` (`attachmentIds` may be left out). */
export type ChatSendRequest = z.input<typeof ChatSendInput>;

/** `chat.sync`: messages after the last seq the client has (0: everything). */
export const ChatSyncInput = z.strictObject({
  sessionId: Id.optional(),
  afterSeq: z.number().int().min(0),
});
export type ChatSyncInput = z.infer<typeof ChatSyncInput>;

/** `chat.typing`: sent on start and stop (not stored). */
export const ChatTypingInput = z.strictObject({
  sessionId: Id.optional(),
  typing: z.boolean(),
});
export type ChatTypingInput = z.infer<typeof ChatTypingInput>;

/** `chat.rate` (visitor): 1–5 and an optional comment; a second rating replaces the first. */
export const ChatRateInput = z.strictObject({
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2000).optional(),
});
export type ChatRateInput = z.infer<typeof ChatRateInput>;

/** `chat.transcript` (visitor): mail the conversation to the session's e-mail (or this one). */
export const ChatTranscriptInput = z.strictObject({ email: z.email().max(254).optional() });
export type ChatTranscriptInput = z.infer<typeof ChatTranscriptInput>;

/** `chat.end` (both; agents name the session). */
export const ChatEndInput = z.strictObject({ sessionId: Id.optional() });
export type ChatEndInput = z.infer<typeof ChatEndInput>;

/** Codes a chat acknowledgement can carry. */
export const ChatErrorCode = z.enum([
  'validation_failed',
  'not_found',
  'internal_error',
  /** Too many messages: wait `details.retryAfterSeconds` and resend (same clientId). */
  'rate_limited',
  /** The chat has ended: no more messages. */
  'chat_ended',
  /** An attachment is too large or of a type the channel does not allow. */
  'attachment_rejected',
  /** The offer expired or went to someone else. */
  'offer_gone',
  /** The agent may not act on this chat. */
  'forbidden',
]);
export type ChatErrorCode = z.infer<typeof ChatErrorCode>;

const ChatFailure = z.object({
  ok: z.literal(false),
  error: z.object({ code: ChatErrorCode, message: z.string().optional(), details: z.unknown().optional() }),
});

/** Ack of `chat.send`: the stored message (the first one when the clientId was seen before). */
export const ChatSendAck = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), message: ChatMessage, duplicate: z.boolean() }),
  ChatFailure,
]);
export type ChatSendAck = z.infer<typeof ChatSendAck>;

/** Ack of `chat.sync`: the session now and the messages after `afterSeq`, in seq order. */
export const ChatSyncAck = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), session: ChatSession, messages: z.array(ChatMessage) }),
  ChatFailure,
]);
export type ChatSyncAck = z.infer<typeof ChatSyncAck>;

/** Ack of every other chat request. */
export const ChatAck = z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), ChatFailure]);
export type ChatAck = z.infer<typeof ChatAck>;

/** `chat.typing` from the server: the other side started or stopped typing. */
export const ChatTypingEvent = z.object({
  sessionId: Id,
  from: z.enum(['visitor', 'agent']),
  /** The typing agent's first name (visitor side) or null. */
  name: z.string().nullable(),
  typing: z.boolean(),
});
export type ChatTypingEvent = z.infer<typeof ChatTypingEvent>;

/** `chat.status` to the visitor: the session changed, or the queue moved. */
export const ChatStatusEvent = z.object({
  session: ChatSession,
  /** 1 = next in line (null unless waiting). */
  position: z.number().int().min(1).nullable(),
  /** Estimated seconds until an agent takes the chat (null unless waiting). */
  estimatedWaitSeconds: z.number().int().min(0).nullable(),
});
export type ChatStatusEvent = z.infer<typeof ChatStatusEvent>;

/** Handshake refusal codes of the `/widget` namespace (`err.data.code`). */
export const WidgetConnectError = z.object({
  code: z.enum(['invalid_visitor_token', 'unavailable']),
});
export type WidgetConnectError = z.infer<typeof WidgetConnectError>;

/** `/widget` namespace: events the server sends to the visitor. */
export interface WidgetServerEvents {
  'chat.message': (message: ChatMessage) => void;
  'chat.typing': (event: ChatTypingEvent) => void;
  'chat.status': (event: ChatStatusEvent) => void;
}

/** `/widget` namespace: requests the visitor sends (each with an ack). */
export interface WidgetClientEvents {
  'chat.send': (input: ChatSendRequest, ack: (r: ChatSendAck) => void) => void;
  'chat.sync': (input: ChatSyncInput, ack: (r: ChatSyncAck) => void) => void;
  'chat.typing': (input: ChatTypingInput, ack?: (r: ChatAck) => void) => void;
  'chat.end': (input: ChatEndInput, ack: (r: ChatAck) => void) => void;
  'chat.rate': (input: ChatRateInput, ack: (r: ChatAck) => void) => void;
  'chat.transcript': (input: ChatTranscriptInput, ack: (r: ChatAck) => void) => void;
}

// ---------------------------------------------------------------- routing, offers, supervisor

/** A chat offered to one agent; accept before `expiresAt`. */
export const ChatOffer = z.object({
  id: Id,
  sessionId: Id,
  ticketId: Id,
  queueId: Id,
  /** The visitor's name (or e-mail), topic and language, to decide quickly. */
  visitorName: z.string().nullable(),
  topic: z.string().nullable(),
  language: Locale,
  offeredAt: Instant,
  expiresAt: Instant,
  /** When the visitor started waiting (entered the queue), to show how long they wait. */
  enqueuedAt: Instant.optional(),
});
export type ChatOffer = z.infer<typeof ChatOffer>;

/** `chat.offer_withdrawn`: the offer expired or was taken; hide it. */
export const ChatOfferWithdrawn = z.object({ offerId: Id, reason: z.enum(['expired', 'taken', 'ended']) });
export type ChatOfferWithdrawn = z.infer<typeof ChatOfferWithdrawn>;

/** `POST /api/v1/chats/{sessionId}/transfer`: to a colleague or a queue, with a note. */
export const TransferChatInput = z
  .strictObject({
    toAgentId: Id.optional(),
    toQueueId: Id.optional(),
    /** Internal note on the ticket for whoever takes it next. */
    note: z.string().trim().max(5000).default(''),
  })
  .refine((t) => Boolean(t.toAgentId) !== Boolean(t.toQueueId), {
    message: 'give either toAgentId or toQueueId',
  });
export type TransferChatInput = z.infer<typeof TransferChatInput>;

/** `POST /api/v1/chats/{sessionId}/join` (leads): watch silently or take the chat over. */
export const JoinChatInput = z.strictObject({ mode: z.enum(['silent', 'takeover']) });
export type JoinChatInput = z.infer<typeof JoinChatInput>;

/** `GET /api/v1/chats/supervisor`: the live picture (leads and admins). */
export const SupervisorSnapshot = z.object({
  at: Instant,
  queues: z.array(
    z.object({
      queueId: Id,
      name: z.string(),
      waiting: z.number().int(),
      /** Seconds the longest-waiting chat has waited (0 when none). */
      longestWaitSeconds: z.number().int(),
    }),
  ),
  agents: z.array(AgentPresence),
  chats: z.array(
    z.object({
      session: ChatSession,
      visitorName: z.string().nullable(),
      waitedSeconds: z.number().int(),
    }),
  ),
});
export type SupervisorSnapshot = z.infer<typeof SupervisorSnapshot>;

/** `chat.message` on the agent namespace: a chat message in a conversation the agent is in. */
export const AgentChatMessageEvent = ChatMessage;

/** Agent namespace (`/`): chat events the server sends (besides the ticket events). */
export interface AgentChatServerEvents {
  'chat.offered': (offer: ChatOffer) => void;
  'chat.offer_withdrawn': (event: ChatOfferWithdrawn) => void;
  'chat.message': (message: ChatMessage) => void;
  'chat.typing': (event: ChatTypingEvent) => void;
  'chat.session_updated': (session: ChatSession) => void;
  'chat.queue_changed': (event: { queueId: string; waiting: number }) => void;
  'agent_presence.changed': (event: AgentPresence) => void;
}

/** Agent namespace (`/`): chat requests (each with an ack). */
export interface AgentChatClientEvents {
  'chat.send': (input: ChatSendRequest, ack: (r: ChatSendAck) => void) => void;
  'chat.sync': (input: ChatSyncInput, ack: (r: ChatSyncAck) => void) => void;
  'chat.typing': (input: ChatTypingInput, ack?: (r: ChatAck) => void) => void;
}
