import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Complaint } from '@kontakt/contracts';
import { complaintKeys } from './complaints-api.ts';

/** A change of a ticket's complaint: the answer replaces the cached record and refreshes the list. */
export function useComplaintChange<Input>(ticketId: string, send: (input: Input) => Promise<Complaint>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (complaint) => {
      queryClient.setQueryData(complaintKeys.ofTicket(ticketId), complaint);
      void queryClient.invalidateQueries({ queryKey: [...complaintKeys.all, 'list'] });
    },
  });
}
