import { z } from 'zod';
import { Id, Instant, Locale } from './common.ts';
import {
  Amount,
  CalendarDate,
  ComplaintClockState,
  ComplaintRegime,
  CreateComplaintInput,
  Jurisdiction,
  RemedyKind,
} from './complaints.ts';
import { OrderStatus } from './orders.ts';
import { ReturnRefundState, ReturnShipmentStatus, WithdrawalState } from './returns.ts';

/** The customer portal's API (`/api/portal/v1`): customers signed in by a one-time e-mail link. */

/** An organization slug as it appears in the portal's address (`/portal/{slug}`). */
export const PortalSlug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'An organization address such as "acme"');

/** What the portal shows before anyone signs in. */
export const PortalOrganization = z.object({
  /** The organization's name. */
  name: z.string(),
  /** The slug in the portal's address. */
  slug: z.string(),
  /** The language the portal starts in when the browser's is not pl, cs or en. */
  defaultLocale: Locale,
  /** The zone deadlines are shown in (IANA). */
  timeZone: z.string(),
});
export type PortalOrganization = z.infer<typeof PortalOrganization>;

/** Ask for a sign-in link; the answer is the same whether or not the address is known. */
export const PortalLinkInput = z.strictObject({
  /** The e-mail address the organization knows the customer by. */
  email: z.email().max(320),
  /** The language of the e-mail and of the portal afterwards. */
  language: Locale.default('en'),
});
export type PortalLinkInput = z.infer<typeof PortalLinkInput>;

/** Always `{ sent: true }`: nothing tells whether the address is known. */
export const PortalLinkSent = z.object({ sent: z.literal(true) });

/** Redeem the token of a sign-in link (once, within its lifetime). */
export const PortalRedeemInput = z.strictObject({
  /** The token from the link. */
  token: z.string().min(20).max(200),
});
export type PortalRedeemInput = z.infer<typeof PortalRedeemInput>;

/** The signed-in customer. */
export const PortalMe = z.object({
  /** The customer's name, when known. */
  name: z.string().nullable(),
  /** The address they signed in with. */
  email: z.string(),
  /** The portal's language for this session. */
  language: Locale,
  /** Send it as `X-CSRF-Token` on every write. */
  csrfToken: z.string(),
  /** The organization. */
  organization: PortalOrganization,
  /** Which optional sections the portal shows (orders, returns). */
  sections: z.object({ orders: z.boolean(), returns: z.boolean() }),
});
export type PortalMe = z.infer<typeof PortalMe>;

/** Where a ticket stands, as a customer sees it. */
export const PortalTicketStatus = z.enum(['open', 'waiting_for_you', 'solved', 'closed']);
export type PortalTicketStatus = z.infer<typeof PortalTicketStatus>;

/** One of the customer's tickets in a list. */
export const PortalTicketSummary = z.object({
  id: Id,
  /** The ticket number. */
  number: z.number().int(),
  subject: z.string(),
  status: PortalTicketStatus,
  /** question, complaint, … */
  type: z.string(),
  createdAt: Instant,
  lastActivityAt: Instant,
});
export type PortalTicketSummary = z.infer<typeof PortalTicketSummary>;

/** A file on a public message. */
export const PortalAttachment = z.object({
  id: Id,
  filename: z.string(),
  size: z.number().int(),
  contentType: z.string(),
});

/** A public message (internal notes never appear). */
export const PortalMessage = z.object({
  id: Id,
  /** Who wrote it: the customer, or the organization (an agent or an automatic answer). */
  from: z.enum(['customer', 'organization']),
  /** The agent's name on organization messages, when known. */
  authorName: z.string().nullable(),
  /** Plain text of the message. */
  text: z.string(),
  attachments: z.array(PortalAttachment),
  createdAt: Instant,
});
export type PortalMessage = z.infer<typeof PortalMessage>;

/** A ticket with its public conversation. */
export const PortalTicket = PortalTicketSummary.extend({
  messages: z.array(PortalMessage),
  /** Whether the customer may still reply (not closed). */
  canReply: z.boolean(),
});
export type PortalTicket = z.infer<typeof PortalTicket>;

/** A reply to a ticket; it arrives as the customer's message on the ticket. */
export const PortalReplyInput = z.strictObject({
  text: z.string().trim().min(1).max(20_000),
});
export type PortalReplyInput = z.infer<typeof PortalReplyInput>;

/** A document of a complaint the customer can download. */
export const PortalDocument = z.object({
  kind: z.enum(['protocol', 'decision']),
  /** Download address (PDF). */
  url: z.string(),
});

/** A complaint as its customer sees it. */
export const PortalComplaint = z.object({
  /** The ticket it belongs to. */
  ticketId: Id,
  /** The complaint number (the ticket number). */
  number: z.number().int(),
  jurisdiction: Jurisdiction,
  regime: ComplaintRegime,
  receivedAt: Instant,
  product: z.object({ name: z.string(), model: z.string().nullable() }),
  description: z.string(),
  demand: z.object({ kind: RemedyKind, amount: Amount.nullable() }),
  /** The statutory clock's state now. */
  state: ComplaintClockState,
  /** The statutory due date (local date in `timeZone`) and the instant it ends. */
  dueDate: CalendarDate,
  deadlineAt: Instant,
  timeZone: z.string(),
  /** PL: no answer in time, so the demand is deemed accepted and must be carried out. */
  mustCarryOutDemand: z.boolean(),
  /** The decision, once made. */
  decision: z
    .object({
      outcome: z.enum(['accepted', 'rejected']),
      reasons: z.string(),
      remedy: RemedyKind.nullable(),
      amount: Amount.nullable(),
      carriedOutOn: CalendarDate.nullable(),
      decidedAt: Instant,
    })
    .nullable(),
  /** When the answer reached the customer (recorded when first viewed here). */
  answerDeliveredAt: Instant.nullable(),
  documents: z.array(PortalDocument),
});
export type PortalComplaint = z.infer<typeof PortalComplaint>;

/**
 * Filing a complaint in the portal: the agent intake form's contract (CreateComplaintInput)
 * without what the portal decides itself: the receipt instant (now), the intake channel
 * (`portal`), the financial-sector extension and the attachments (uploaded with the form).
 */
export const PortalComplaintInput = CreateComplaintInput.omit({
  receivedAt: true,
  channel: true,
  extended: true,
  attachmentIds: true,
});
export type PortalComplaintInput = z.infer<typeof PortalComplaintInput>;

/** Look a complaint up without an account: its number and the e-mail address given with it. */
export const PortalLookupInput = z.strictObject({
  number: z.coerce.number().int().positive().max(2_147_483_647),
  email: z.email().max(320),
});
export type PortalLookupInput = z.infer<typeof PortalLookupInput>;

/** What a look-up tells: where the complaint stands and its deadline; nothing personal. */
export const PortalLookupResult = z.object({
  number: z.number().int(),
  state: ComplaintClockState,
  receivedAt: Instant,
  dueDate: CalendarDate,
  deadlineAt: Instant,
  timeZone: z.string(),
  /** accepted / rejected once decided. */
  outcome: z.enum(['accepted', 'rejected']).nullable(),
});
export type PortalLookupResult = z.infer<typeof PortalLookupResult>;

/** An order in the customer's list. */
export const PortalOrderSummary = z.object({
  number: z.number().int(),
  status: OrderStatus,
  grossTotal: Amount,
  itemCount: z.number().int(),
  trackingNumber: z.string().nullable(),
  createdAt: Instant,
});
export type PortalOrderSummary = z.infer<typeof PortalOrderSummary>;

/** An order as its customer sees it: items, totals, delivery, payment and its status history. */
export const PortalOrder = PortalOrderSummary.extend({
  items: z.array(
    z.object({ name: z.string(), quantity: z.number().int(), unitGross: Amount, lineGross: Amount }),
  ),
  netTotal: Amount,
  vatTotal: Amount,
  delivery: z.object({ method: z.string(), city: z.string(), postalCode: z.string() }),
  payment: z.object({ method: z.string(), status: z.string() }),
  history: z.array(z.object({ status: OrderStatus, at: Instant })),
});
export type PortalOrder = z.infer<typeof PortalOrder>;

/** A return (withdrawal from a distance contract) as its customer sees it. */
export const PortalReturn = z.object({
  ticketId: Id,
  /** The ticket number. */
  number: z.number().int(),
  orderNumber: z.string().nullable(),
  items: z.string(),
  /** The withdrawal period: its last day (local) and state. */
  withdrawalDueDate: CalendarDate,
  withdrawalState: WithdrawalState,
  /** The refund's last day (local) once the notice is known, and its state. */
  refundDueDate: CalendarDate.nullable(),
  refundState: ReturnRefundState,
  refundAmount: Amount.nullable(),
  refundedAt: Instant.nullable(),
  shipmentStatus: ReturnShipmentStatus,
  shipmentHistory: z.array(z.object({ status: ReturnShipmentStatus, at: Instant })),
  trackingNumber: z.string().nullable(),
  timeZone: z.string(),
});
export type PortalReturn = z.infer<typeof PortalReturn>;
