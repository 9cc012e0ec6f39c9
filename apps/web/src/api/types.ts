import type { z } from 'zod';
import type {
  Ticket,
  BulkResult as BulkResultSchema,
  ContactReason as ContactReasonSchema,
  TicketField as TicketFieldSchema,
  TimelineItem as TimelineItemSchema,
} from '@kontakt/contracts';

/**
 * Response shapes the contracts define only as schemas (or, for search hits and notifications,
 * only inline in the server's route files). Kept here so screens share one name for each.
 */
export type TimelineItem = z.infer<typeof TimelineItemSchema>;
export type BulkResult = z.infer<typeof BulkResultSchema>;
export type TicketField = z.infer<typeof TicketFieldSchema>;
export type ContactReason = z.infer<typeof ContactReasonSchema>;

/** A page of a cursor-paginated list. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** One hit of `GET /search` (route-local schema on the server). */
export interface SearchHit {
  ticket: Ticket;
  matchedIn: 'ticket' | 'message' | 'note';
  messageId: string | null;
  /** Escaped HTML with `<mark>` around the matches: safe to render as HTML. */
  snippet: string;
}

/** One entry of `GET /notifications` (route-local schema on the server). */
export interface AppNotification {
  id: string;
  kind:
    | 'mention'
    | 'assignment'
    | 'reply'
    | 'sla_warning'
    | 'sla_breach'
    | 'complaint_due'
    | 'complaint_filed'
    | 'order_failed'
    | 'survey_low_score'
    | 'review_published'
    | 'review_disputed'
    | 'approval_requested'
    | 'approval_returned';
  ticketId: string;
  messageId: string | null;
  actorId: string | null;
  createdAt: string;
  readAt: string | null;
}
