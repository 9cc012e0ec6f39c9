import type { QueryClient } from '@tanstack/react-query';
import { qk } from '../../api/query-keys.ts';
import { getTicket, getTimeline } from '../../api/tickets.ts';

/**
 * How long a loaded conversation counts as fresh. Changes to it invalidate the query (own actions
 * and realtime events), so this only spares the refetch right after a prefetch.
 */
export const TIMELINE_STALE_TIME = 10_000;

/** The conversation of a ticket, as the ticket page loads it. */
export const timelineQuery = (ticketId: string) => ({
  queryKey: qk.timeline(ticketId),
  queryFn: () => getTimeline(ticketId),
  staleTime: TIMELINE_STALE_TIME,
});

/**
 * Starts loading a ticket and its conversation, e.g. as the agent presses on it in a list, so the
 * requests run while the page switches. Already cached data is not fetched again.
 */
export function prefetchTicket(queryClient: QueryClient, ticketId: string): void {
  void queryClient.prefetchQuery({ queryKey: qk.ticket(ticketId), queryFn: () => getTicket(ticketId) });
  void queryClient.prefetchQuery(timelineQuery(ticketId));
}
