import { z } from 'zod';
import { Id, Instant, Locale } from './common.ts';

/** A calendar date, 'YYYY-MM-DD' (local to the jurisdiction's legal time zone). */
export const CalendarDate = z.iso.date();

/** Countries whose statutory rules Kontakt knows (extensible). */
export const Jurisdiction = z.enum(['PL', 'CZ']);
export type Jurisdiction = z.infer<typeof Jurisdiction>;

/** Which complaint law applies: PL consumer (art. 7a), PL financial sector, CZ consumer (§19). */
export const ComplaintRegime = z.enum(['pl_consumer', 'pl_financial', 'cz_consumer']);
export type ComplaintRegime = z.infer<typeof ComplaintRegime>;

/** The statutory clocks of DOMAIN.md §1; the version is chosen by the start date. */
export const StatutoryRuleId = z.enum([
  'pl_consumer_complaint',
  'pl_financial_complaint',
  'cz_consumer_complaint',
  'eu_withdrawal',
  'eu_refund',
  'gdpr_request',
  'gdpr_breach',
]);
export type StatutoryRuleId = z.infer<typeof StatutoryRuleId>;

/** Why the due date moved past a day: a weekend day or a public holiday of the jurisdiction. */
export const DeadlineShift = z.object({
  /** The day skipped ('YYYY-MM-DD'). */
  date: CalendarDate,
  /** `saturday`, `sunday` or `holiday`. */
  reason: z.enum(['saturday', 'sunday', 'holiday']),
  /** The holiday's name when `reason` is `holiday`. */
  name: z.string().nullable(),
});
export type DeadlineShift = z.infer<typeof DeadlineShift>;

/** A computed statutory deadline: the due date and the instant it ends, with how it was reached. */
export const StatutoryDeadline = z.object({
  /** The rule applied. */
  ruleId: StatutoryRuleId,
  /** The rule's version, chosen by the start date (e.g. '2023-01-01' for the PL 14-day rule). */
  ruleVersion: z.string(),
  /** The legal time zone the dates are counted in. */
  timeZone: z.string(),
  /** The start event's local date (not counted: day 1 is the next day). */
  startDate: CalendarDate,
  /** The last day before any roll-forward. */
  nominalDueDate: CalendarDate,
  /** The due date after moving over weekends and holidays (or the agreed date). */
  dueDate: CalendarDate,
  /** The end of the due date in the legal zone (the next local midnight); for 72-hour rules the exact instant. */
  deadlineAt: Instant,
  /** The days skipped, in order, when the due date was moved. */
  shifts: z.array(DeadlineShift),
  /** Plain-English explanation lines (one per step) for logs and integrators. */
  reasons: z.array(z.string()),
});
export type StatutoryDeadline = z.infer<typeof StatutoryDeadline>;

/** Preview of a complaint's deadline before it is saved (the agent tells the customer on the phone). */
export const ComplaintDeadlineInput = z.strictObject({
  /** The country whose law applies. */
  jurisdiction: Jurisdiction,
  /** The complaint law; must belong to the jurisdiction. */
  regime: ComplaintRegime,
  /** When the complaint was received (PL) or lodged (CZ). */
  receivedAt: Instant,
  /** PL financial sector: the answer period extended to 60 days by a reasoned notice. */
  extended: z.boolean().default(false),
});
export type ComplaintDeadlineInput = z.infer<typeof ComplaintDeadlineInput>;

/** Currencies amounts may be given in (ISO 4217). */
export const AmountCurrency = z.enum(['PLN', 'CZK', 'EUR']);
export type AmountCurrency = z.infer<typeof AmountCurrency>;

/** An amount as entered: a decimal string with at most the currency's minor digits (e.g. "199.99"). */
export const AmountInput = z.strictObject({
  /** Decimal, dot as separator, no more fraction digits than the currency has. */
  amount: z.string().regex(/^\d{1,12}(\.\d+)?$/, 'A decimal amount such as 199.99'),
  /** ISO 4217 code. */
  currency: AmountCurrency,
});
export type AmountInput = z.infer<typeof AmountInput>;

/** An amount as stored and presented. */
export const Amount = z.object({
  /** Integer minor units (grosze, haléře, cents). */
  amountMinor: z.number().int(),
  /** The same amount as a decimal string. */
  amount: z.string(),
  /** ISO 4217 code. */
  currency: AmountCurrency,
});
export type Amount = z.infer<typeof Amount>;

/** Whether the complainant buys as a consumer. */
export const ConsumerKind = z.enum(['consumer', 'sole_trader_as_consumer', 'business']);
/** The remedy the consumer demands, or the one granted. */
export const RemedyKind = z.enum(['repair', 'replacement', 'price_reduction', 'withdrawal']);
export type RemedyKind = z.infer<typeof RemedyKind>;
/** How the answer reaches the consumer (a phone call alone is not a durable medium). */
export const AnswerChannel = z.enum(['email', 'post', 'portal', 'in_person']);
export type AnswerChannel = z.infer<typeof AnswerChannel>;
/** Where the complaint came in. */
export const IntakeChannel = z.enum(['email', 'phone', 'chat', 'portal', 'in_person', 'post', 'web_form']);

const text = (max: number) => z.string().trim().min(1).max(max);

/** The complainant, as the protocol records them. */
export const ComplaintConsumer = z.strictObject({
  /** Full name. */
  name: text(200),
  /** Postal address for a paper answer. */
  address: text(500).nullable().default(null),
  /** E-mail for the answer on a durable medium. */
  email: z.email().nullable().default(null),
  /** Phone number. */
  phone: text(40).nullable().default(null),
  /** Consumer, sole trader buying as a consumer, or business. */
  kind: ConsumerKind.default('consumer'),
});
export type ComplaintConsumer = z.infer<typeof ComplaintConsumer>;

/** The goods or service complained about. */
export const ComplaintProduct = z.strictObject({
  /** Product or service name. */
  name: text(300),
  /** Model. */
  model: text(200).nullable().default(null),
  /** Serial number. */
  serialNumber: text(200).nullable().default(null),
  /** SKU or catalogue code (used by the list's product filter together with the name). */
  sku: text(100).nullable().default(null),
});

/** What the consumer demands; the amount is required for a price reduction and may cap a refund. */
export const ComplaintDemand = z.strictObject({
  /** repair, replacement, price_reduction or withdrawal (with refund). */
  kind: RemedyKind,
  /** Price reduction amount, or the refund asked for on withdrawal. */
  amount: AmountInput.nullable().default(null),
});

/** The protocol fields of DOMAIN.md §1 (optional ones without defaults: see CreateComplaintInput). */
const protocolShape = {
  /** The country whose law applies. */
  jurisdiction: Jurisdiction,
  /** The complaint law (must belong to the jurisdiction). */
  regime: ComplaintRegime,
  /** When the complaint was received / lodged; not in the future. */
  receivedAt: Instant,
  /** Where it came in. */
  channel: IntakeChannel,
  /** The complainant. */
  consumer: ComplaintConsumer,
  /** What is complained about. */
  product: ComplaintProduct,
  /** The order number, when known. */
  orderNumber: text(100).nullable(),
  /** Purchase date (local); not in the future. */
  purchaseDate: CalendarDate.nullable(),
  /** Delivery / takeover date (local); not before purchase, not in the future. */
  deliveryDate: CalendarDate.nullable(),
  /** The price paid. */
  price: AmountInput.nullable(),
  /** Receipt, invoice or other proof of purchase (description or number). */
  proofOfPurchase: text(500).nullable(),
  /** The defect, in the consumer's words (the complaint's content). */
  description: text(10_000),
  /** When the defect was noticed (local); not in the future. */
  noticedOn: CalendarDate.nullable(),
  /** The demand. */
  demand: ComplaintDemand,
  /** Condition of the goods and accessories handed over. */
  condition: text(2_000).nullable(),
  /** Attachment ids (photos, receipts) on the ticket. */
  attachmentIds: z.array(Id).max(50),
  /** Bank account for a refund. */
  refundAccount: text(64).nullable(),
  /** The channel the consumer was told the answer comes by. */
  answerChannel: AnswerChannel,
  /** The customer's language for documents. */
  language: Locale,
  /** PL financial sector: period extended to 60 days by a reasoned notice. */
  extended: z.boolean(),
};

/** Intake: every protocol field of DOMAIN.md §1; optional facts default to null. */
export const CreateComplaintInput = z.strictObject({
  ...protocolShape,
  orderNumber: protocolShape.orderNumber.default(null),
  purchaseDate: protocolShape.purchaseDate.default(null),
  deliveryDate: protocolShape.deliveryDate.default(null),
  price: protocolShape.price.default(null),
  proofOfPurchase: protocolShape.proofOfPurchase.default(null),
  noticedOn: protocolShape.noticedOn.default(null),
  condition: protocolShape.condition.default(null),
  attachmentIds: protocolShape.attachmentIds.default([]),
  refundAccount: protocolShape.refundAccount.default(null),
  answerChannel: protocolShape.answerChannel.default('email'),
  language: protocolShape.language.default('pl'),
  extended: protocolShape.extended.default(false),
});
export type CreateComplaintInput = z.infer<typeof CreateComplaintInput>;

/** Change protocol fields (only what is sent; nested objects are replaced whole), based on `version`. */
export const UpdateComplaintInput = z.strictObject(protocolShape).partial().extend({
  /** The version the change is based on; a different current version answers 409. */
  version: z.number().int().positive(),
});
export type UpdateComplaintInput = z.infer<typeof UpdateComplaintInput>;

/** A dotted root-cause code, e.g. 'quality.seam'. */
export const RootCauseCode = z
  .string()
  .regex(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/)
  .max(124);

/** Set or change the root cause of a complaint (required before its ticket closes). */
export const ComplaintRootCauseInput = z.strictObject({
  version: z.number().int().positive(),
  rootCauseCode: RootCauseCode,
});
export type ComplaintRootCauseInput = z.infer<typeof ComplaintRootCauseInput>;

/** Accept or reject, with the remedy and the root cause. */
export const ComplaintDecisionInput = z.strictObject({
  /** The version the decision is based on. */
  version: z.number().int().positive(),
  /** accepted or rejected. */
  outcome: z.enum(['accepted', 'rejected']),
  /** Reasons (required for a rejection: §19(5) written reasons; filled from the template when empty). */
  reasons: z.string().trim().max(10_000).default(''),
  /** The rejection template the reasons come from (admin-managed, in the complaint's language). */
  rejectionTemplateId: Id.nullable().default(null),
  /** The remedy granted (accepted only). */
  remedy: RemedyKind.nullable().default(null),
  /** Price reduction or refund amount (same currency as the price; not above it). */
  amount: AmountInput.nullable().default(null),
  /** When the remedy was carried out (local date; not in the future). */
  carriedOutOn: CalendarDate.nullable().default(null),
  /** How the answer goes to the consumer. */
  answerChannel: AnswerChannel,
  /** Root-cause code from the organization's taxonomy (e.g. 'quality.seam'); may follow later, required to close. */
  rootCauseCode: RootCauseCode.nullable().default(null),
});
export type ComplaintDecisionInput = z.infer<typeof ComplaintDecisionInput>;

/** The answer's sending and (when known) delivery: the events that stop the clock. */
export const ComplaintAnswerInput = z
  .strictObject({
    /** When the answer was sent on a durable medium; not in the future. */
    sentAt: Instant.optional(),
    /** When it reached the consumer (delivery report, portal view); not in the future. */
    deliveredAt: Instant.optional(),
  })
  .refine((v) => v.sentAt || v.deliveredAt, 'sentAt or deliveredAt is required');
export type ComplaintAnswerInput = z.infer<typeof ComplaintAnswerInput>;

/** CZ: a longer period only by the consumer's recorded agreement (audited). */
export const ComplaintExtensionInput = z.strictObject({
  /** The version the change is based on. */
  version: z.number().int().positive(),
  /** The new due date agreed with the consumer; later than the current one. */
  agreedDueDate: CalendarDate,
  /** When the consumer agreed; not in the future. */
  agreedAt: Instant,
  /** How and what they agreed to (e.g. "e-mail of 3 July, ticket message"). */
  agreement: text(2_000),
});
export type ComplaintExtensionInput = z.infer<typeof ComplaintExtensionInput>;

/** Where the statutory clock stands. */
export const ComplaintClockState = z.enum([
  'running',
  'due_soon',
  'answered_in_time',
  'deemed_accepted',
  'overdue_consumer_options',
]);
export type ComplaintClockState = z.infer<typeof ComplaintClockState>;

/** The one JSON shape of a complaint (REST, WebSocket, webhooks). */
export const Complaint = z.object({
  /** The complaint record's id. */
  id: Id,
  /** The ticket it belongs to (one complaint per ticket). */
  ticketId: Id,
  /** The complaint number (the ticket number). */
  number: z.number().int(),
  /** Increases with every change; send it back with PATCH, decision and extension. */
  version: z.number().int(),
  /** The country whose law applies. */
  jurisdiction: Jurisdiction,
  /** The complaint law. */
  regime: ComplaintRegime,
  /** When it was received (PL) / lodged (CZ): the clock's start event. */
  receivedAt: Instant,
  /** Where it came in. */
  channel: IntakeChannel,
  /** The agent who recorded it. */
  recordedById: Id.nullable(),
  /** The complainant. */
  consumer: ComplaintConsumer,
  /** What is complained about. */
  product: ComplaintProduct,
  /** The order number, when known. */
  orderNumber: z.string().nullable(),
  /** Purchase date (local). */
  purchaseDate: CalendarDate.nullable(),
  /** Delivery / takeover date (local). */
  deliveryDate: CalendarDate.nullable(),
  /** The price paid, in minor units and as a decimal. */
  price: Amount.nullable(),
  /** Proof of purchase. */
  proofOfPurchase: z.string().nullable(),
  /** The defect, in the consumer's words. */
  description: z.string(),
  /** When the defect was noticed (local). */
  noticedOn: CalendarDate.nullable(),
  /** The consumer's demand and its amount. */
  demand: z.object({ kind: RemedyKind, amount: Amount.nullable() }),
  /** Condition of the goods and accessories. */
  condition: z.string().nullable(),
  /** Attachments on the ticket that belong to the protocol. */
  attachmentIds: z.array(Id),
  /** Bank account for a refund. */
  refundAccount: z.string().nullable(),
  /** The channel the consumer was told the answer comes by. */
  answerChannel: AnswerChannel,
  /** The customer's language for documents. */
  language: Locale,
  /** PL financial sector: the 60-day period applies. */
  extended: z.boolean(),
  /** The stored statutory deadline (rule, version, due date, shifts). */
  deadline: StatutoryDeadline,
  /** The clock's state now. */
  state: ComplaintClockState,
  /** Whole local days from today to the due date (negative when past). */
  daysLeft: z.number().int(),
  /** PL: the demand must now be carried out (deemed accepted). */
  mustCarryOutDemand: z.boolean(),
  /** CZ agreed extension, when recorded: the new date, when and what the consumer agreed, who recorded it. */
  extension: z
    .object({
      agreedDueDate: CalendarDate,
      agreedAt: Instant,
      agreement: z.string(),
      recordedById: Id.nullable(),
    })
    .nullable(),
  /** The decision, once made (see ComplaintDecisionInput), with when and by whom. */
  decision: z
    .object({
      outcome: z.enum(['accepted', 'rejected']),
      reasons: z.string(),
      remedy: RemedyKind.nullable(),
      amount: Amount.nullable(),
      carriedOutOn: CalendarDate.nullable(),
      answerChannel: AnswerChannel,
      rootCauseCode: z.string().nullable(),
      decidedAt: Instant,
      decidedById: Id.nullable(),
    })
    .nullable(),
  /** The root-cause code (from the decision or set later); required to close the ticket. */
  rootCauseCode: z.string().nullable(),
  /** When the answer was sent on a durable medium (stops the PL financial clock). */
  answerSentAt: Instant.nullable(),
  /** When the answer reached the consumer (stops the PL consumer clock when known). */
  answerDeliveredAt: Instant.nullable(),
  /** The decision letter sent on the durable medium: its PDF on the ticket and its delivery. */
  answerLetter: z
    .object({
      /** The decision-letter PDF on the ticket (GET /api/v1/attachments/:id); null when the answer was a plain e-mail reply. */
      attachmentId: Id.nullable(),
      /** The ticket message the letter went out with. */
      messageId: Id,
      /** queued → sent → delivered (no bounce after sending, or seen in the portal); bounced marks failure. */
      delivery: z.enum(['queued', 'sent', 'delivered', 'bounced']),
      /** When a bounce reported the letter undelivered. */
      bouncedAt: Instant.nullable(),
      /** When the customer opened the decision in the portal. */
      viewedAt: Instant.nullable(),
    })
    .nullable(),
  /** The refund clock (14 days from the decision granting a price reduction or withdrawal), when one runs. */
  refund: z
    .object({
      /** The refund due. */
      amount: Amount.nullable(),
      /** The stored deadline (rule eu_refund; due date, shifts). */
      deadline: StatutoryDeadline,
      state: z.enum(['running', 'due_soon', 'paid_in_time', 'paid_late', 'overdue']),
      /** When it was paid. */
      paidAt: Instant.nullable(),
    })
    .nullable(),
  /** When the record was created. */
  createdAt: Instant,
  /** When the record last changed. */
  updatedAt: Instant,
});
export type Complaint = z.infer<typeof Complaint>;

/** Filters and order of the complaints list. */
export const ComplaintListQuery = z.strictObject({
  /** Only these clock states (comma-separated in the query string). */
  state: z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(ComplaintClockState))
    .optional(),
  /** Only complaints still open and due within this many days. */
  dueWithinDays: z.coerce.number().int().min(0).max(366).optional(),
  /** Root-cause code or its prefix ('quality' matches 'quality.seam'). */
  cause: z.string().max(100).optional(),
  /** Product name, model or SKU contains this (case- and accent-insensitive). */
  product: z.string().max(200).optional(),
  /** `due` (soonest first, the default) or `received` (newest first). */
  sort: z.enum(['due', 'received']).default('due'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ComplaintListQuery = z.infer<typeof ComplaintListQuery>;
