import { z } from 'zod';
import { Id, Instant, Locale } from './common.ts';
import { MessageBody } from './tickets.ts';

/**
 * Canned replies (text modules): reusable answers with placeholders such as
 * `{{customer.first_name}}`, in one or more languages. The grammar and the list of placeholders
 * are in `@kontakt/domain` (canned-replies); unknown placeholders are refused when saving.
 */

/** Who sees a reply: its owner only, one team, or the whole organization. */
export const CannedReplyScope = z.enum(['personal', 'team', 'organization']);
export type CannedReplyScope = z.infer<typeof CannedReplyScope>;

/** Typed after `/` or `::` in the composer; one word, unique per owner (case and accents ignored). */
export const CannedReplyShortcut = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}_.-]+$/u, 'a shortcut is one word (letters, digits, _ . -)');

/** One language version of the body. */
export const CannedReplyVariantInput = z.strictObject({
  language: Locale,
  /** Rich text as HTML (sanitized on the server) or plain text; may contain placeholders. */
  body: MessageBody,
});

const Variants = z
  .array(CannedReplyVariantInput)
  .min(1)
  .max(3)
  .refine((vs) => new Set(vs.map((v) => v.language)).size === vs.length, {
    message: 'one variant per language',
  });

export const CreateCannedReplyInput = z.strictObject({
  title: z.string().trim().min(1).max(200),
  shortcut: CannedReplyShortcut,
  /** Free grouping, e.g. "Returns"; null for none. */
  category: z.string().trim().max(80).nullable().default(null),
  /** `team` and `organization` (shared) replies may only be created by leads and admins. */
  scope: CannedReplyScope.default('personal'),
  /** The team of a `team` reply; must be null otherwise. */
  teamId: Id.nullable().default(null),
  variants: Variants,
  active: z.boolean().default(true),
});
export type CreateCannedReplyInput = z.infer<typeof CreateCannedReplyInput>;

export const UpdateCannedReplyInput = z.strictObject({
  title: z.string().trim().min(1).max(200).optional(),
  shortcut: CannedReplyShortcut.optional(),
  category: z.string().trim().max(80).nullable().optional(),
  scope: CannedReplyScope.optional(),
  teamId: Id.nullable().optional(),
  /** Replaces all variants. */
  variants: Variants.optional(),
  active: z.boolean().optional(),
});
export type UpdateCannedReplyInput = z.infer<typeof UpdateCannedReplyInput>;

export const CannedReplyVariant = z.object({
  language: Locale,
  bodyHtml: z.string(),
  bodyText: z.string(),
});
export type CannedReplyVariant = z.infer<typeof CannedReplyVariant>;

export const CannedReply = z.object({
  id: Id,
  title: z.string(),
  shortcut: z.string(),
  category: z.string().nullable(),
  scope: CannedReplyScope,
  /** The owning agent of a personal reply; null for shared ones. */
  ownerId: Id.nullable(),
  teamId: Id.nullable(),
  active: z.boolean(),
  variants: z.array(CannedReplyVariant),
  /** How often it was inserted (rendered for a ticket); lists sort by it. */
  usageCount: z.number().int(),
  lastUsedAt: Instant.nullable(),
  createdById: Id.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
  /** What the caller may do with it. */
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type CannedReply = z.infer<typeof CannedReply>;

const BoolParam = z.enum(['true', 'false']).transform((v) => v === 'true');

/** `GET /canned-replies`: the replies the caller sees, filtered. */
export const CannedReplyListQuery = z.strictObject({
  /** Words that must all appear in the title, shortcut or body (case and accents ignored). */
  q: z.string().trim().max(200).optional(),
  category: z.string().trim().max(80).optional(),
  /** Replies that have a variant in this language. */
  language: Locale.optional(),
  scope: CannedReplyScope.optional(),
  /** Personal replies of this agent (admins may name anyone; others only themselves). */
  ownerId: Id.optional(),
  teamId: Id.optional(),
  /** `true` (default) for active replies only, `false` for inactive ones; leave out `all`. */
  active: z.union([BoolParam, z.literal('all')]).default(true),
  /** `popular` (most used first, default) or `title`. */
  sort: z.enum(['popular', 'title']).default('popular'),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type CannedReplyListQuery = z.infer<typeof CannedReplyListQuery>;

/** `POST /tickets/{id}/canned-replies/{cid}/render`: optionally ask for one language. */
export const RenderCannedReplyInput = z
  .strictObject({
    /** Render this language's variant; by default the customer's, else the ticket's, else the organization's. */
    language: Locale.optional(),
  })
  .default({});

export const RenderedCannedReply = z.object({
  cannedReplyId: Id,
  /** The variant that was rendered. */
  language: Locale,
  bodyHtml: z.string(),
  bodyText: z.string(),
  /** Placeholders that had no value for this ticket (rendered empty, or "—" for dates). */
  missing: z.array(z.string()),
});
export type RenderedCannedReply = z.infer<typeof RenderedCannedReply>;
