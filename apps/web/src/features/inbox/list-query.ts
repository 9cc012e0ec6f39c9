import { infiniteQueryOptions, type QueryClient } from '@tanstack/react-query';
import type { TicketSort } from '@kontakt/contracts';
import { qk } from '../../api/query-keys.ts';
import { listTickets } from '../../api/tickets.ts';

export const PAGE_SIZE = 50;

/** The tickets of one view, page by page; `sort` is the order chosen in the address, if any. */
export const ticketListQuery = (viewId: string, sort: TicketSort | undefined) =>
  infiniteQueryOptions({
    queryKey: qk.ticketList(viewId, sort),
    queryFn: ({ pageParam }) => listTickets({ view: viewId, sort, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

/** Starts loading a view's first page as the agent presses on it, so the list is there sooner. */
export function prefetchTicketList(queryClient: QueryClient, viewId: string): void {
  void queryClient.prefetchInfiniteQuery(ticketListQuery(viewId, undefined));
}
