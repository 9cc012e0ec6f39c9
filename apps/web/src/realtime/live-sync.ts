import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { MessageLiveEvent, Ticket, TicketLiveEvent } from '@kontakt/contracts';
import { qk } from '../api/query-keys.ts';
import type { Page } from '../api/types.ts';

/**
 * Applies a live ticket to the cache: the open ticket and every list row holding it are patched
 * at once (never with an older version than shown); list membership and view counts may have
 * changed too, so those are refetched shortly after, once per burst of events.
 */
export function applyLiveTicket(queryClient: QueryClient, ticket: Ticket): void {
  queryClient.setQueryData<Ticket>(qk.ticket(ticket.id), (old) =>
    old && old.version > ticket.version ? old : { ...ticket, abilities: old?.abilities },
  );
  queryClient.setQueriesData<InfiniteData<Page<Ticket>>>({ queryKey: qk.ticketLists }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.map((row) =>
              row.id === ticket.id && row.version <= ticket.version
                ? { ...ticket, abilities: row.abilities }
                : row,
            ),
          })),
        }
      : data,
  );
  scheduleListRefresh(queryClient);
}

/** A ticket was created or changed. */
export function applyTicketEvent(queryClient: QueryClient, event: TicketLiveEvent): void {
  applyLiveTicket(queryClient, event.ticket);
  void queryClient.invalidateQueries({ queryKey: qk.timeline(event.ticket.id) });
}

/** A reply or note arrived: the timeline and perhaps the agent's notifications changed. */
export function applyMessageEvent(queryClient: QueryClient, event: MessageLiveEvent): void {
  applyLiveTicket(queryClient, event.ticket);
  void queryClient.invalidateQueries({ queryKey: qk.timeline(event.ticket.id) });
  void queryClient.invalidateQueries({ queryKey: qk.notifications });
}

const pending = new WeakMap<QueryClient, ReturnType<typeof setTimeout>>();

/** Refetches lists, counts and customers' ticket lists once, 400 ms after the last event. */
function scheduleListRefresh(queryClient: QueryClient): void {
  const timer = pending.get(queryClient);
  if (timer) clearTimeout(timer);
  pending.set(
    queryClient,
    setTimeout(() => {
      pending.delete(queryClient);
      void queryClient.invalidateQueries({ queryKey: qk.ticketLists });
      void queryClient.invalidateQueries({ queryKey: qk.views });
      void queryClient.invalidateQueries({ queryKey: ['customer-tickets'] });
    }, 400),
  );
}

/** After a reconnect nothing is replayed: refetch whatever is on screen. */
export function refetchAfterReconnect(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
}
