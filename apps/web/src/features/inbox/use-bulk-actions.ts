import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { qk } from '../../api/query-keys.ts';
import { bulkUpdate, type BulkChanges } from '../../api/tickets.ts';
import type { BulkResult } from '../../api/types.ts';

/** How the last run went: each ticket's result, or the error that stopped the whole request. */
export type BulkOutcome = { result: BulkResult } | { error: unknown };

/**
 * Changes several tickets in one request (the bar's buttons and the e / s / a keys alike) and
 * keeps the outcome to report; `onDone` gets the ids that failed, to keep them selected.
 */
export function useBulkActions(onDone: (failedIds: string[]) => void) {
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  const run = useMutation({
    mutationFn: ({ ids, changes }: { ids: string[]; changes: BulkChanges }) => bulkUpdate(ids, changes),
    onSuccess: (result) => {
      setOutcome({ result });
      onDone(result.results.filter((r) => !r.ok).map((r) => r.id));
      void queryClient.invalidateQueries({ queryKey: qk.ticketLists });
      void queryClient.invalidateQueries({ queryKey: qk.views });
    },
    onError: (error) => setOutcome({ error }),
  });
  return {
    apply: (ids: string[], changes: BulkChanges) => {
      if (ids.length === 0) return;
      setOutcome(null);
      run.mutate({ ids, changes });
    },
    pending: run.isPending,
    outcome,
    clearOutcome: () => setOutcome(null),
  };
}
