import { z } from 'zod';
import { Id, Instant, Locale } from './common.ts';
import { MessageDelivery } from './email.ts';
import { TicketSla } from './ticket-sla.ts';

export const TicketStatus = z.enum([
  'new',
  'open',
  'pending_customer',
  'pending_third_party',
  'on_hold',
  'solved',
  'closed',
]);
export type TicketStatus = z.infer<typeof TicketStatus>;
export const Priority = z.enum(['low', 'normal', 'high', 'urgent']);
export type Priority = z.infer<typeof Priority>;
export const TicketType = z.enum(['question', 'incident', 'complaint', 'order', 'return', 'other']);
export type TicketType = z.infer<typeof TicketType>;
export const Channel = z.enum([
  'email',
  'chat',
  'phone',
  'web',
  'api',
  'whatsapp',
  'messenger',
  'telegram',
  'other',
]);
export type Channel = z.infer<typeof Channel>;

const Tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(60)
  .regex(/^[\p{L}\p{N}_.:-]+$/u, 'tags are single words (letters, digits, _ . : -)');
/** One ticket tag: a single lower-case word. */
export const TicketTag = Tag;

/** Values of admin-defined ticket fields, by key. Validated against the definitions. */
export const CustomFieldValues = z.record(
  z.string().max(60),
  z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]),
);

export const Queue = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  teamId: Id.nullable(),
  isDefault: z.boolean(),
  /** The business calendar its SLA clocks count in (null: around the clock). */
  calendarId: Id.nullable().optional(),
  createdAt: Instant,
});
export type Queue = z.infer<typeof Queue>;
export const CreateQueueInput = z.strictObject({
  name: z.string().trim().min(1).max(120),
  description: z.string().max(2000).default(''),
  /** Agents of this team see the queue's tickets. */
  teamId: Id.nullable().default(null),
});
export type CreateQueueInput = z.infer<typeof CreateQueueInput>;
export const UpdateQueueInput = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  description: z.string().max(2000).optional(),
  teamId: Id.nullable().optional(),
  isDefault: z.literal(true).optional(),
});
export type UpdateQueueInput = z.infer<typeof UpdateQueueInput>;

/** A message body: HTML (sanitized on the server) or plain text. */
export const MessageBody = z
  .strictObject({
    html: z.string().max(1_000_000).optional(),
    text: z.string().max(500_000).optional(),
  })
  .refine((b) => (b.html ?? b.text ?? '').trim().length > 0, { message: 'the message is empty' });

export const CreateMessageInput = z.strictObject({
  /** `reply` is public (sent to the customer on the ticket's channel); `note` is internal. */
  kind: z.enum(['reply', 'note']).default('reply'),
  body: MessageBody,
  /** Who wrote it: agents by default; integrations may record customer messages. */
  author: z.enum(['agent', 'customer']).default('agent'),
  /** Idempotency key: the same id on the same channel is stored once (e.g. chat client id). */
  externalId: z.string().min(1).max(300).optional(),
  /** Set the ticket status in the same action ("send and set pending"). */
  status: TicketStatus.optional(),
  /** Agents mentioned in a note; each is notified. */
  mentionIds: z.array(Id).max(50).default([]),
  /** Files uploaded first through `POST /attachments`. */
  attachmentIds: z.array(Id).max(20).default([]),
});
export type CreateMessageInput = z.infer<typeof CreateMessageInput>;

export const Attachment = z.object({
  id: Id,
  filename: z.string(),
  contentType: z.string(),
  size: z.number(),
  url: z.string(),
});

export const Message = z.object({
  id: Id,
  ticketId: Id,
  kind: z.enum(['reply', 'note']),
  direction: z.enum(['inbound', 'outbound', 'internal']),
  authorType: z.enum(['customer', 'agent', 'system']),
  authorId: Id.nullable(),
  channel: Channel,
  bodyHtml: z.string(),
  bodyText: z.string(),
  mentions: z.array(Id),
  attachments: z.array(Attachment),
  createdAt: Instant,
  /** Delivery of an outbound e-mail reply; null or absent for other messages. */
  delivery: MessageDelivery.nullable().optional(),
});
export type Message = z.infer<typeof Message>;

export const CustomerRef = z
  .strictObject({
    email: z.email().max(254).optional(),
    phone: z.string().max(40).optional(),
    name: z.string().trim().max(200).optional(),
  })
  .refine((c) => c.email || c.phone, { message: 'give the customer an e-mail address or a phone number' });

export const CreateTicketInput = z.strictObject({
  subject: z.string().trim().min(1).max(500),
  /** An existing customer, or one found or created by e-mail / phone. */
  customerId: Id.optional(),
  customer: CustomerRef.optional(),
  queueId: Id.optional(),
  status: TicketStatus.default('new'),
  priority: Priority.default('normal'),
  type: TicketType.default('question'),
  channel: Channel.default('api'),
  assigneeId: Id.nullable().default(null),
  tags: z.array(Tag).max(50).default([]),
  customFields: CustomFieldValues.default({}),
  contactReasonId: Id.nullable().default(null),
  language: Locale.nullable().default(null),
  /** The first message (the customer's question, or an agent's outbound message). */
  message: CreateMessageInput.optional(),
});
export type CreateTicketInput = z.infer<typeof CreateTicketInput>;

export const UpdateTicketInput = z.strictObject({
  /** The version the change is based on; a stale version answers 409 with the current ticket. */
  version: z.number().int().min(1),
  subject: z.string().trim().min(1).max(500).optional(),
  status: TicketStatus.optional(),
  priority: Priority.optional(),
  type: TicketType.optional(),
  queueId: Id.optional(),
  teamId: Id.nullable().optional(),
  assigneeId: Id.nullable().optional(),
  customerId: Id.optional(),
  tags: z.array(Tag).max(50).optional(),
  customFields: CustomFieldValues.optional(),
  contactReasonId: Id.nullable().optional(),
  language: Locale.nullable().optional(),
  followerIds: z.array(Id).max(100).optional(),
});
export type UpdateTicketInput = z.infer<typeof UpdateTicketInput>;

export const Ticket = z.object({
  id: Id,
  number: z.number().int(),
  subject: z.string(),
  status: TicketStatus,
  priority: Priority,
  type: TicketType,
  channel: Channel,
  queueId: Id,
  teamId: Id.nullable(),
  assigneeId: Id.nullable(),
  customerId: Id.nullable(),
  /** How to call the customer (name, else first identity); in lists and reads, not in live events. */
  customerLabel: z.string().nullable().optional(),
  followerIds: z.array(Id),
  tags: z.array(z.string()),
  customFields: CustomFieldValues,
  contactReasonId: Id.nullable(),
  language: Locale.nullable(),
  mergedIntoId: Id.nullable(),
  version: z.number().int(),
  createdAt: Instant,
  updatedAt: Instant,
  lastActivityAt: Instant,
  firstResponseAt: Instant.nullable(),
  solvedAt: Instant.nullable(),
  /** When the running SLA targets are due (null: no such target, met, or paused). */
  firstResponseDueAt: Instant.nullable().optional(),
  nextResponseDueAt: Instant.nullable().optional(),
  resolutionDueAt: Instant.nullable().optional(),
  /** The SLA policy applied and where each target stands (null: no policy applies). */
  sla: TicketSla.nullable().optional(),
  /** What the current actor may do (REST only; live events leave it out as it depends on the reader). */
  abilities: z
    .object({ update: z.boolean(), reply: z.boolean(), note: z.boolean(), merge: z.boolean() })
    .optional(),
});
export type Ticket = z.infer<typeof Ticket>;

export const TicketEvent = z.object({
  id: Id,
  kind: z.string(),
  actorType: z.string(),
  actorId: z.string().nullable(),
  field: z.string().nullable(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  createdAt: Instant,
});
export type TicketEvent = z.infer<typeof TicketEvent>;

export const TimelineItem = z.discriminatedUnion('type', [
  z.object({ type: z.literal('message'), at: Instant, message: Message }),
  z.object({ type: z.literal('event'), at: Instant, event: TicketEvent }),
]);

export const LinkInput = z.strictObject({
  targetId: Id,
  /** `parent_child` makes this ticket the parent of the target. */
  kind: z.enum(['related', 'parent_child']).default('related'),
});

export const MergeTicketInput = z.strictObject({ targetId: Id });
export const SplitTicketInput = z.strictObject({
  messageId: Id,
  subject: z.string().trim().min(1).max(500).optional(),
});

export const BulkTicketInput = z.strictObject({
  ids: z.array(Id).min(1).max(1000),
  changes: z
    .strictObject({
      status: TicketStatus.optional(),
      assigneeId: Id.nullable().optional(),
      queueId: Id.optional(),
      addTags: z.array(Tag).max(50).optional(),
      removeTags: z.array(Tag).max(50).optional(),
    })
    .refine((c) => Object.keys(c).length > 0, { message: 'name at least one change' }),
});
export const BulkResult = z.object({
  results: z.array(
    z.object({
      id: Id,
      ok: z.boolean(),
      error: z.object({ code: z.string(), message: z.string() }).optional(),
    }),
  ),
});

/** Filters of a ticket list or saved view; all given conditions must hold. */
export const TicketFilters = z.strictObject({
  status: z.array(TicketStatus).max(7).optional(),
  priority: z.array(Priority).max(4).optional(),
  type: z.array(TicketType).max(6).optional(),
  channel: z.array(Channel).max(9).optional(),
  queueIds: z.array(Id).max(100).optional(),
  teamIds: z.array(Id).max(100).optional(),
  /** Agent ids, `me` (the reader) or `none` (unassigned). */
  assignees: z
    .array(z.union([Id, z.literal('me'), z.literal('none')]))
    .max(100)
    .optional(),
  customerId: Id.optional(),
  /** Tickets carrying all of these tags. */
  tags: z.array(z.string().max(60)).max(20).optional(),
  contactReasonIds: z.array(Id).max(100).optional(),
  createdAfter: Instant.optional(),
  createdBefore: Instant.optional(),
  /** Only the queues the reader is a member of (for "unassigned in my queues"). */
  myQueuesOnly: z.boolean().optional(),
});
export type TicketFilters = z.infer<typeof TicketFilters>;

/**
 * Order of a ticket list. Status sorts in workflow order (new → closed), priority by weight
 * (low → urgent), subject and customer by their text with case and diacritics folded.
 */
export const TicketSort = z.enum([
  'last_activity_desc',
  'last_activity_asc',
  'created_desc',
  'created_asc',
  'number_desc',
  'number_asc',
  'subject_asc',
  'subject_desc',
  'customer_asc',
  'customer_desc',
  'status_asc',
  'status_desc',
  'priority_desc',
  'priority_asc',
  /** The earliest running SLA due time (first response, next response, resolution); none last. */
  'due_asc',
  'due_desc',
]);
export type TicketSort = z.infer<typeof TicketSort>;
export const TicketColumn = z.enum([
  'number',
  'subject',
  'customer',
  'queue',
  'status',
  'priority',
  'assignee',
  'type',
  'channel',
  'tags',
  'created',
  'last_activity',
]);

export const View = z.object({
  id: z.string(),
  name: z.string(),
  /** Built-in views have string keys (`mine_open`, …) and cannot be edited. */
  builtIn: z.boolean(),
  shared: z.boolean(),
  filters: TicketFilters,
  sort: TicketSort,
  columns: z.array(TicketColumn),
  /** Tickets in the view, counted up to 1,000. */
  count: z.number().int().optional(),
  /** True when there are more than `count` (show "1000+"). */
  countCapped: z.boolean().optional(),
});
export type View = z.infer<typeof View>;

export const CreateViewInput = z.strictObject({
  name: z.string().trim().min(1).max(120),
  /** Shared with the organization (leads and admins only) or personal. */
  shared: z.boolean().default(false),
  filters: TicketFilters,
  sort: TicketSort.default('last_activity_desc'),
  columns: z
    .array(TicketColumn)
    .min(1)
    .max(12)
    .default(['number', 'subject', 'customer', 'status', 'priority', 'assignee', 'last_activity']),
});
export const UpdateViewInput = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  filters: TicketFilters.optional(),
  sort: TicketSort.optional(),
  columns: z.array(TicketColumn).min(1).max(12).optional(),
});

export const TicketField = z.object({
  id: Id,
  key: z.string(),
  label: z.string(),
  type: z.enum(['text', 'number', 'date', 'select', 'multi_select', 'checkbox']),
  options: z.array(z.string()),
  requiredToSolve: z.boolean(),
  active: z.boolean(),
  position: z.number().int(),
});
export const CreateTicketFieldInput = z.strictObject({
  /** Stable key used in the API (`customFields.<key>`). */
  key: z.string().regex(/^[a-z][a-z0-9_]{0,59}$/, 'lower-case letters, digits and _; starts with a letter'),
  label: z.string().trim().min(1).max(120),
  type: z.enum(['text', 'number', 'date', 'select', 'multi_select', 'checkbox']),
  options: z.array(z.string().trim().min(1).max(120)).max(200).default([]),
  requiredToSolve: z.boolean().default(false),
  position: z.number().int().min(0).max(10_000).default(0),
});
export const UpdateTicketFieldInput = z.strictObject({
  label: z.string().trim().min(1).max(120).optional(),
  options: z.array(z.string().trim().min(1).max(120)).max(200).optional(),
  requiredToSolve: z.boolean().optional(),
  active: z.boolean().optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});

/** One level of the disposition list: reason › sub-reason › outcome. */
export const ContactReason = z.object({
  id: Id,
  parentId: Id.nullable(),
  name: z.string(),
  active: z.boolean(),
  position: z.number().int(),
});
export const CreateContactReasonInput = z.strictObject({
  parentId: Id.nullable().default(null),
  name: z.string().trim().min(1).max(120),
  position: z.number().int().min(0).max(10_000).default(0),
});
export const UpdateContactReasonInput = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  active: z.boolean().optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});
