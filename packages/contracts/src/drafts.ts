import { z } from 'zod';
import { Id, Instant } from './common.ts';

/**
 * Server-side drafts: one unsent reply or note per ticket and agent, autosaved by the composer,
 * readable from any browser, and visible (as a preview) to colleagues who may take it over.
 */

export const DraftKind = z.enum(['reply', 'note']);

/** Mentioned agents by id, with the name as it was inserted into the text. */
export const DraftMentions = z.record(Id, z.string().max(200));

/** The caller's own draft on a ticket. */
export const TicketDraft = z.object({
  ticketId: Id,
  agentId: Id,
  kind: DraftKind,
  text: z.string(),
  mentions: DraftMentions,
  /** Increases with every save; send it back to save again (optimistic concurrency). */
  version: z.number().int().min(1),
  updatedAt: Instant,
  /** Whose draft this was copied from by a take-over (that version of theirs), if any. */
  takenFrom: z.object({ agentId: Id, updatedAt: Instant }).nullable(),
});
export type TicketDraft = z.infer<typeof TicketDraft>;

/** `PUT /tickets/{id}/draft`. */
export const SaveDraftInput = z.strictObject({
  kind: DraftKind,
  text: z.string().max(500_000),
  mentions: DraftMentions.default({}).refine((m) => Object.keys(m).length <= 50, {
    message: 'at most 50 mentions',
  }),
  /**
   * The version this save is based on: 0 when the caller has no draft yet. A different current
   * version answers 409 `draft_conflict` with the current draft (or null) in `details.current`.
   */
  version: z.number().int().min(0),
});
export type SaveDraftInput = z.infer<typeof SaveDraftInput>;

/** `DELETE /tickets/{id}/draft?version=N`: discard the caller's draft (any version when left out). */
export const DeleteDraftQuery = z.strictObject({ version: z.coerce.number().int().min(1).optional() });

/** A colleague's unsent draft on the ticket, as others see it. */
export const DraftSummary = z.object({
  agent: z.object({ id: Id, name: z.string() }),
  kind: DraftKind,
  /** The start of the text (at most 200 characters). */
  preview: z.string(),
  updatedAt: Instant,
});
export type DraftSummary = z.infer<typeof DraftSummary>;

/** `GET /tickets/{id}/drafts`: the caller's draft and colleagues' unsent drafts, newest first. */
export const TicketDrafts = z.object({
  mine: TicketDraft.nullable(),
  others: z.array(DraftSummary),
});
export type TicketDrafts = z.infer<typeof TicketDrafts>;

/** `POST /tickets/{id}/drafts/{agentId}/take-over`: copy a colleague's draft into yours. */
export const TakeOverDraftInput = z.strictObject({
  /** Your own draft's version (0 for none); a stale one answers 409 `draft_conflict`. */
  version: z.number().int().min(0),
});
