import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Customer, UpdateCustomerInput } from '@kontakt/contracts';
import { conflictCurrent } from '../../api/conflict.ts';
import { updateCustomer } from '../../api/customers.ts';
import { qk } from '../../api/query-keys.ts';

/** The fields an edit may change (the version is added when it is sent). */
export type CustomerChanges = Omit<UpdateCustomerInput, 'version'>;

/** An edit refused because a colleague saved first: their customer, and what this agent tried. */
export interface CustomerConflict {
  current: Customer;
  attempted: CustomerChanges;
}

/** The customer as it looks with the changes applied (attribute `null` removes the value). */
function applyChanges(customer: Customer, changes: CustomerChanges): Customer {
  const { attributes, ...fields } = changes;
  const next = { ...customer, ...fields } as Customer;
  if (attributes) {
    const merged = { ...customer.attributes };
    for (const [key, value] of Object.entries(attributes)) {
      if (value === null) delete merged[key];
      else merged[key] = value;
    }
    next.attributes = merged;
  }
  return next;
}

/**
 * Saves customer edits in place: the screen changes at once, the PATCH carries the version read,
 * a failure puts the old values back, and a 409 `conflict` keeps the colleague's values aside
 * until the agent reloads. Edits of one customer go one after another.
 */
export function useCustomerUpdate(customerId: string) {
  const queryClient = useQueryClient();
  const key = qk.customer(customerId);
  const [conflict, setConflict] = useState<CustomerConflict | null>(null);
  const [error, setError] = useState<unknown>(null);

  const mutation = useMutation({
    scope: { id: `customer:${customerId}` },
    mutationFn: (changes: CustomerChanges) => {
      const version = queryClient.getQueryData<Customer>(key)?.version;
      return updateCustomer(customerId, { ...changes, ...(version ? { version } : {}) });
    },
    onMutate: async (changes) => {
      setError(null);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Customer>(key);
      if (previous) queryClient.setQueryData<Customer>(key, applyChanges(previous, changes));
      return { previous };
    },
    onError: (err, changes, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      const current = conflictCurrent<Customer>(err);
      if (current) setConflict({ current, attempted: changes });
      else setError(err);
    },
    onSuccess: (customer) => {
      queryClient.setQueryData<Customer>(key, customer);
      void queryClient.invalidateQueries({ queryKey: qk.customerEvents(customerId) });
    },
  });

  /** Takes the colleague's version as the one to work on. */
  const reload = () => {
    if (!conflict) return;
    queryClient.setQueryData<Customer>(key, conflict.current);
    void queryClient.invalidateQueries({ queryKey: qk.customerEvents(customerId) });
    setConflict(null);
  };

  return {
    save: (changes: CustomerChanges) => mutation.mutate(changes),
    saving: mutation.isPending,
    conflict,
    reload,
    error,
    dismissError: () => setError(null),
  };
}
