import { useState } from 'react';
import { Alert, Button, Group, List, Skeleton, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Customer } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { mergeCustomers } from '../../api/customers.ts';
import { getCustomer } from '../../api/directory.ts';
import { qk } from '../../api/query-keys.ts';
import { listTickets } from '../../api/tickets.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { customerLabel } from './customer-label.ts';
import { CustomerLookup } from './CustomerLookup.tsx';
import { identityText } from './IdentityList.tsx';
import classes from './Customers.module.css';

/**
 * Merges a duplicate into this customer: pick it with the look-up, read what will move, confirm.
 * `candidateId` is the duplicate chosen (here or elsewhere on the page, e.g. from an identity
 * that belongs to another customer).
 */
export function CustomerMerge({
  customer,
  candidateId,
  onCandidate,
}: {
  customer: Customer;
  candidateId: string | null;
  onCandidate: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const [merged, setMerged] = useState<string | null>(null);
  return (
    <section aria-labelledby="customer-merge" className={classes.card}>
      <h2 id="customer-merge" className={classes.cardHeading}>
        {t('customers.merge.heading')}
      </h2>
      {merged && (
        <Alert color="teal" role="status" mb="xs" py={6} withCloseButton onClose={() => setMerged(null)}>
          {t('customers.merge.done', { name: merged })}
        </Alert>
      )}
      {candidateId === null ? (
        <>
          <Text size="sm" c="dimmed" mb={6}>
            {t('customers.merge.intro')}
          </Text>
          <CustomerLookup
            label={t('customers.merge.pick')}
            excludeId={customer.id}
            onPick={(c) => onCandidate(c.id)}
          />
        </>
      ) : (
        <MergeConfirmation
          target={customer}
          sourceId={candidateId}
          onCancel={() => onCandidate(null)}
          onMerged={(name) => {
            setMerged(name);
            onCandidate(null);
          }}
        />
      )}
    </section>
  );
}

/** What the merge changes, read before anything moves. */
function MergeConfirmation({
  target,
  sourceId,
  onCancel,
  onMerged,
}: {
  target: Customer;
  sourceId: string;
  onCancel: () => void;
  onMerged: (sourceName: string) => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const source = useQuery({ queryKey: qk.customer(sourceId), queryFn: () => getCustomer(sourceId) });
  const tickets = useQuery({
    queryKey: [...qk.customerTickets(sourceId), 'merge-count'],
    queryFn: () => listTickets({ filters: { customerId: sourceId }, limit: 100 }),
  });
  const merge = useMutation({
    mutationFn: () => mergeCustomers(target.id, sourceId),
    onSuccess: (next) => {
      queryClient.setQueryData(qk.customer(target.id), next);
      void queryClient.invalidateQueries({ queryKey: qk.customer(sourceId) });
      void queryClient.invalidateQueries({ queryKey: ['customer-tickets'] });
      void queryClient.invalidateQueries({ queryKey: qk.customerEvents(target.id) });
      onMerged(sourceName);
    },
  });
  if (source.isPending) return <Skeleton h={80} />;
  if (source.isError) {
    return (
      <Alert color="red" role="alert">
        {describe(source.error)}{' '}
        <Button size="compact-xs" variant="default" onClick={onCancel}>
          {t('customers.cancel')}
        </Button>
      </Alert>
    );
  }
  const other = source.data;
  const sourceName = customerLabel(other) ?? t('customer.unnamed');
  const targetName = customerLabel(target) ?? t('customer.unnamed');
  const ticketCount = tickets.data?.items.length ?? 0;
  const fills = fieldsFilled(target, other);
  const newFlags = other.flags.filter((f) => !target.flags.includes(f));

  return (
    <div role="group" aria-label={t('customers.merge.confirmLabel')}>
      <Text size="sm" fw={600} mb={4}>
        {t('customers.merge.question', { source: sourceName, target: targetName })}
      </Text>
      <List size="sm" spacing={2} mb="xs">
        <List.Item>
          {t('customers.merge.identities', { count: other.identities.length })}
          {other.identities.length > 0 && `: ${other.identities.map(identityText).join(', ')}`}
        </List.Item>
        <List.Item>
          {tickets.isPending
            ? t('common.loading')
            : tickets.data?.nextCursor
              ? t('customers.merge.ticketsAtLeast', { count: ticketCount })
              : t('customers.merge.tickets', { count: ticketCount })}
        </List.Item>
        {fills.length > 0 && (
          <List.Item>
            {t('customers.merge.fills', {
              fields: fills.map((f) => t(`customers.field.${f}`)).join(', '),
            })}
          </List.Item>
        )}
        {newFlags.length > 0 && (
          <List.Item>
            {t('customers.merge.flags', { flags: newFlags.map((f) => t(`customer.flags.${f}`)).join(', ') })}
          </List.Item>
        )}
        {other.notes.trim() !== '' && <List.Item>{t('customers.merge.notes')}</List.Item>}
        <List.Item>{t('customers.merge.redirect', { source: sourceName })}</List.Item>
      </List>
      {merge.isError && (
        <Text size="sm" c="red" role="alert" mb="xs">
          {describe(merge.error)}
        </Text>
      )}
      <Group gap="xs">
        <Button size="xs" color="red" loading={merge.isPending} onClick={() => merge.mutate()}>
          {t('customers.merge.confirm')}
        </Button>
        <Button size="xs" variant="subtle" onClick={onCancel} disabled={merge.isPending}>
          {t('customers.cancel')}
        </Button>
      </Group>
    </div>
  );
}

/** Fields this customer lacks and will take from the duplicate (the server's merge rule). */
function fieldsFilled(target: Customer, source: Customer) {
  const fields = ['name', 'companyId', 'language', 'preferredChannel'] as const;
  return fields.filter((f) => target[f] === null && source[f] !== null);
}
