import { useInfiniteQuery } from '@tanstack/react-query';
import { TicketStatus } from '@kontakt/contracts';
import { OPEN_STATUSES } from '@kontakt/domain';
import { qk } from '../../api/query-keys.ts';
import { listTickets } from '../../api/tickets.ts';

const OPEN = [...OPEN_STATUSES];
const DONE = TicketStatus.options.filter((s) => !OPEN.includes(s));

/** One group of a customer's tickets, newest activity first, page by page from the server. */
function useTicketGroup(customerId: string, group: 'open' | 'done', pageSize: number) {
  return useInfiniteQuery({
    // Under `customer-tickets`, so live events refresh it with every other customer list.
    queryKey: [...qk.customerTickets(customerId), group, pageSize],
    queryFn: ({ pageParam }) =>
      listTickets({
        filters: { customerId, status: group === 'open' ? OPEN : DONE },
        sort: 'last_activity_desc',
        cursor: pageParam,
        limit: pageSize,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/**
 * Every ticket of a customer the agent may see, across channels: the open ones first, then the
 * solved and closed ones, each group newest activity first and paginated on its own.
 */
export function useCustomerTickets(customerId: string, pageSize = 25) {
  return {
    open: useTicketGroup(customerId, 'open', pageSize),
    done: useTicketGroup(customerId, 'done', pageSize),
  };
}
