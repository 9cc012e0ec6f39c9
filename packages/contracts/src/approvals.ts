import { z } from 'zod';
import { Id, Instant } from './common.ts';
import { MessageBody, TicketStatus } from './tickets.ts';

/**
 * Junior review before sending: public replies written by agents of level `junior` in chosen
 * queues wait for a senior or a lead, who approves them (optionally edited) or returns them
 * with a note.
 */
export const ApprovalStatus = z.enum(['pending', 'approved', 'returned', 'withdrawn']);
export type ApprovalStatus = z.infer<typeof ApprovalStatus>;

export const ReplyApproval = z.object({
  id: Id,
  ticketId: Id,
  ticketNumber: z.number().int(),
  ticketSubject: z.string(),
  authorId: Id,
  authorName: z.string(),
  bodyText: z.string(),
  /** The status the junior asked to set with the reply. */
  statusAfter: TicketStatus.nullable(),
  attachmentCount: z.number().int(),
  status: ApprovalStatus,
  requestedAt: Instant,
  decidedAt: Instant.nullable(),
  decidedById: Id.nullable(),
  decidedByName: z.string().nullable(),
  note: z.string().nullable(),
  edited: z.boolean(),
  messageId: Id.nullable(),
  /** Minutes from the request to the decision, or until now while pending. */
  waitingMinutes: z.number(),
  version: z.number().int(),
});
export type ReplyApproval = z.infer<typeof ReplyApproval>;

export const ReplyApprovalListQuery = z.strictObject({
  status: ApprovalStatus.optional(),
  ticketId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

export const ApproveReplyInput = z.strictObject({
  /** The approver's edit of the text; omitted: sent as the junior wrote it. */
  body: MessageBody.optional(),
  version: z.number().int().min(1),
});
export type ApproveReplyInput = z.infer<typeof ApproveReplyInput>;

export const ReturnReplyInput = z.strictObject({
  note: z.string().trim().min(1).max(5000),
  version: z.number().int().min(1),
});
export type ReturnReplyInput = z.infer<typeof ReturnReplyInput>;

export const ReviewQueuesInput = z.strictObject({ queueIds: z.array(Id).max(500) });
export type ReviewQueuesInput = z.infer<typeof ReviewQueuesInput>;

export const ApprovalStats = z.object({
  pending: z.number().int(),
  oldestPendingMinutes: z.number().nullable(),
  decided: z.number().int(),
  approved: z.number().int(),
  returned: z.number().int(),
  /** Waiting time of decided replies in the period; null: n/a. */
  meanWaitMinutes: z.number().nullable(),
  medianWaitMinutes: z.number().nullable(),
  byAuthor: z.array(
    z.object({
      authorId: Id,
      authorName: z.string(),
      decided: z.number().int(),
      returned: z.number().int(),
      meanWaitMinutes: z.number().nullable(),
    }),
  ),
});
export type ApprovalStats = z.infer<typeof ApprovalStats>;
