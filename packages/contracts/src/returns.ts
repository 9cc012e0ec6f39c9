import { z } from 'zod';
import { Id, Instant } from './common.ts';
import { Amount, AmountInput, Jurisdiction, StatutoryDeadline } from './complaints.ts';

/** Preview of an EU withdrawal or refund deadline (Directive 2011/83 art. 9, 10 and 13). */
export const ReturnDeadlineInput = z.discriminatedUnion('kind', [
  z.strictObject({
    /** Withdrawal from a distance contract: 14 days from the start event. */
    kind: z.literal('withdrawal'),
    /** The country whose calendar and zone count. */
    jurisdiction: Jurisdiction,
    /** Goods: possession of the last parcel; services: conclusion of the contract. */
    startAt: Instant,
    /** Whether the consumer was informed of the right; if not, the period runs 12 months longer. */
    informed: z.boolean().default(true),
  }),
  z.strictObject({
    /** Refund after withdrawal: 14 days from the trader being informed. */
    kind: z.literal('refund'),
    /** The country whose calendar and zone count. */
    jurisdiction: Jurisdiction,
    /** When the trader was informed of the withdrawal. */
    startAt: Instant,
  }),
]);
export type ReturnDeadlineInput = z.infer<typeof ReturnDeadlineInput>;

/** Where the returned goods are. */
export const ReturnShipmentStatus = z.enum(['awaiting', 'in_transit', 'received', 'inspected', 'refunded']);
export type ReturnShipmentStatus = z.infer<typeof ReturnShipmentStatus>;

/** The withdrawal period: open, used in time (statement sent), or lapsed. */
export const WithdrawalState = z.enum(['open', 'due_soon', 'exercised_in_time', 'exercised_late', 'lapsed']);
export type WithdrawalState = z.infer<typeof WithdrawalState>;

/** The refund after withdrawal: waiting for the notice, then 14 days. */
export const ReturnRefundState = z.enum([
  'not_started',
  'running',
  'due_soon',
  'paid_in_time',
  'paid_late',
  'overdue',
]);
export type ReturnRefundState = z.infer<typeof ReturnRefundState>;

const returnShape = {
  /** The country whose calendar and zone count. */
  jurisdiction: Jurisdiction,
  /** goods: the period runs from the last parcel; services: from the contract. */
  contractKind: z.enum(['goods', 'services']),
  /** The order (H2's orders), when the return concerns one of them. */
  orderId: Id.nullable(),
  /** The order number as the customer gives it. */
  orderNumber: z.string().trim().min(1).max(100).nullable(),
  /** What is returned (free text: items, quantities). */
  items: z.string().trim().min(1).max(5_000),
  /** Goods: possession of the last parcel; services: conclusion of the contract. Not in the future. */
  startAt: Instant,
  /** Whether the consumer was informed of the right of withdrawal (if not, +12 months). */
  informed: z.boolean(),
  /** When the consumer sent the withdrawal statement (the trader was informed); not in the future. */
  noticeAt: Instant.nullable(),
  /** The price paid (the refund cannot exceed it). */
  price: AmountInput.nullable(),
  /** The refund due (price plus standard delivery cost, at most the price here). */
  refundAmount: AmountInput.nullable(),
  /** Return carrier tracking number. */
  trackingNumber: z.string().trim().min(1).max(100).nullable(),
};

/** Record a return / withdrawal on a ticket (sets its type to return). */
export const CreateReturnInput = z.strictObject({
  ...returnShape,
  contractKind: returnShape.contractKind.default('goods'),
  orderId: returnShape.orderId.default(null),
  orderNumber: returnShape.orderNumber.default(null),
  informed: returnShape.informed.default(true),
  noticeAt: returnShape.noticeAt.default(null),
  price: returnShape.price.default(null),
  refundAmount: returnShape.refundAmount.default(null),
  trackingNumber: returnShape.trackingNumber.default(null),
});
export type CreateReturnInput = z.infer<typeof CreateReturnInput>;

/** Change fields (only what is sent), based on `version`; the clocks are recomputed. */
export const UpdateReturnInput = z
  .strictObject(returnShape)
  .partial()
  .extend({ version: z.number().int().positive() });
export type UpdateReturnInput = z.infer<typeof UpdateReturnInput>;

/** Move the return shipment on (any later status; `refunded` also stops the refund clock). */
export const ReturnShipmentInput = z.strictObject({
  version: z.number().int().positive(),
  status: ReturnShipmentStatus,
  /** When it happened; default now; not in the future. */
  at: Instant.optional(),
});
export type ReturnShipmentInput = z.infer<typeof ReturnShipmentInput>;

/** The one JSON shape of a return / withdrawal. */
export const ReturnRecord = z.object({
  id: Id,
  ticketId: Id,
  /** The ticket number. */
  number: z.number().int(),
  version: z.number().int(),
  jurisdiction: Jurisdiction,
  contractKind: z.enum(['goods', 'services']),
  orderId: Id.nullable(),
  orderNumber: z.string().nullable(),
  items: z.string(),
  startAt: Instant,
  informed: z.boolean(),
  noticeAt: Instant.nullable(),
  price: Amount.nullable(),
  refundAmount: Amount.nullable(),
  trackingNumber: z.string().nullable(),
  /** The withdrawal period's deadline (rule eu_withdrawal). */
  withdrawalDeadline: StatutoryDeadline,
  withdrawalState: WithdrawalState,
  /** The refund deadline (rule eu_refund), once the notice is known. */
  refundDeadline: StatutoryDeadline.nullable(),
  refundState: ReturnRefundState,
  refundedAt: Instant.nullable(),
  shipmentStatus: ReturnShipmentStatus,
  /** Each status reached, with when. */
  shipmentHistory: z.array(z.object({ status: ReturnShipmentStatus, at: Instant })),
  createdAt: Instant,
  updatedAt: Instant,
});
export type ReturnRecord = z.infer<typeof ReturnRecord>;

/** Filters of the returns list. */
export const ReturnListQuery = z.strictObject({
  /** Only these shipment statuses (comma-separated). */
  shipment: z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(ReturnShipmentStatus))
    .optional(),
  /** Only these refund states (comma-separated). */
  refund: z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(ReturnRefundState))
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ReturnListQuery = z.infer<typeof ReturnListQuery>;
