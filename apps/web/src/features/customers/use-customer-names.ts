import { useQueries } from '@tanstack/react-query';
import { getCustomer } from '../../api/directory.ts';
import { qk } from '../../api/query-keys.ts';
import { customerLabel } from './customer-label.ts';

/** Customers rarely change name; ten minutes of cache keeps the list cheap and the audit log short. */
export const CUSTOMER_STALE_TIME = 10 * 60_000;

/**
 * Names of the customers behind a page of tickets, fetched once per distinct customer and cached
 * (there is no batch endpoint yet). Unknown or still-loading ids are absent from the map.
 */
export function useCustomerNames(ids: readonly (string | null)[]): Map<string, string> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  return useQueries({
    queries: unique.map((id) => ({
      queryKey: qk.customer(id),
      queryFn: () => getCustomer(id),
      staleTime: CUSTOMER_STALE_TIME,
      retry: false,
    })),
    combine: (results) => {
      const names = new Map<string, string>();
      results.forEach((result, i) => {
        const label = customerLabel(result.data);
        if (label) names.set(unique[i]!, label);
      });
      return names;
    },
  });
}
