import { z } from 'zod';
import { Id, Instant, Locale } from './common.ts';

/** A root-cause code segment: lower-case letters, digits, underscore. */
const Segment = z.string().regex(/^[a-z0-9_]{1,40}$/, 'Lower-case letters, digits and _ only');

/**
 * One node of the organization's root-cause taxonomy ("Complaint causes"). The full code joins
 * the segments from the root: 'quality' › 'seam' is 'quality.seam'.
 */
export const ComplaintCause = z.object({
  id: Id,
  parentId: Id.nullable(),
  /** The full dotted code, e.g. 'quality.seam' (stored on complaints; stable once used). */
  code: z.string(),
  /** Display name. */
  name: z.string(),
  /** Inactive causes stay on old complaints but cannot be chosen. */
  active: z.boolean(),
  position: z.number().int(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type ComplaintCause = z.infer<typeof ComplaintCause>;

export const CreateComplaintCauseInput = z.strictObject({
  /** The parent cause; null for a top-level cause. */
  parentId: Id.nullable().default(null),
  /** This level's segment of the code ('seam' under 'quality' makes 'quality.seam'). */
  segment: Segment,
  name: z.string().trim().min(1).max(120),
  position: z.number().int().min(0).max(10_000).default(0),
});
export type CreateComplaintCauseInput = z.infer<typeof CreateComplaintCauseInput>;

/** The code does not change (complaints keep it); rename, reorder or deactivate. */
export const UpdateComplaintCauseInput = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  active: z.boolean().optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});
export type UpdateComplaintCauseInput = z.infer<typeof UpdateComplaintCauseInput>;

/** A rejection text the decision form offers, per language (admin-managed). */
export const RejectionTemplate = z.object({
  id: Id,
  /** Short name agents pick from. */
  name: z.string(),
  /** The language of the text (matches the complaint's document language). */
  language: Locale,
  /** The reasons as they go into the decision letter. */
  body: z.string(),
  active: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type RejectionTemplate = z.infer<typeof RejectionTemplate>;

export const CreateRejectionTemplateInput = z.strictObject({
  name: z.string().trim().min(1).max(120),
  language: Locale,
  body: z.string().trim().min(1).max(10_000),
});
export type CreateRejectionTemplateInput = z.infer<typeof CreateRejectionTemplateInput>;

export const UpdateRejectionTemplateInput = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  body: z.string().trim().min(1).max(10_000).optional(),
  active: z.boolean().optional(),
});
export type UpdateRejectionTemplateInput = z.infer<typeof UpdateRejectionTemplateInput>;

/** Where the refund after a price reduction or withdrawal stands (14 days from the decision). */
export const RefundClockState = z.enum(['running', 'due_soon', 'paid_in_time', 'paid_late', 'overdue']);
export type RefundClockState = z.infer<typeof RefundClockState>;

/** Record the refund paid (stops the refund clock). */
export const RefundPaidInput = z.strictObject({
  /** When the refund was paid; not in the future, not before the clock started. */
  paidAt: Instant,
});
export type RefundPaidInput = z.infer<typeof RefundPaidInput>;

/** Record that the remedy was carried out (after the decision). */
export const RemedyCarriedOutInput = z.strictObject({
  /** The version the change is based on. */
  version: z.number().int().positive(),
  /** The local date the remedy was carried out; not in the future, not before the complaint. */
  carriedOutOn: z.iso.date(),
});
export type RemedyCarriedOutInput = z.infer<typeof RemedyCarriedOutInput>;

/** How the decision letter is sent. */
export const SendDecisionLetterInput = z.strictObject({
  /** The recipient; defaults to the consumer's e-mail on the protocol. */
  to: z.email().optional(),
});
export type SendDecisionLetterInput = z.infer<typeof SendDecisionLetterInput>;

/** The delivery of the answer on the durable medium. */
export const AnswerDelivery = z.enum(['queued', 'sent', 'delivered', 'bounced']);
export type AnswerDelivery = z.infer<typeof AnswerDelivery>;
