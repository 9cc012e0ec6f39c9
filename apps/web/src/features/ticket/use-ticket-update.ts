import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Ticket, UpdateTicketInput } from '@kontakt/contracts';
import { conflictCurrent } from '../../api/conflict.ts';
import { qk } from '../../api/query-keys.ts';
import { updateTicket } from '../../api/tickets.ts';

/** The fields an edit may change (the version is added when it is sent). */
export type TicketChanges = Omit<UpdateTicketInput, 'version'>;

/** A change refused because someone else saved first: their ticket, and what this agent tried. */
export interface TicketConflict {
  current: Ticket;
  attempted: TicketChanges;
}

/**
 * Saves ticket edits the moment they are made: the screen changes at once, the PATCH carries the
 * version read, and a failure puts the old values back. A 409 `conflict` never overwrites the
 * colleague's change: it is kept aside with their values until the agent reloads.
 * Edits of one ticket are sent one after another, each with the version the previous one returned.
 */
export function useTicketUpdate(ticketId: string) {
  const queryClient = useQueryClient();
  const key = qk.ticket(ticketId);
  const [conflict, setConflict] = useState<TicketConflict | null>(null);
  const [error, setError] = useState<unknown>(null);

  const mutation = useMutation({
    scope: { id: `ticket:${ticketId}` },
    mutationFn: (changes: TicketChanges) => {
      const version = queryClient.getQueryData<Ticket>(key)?.version ?? 1;
      return updateTicket(ticketId, { ...changes, version });
    },
    onMutate: async (changes) => {
      setError(null);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Ticket>(key);
      if (previous) {
        const customFields = changes.customFields
          ? { ...previous.customFields, ...changes.customFields }
          : previous.customFields;
        queryClient.setQueryData<Ticket>(key, { ...previous, ...changes, customFields } as Ticket);
      }
      return { previous };
    },
    onError: (err, changes, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      const current = conflictCurrent<Ticket>(err);
      if (current) setConflict({ current, attempted: changes });
      else setError(err);
    },
    onSuccess: (ticket) => {
      queryClient.setQueryData<Ticket>(key, (old) => ({
        ...ticket,
        abilities: ticket.abilities ?? old?.abilities,
      }));
      void queryClient.invalidateQueries({ queryKey: qk.timeline(ticketId) });
      void queryClient.invalidateQueries({ queryKey: qk.ticketLists });
      void queryClient.invalidateQueries({ queryKey: qk.views });
    },
  });

  /** Takes the colleague's version as the one to work on. */
  const reload = () => {
    if (!conflict) return;
    queryClient.setQueryData<Ticket>(key, (old) => ({ ...conflict.current, abilities: old?.abilities }));
    void queryClient.invalidateQueries({ queryKey: key });
    void queryClient.invalidateQueries({ queryKey: qk.timeline(ticketId) });
    setConflict(null);
  };

  return {
    save: (changes: TicketChanges) => mutation.mutate(changes),
    saving: mutation.isPending,
    conflict,
    reload,
    error,
    dismissError: () => setError(null),
  };
}
