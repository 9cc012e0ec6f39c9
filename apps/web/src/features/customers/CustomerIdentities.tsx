import { useState } from 'react';
import { Alert, Anchor, Button, CloseButton, Group, Select, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IdentityKind, type Customer } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { addIdentity, removeIdentity } from '../../api/customers.ts';
import { qk } from '../../api/query-keys.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { IdentityList, identityText } from './IdentityList.tsx';
import classes from './Customers.module.css';

/** The other customer an identity belongs to, from a 409 `identity_taken`. */
const takenBy = (error: unknown): string | null =>
  error instanceof ApiError && error.code === 'identity_taken'
    ? ((error.details as { customerId?: string } | undefined)?.customerId ?? null)
    : null;

/**
 * E-mail addresses, phone numbers, chat ids and messaging handles, with add and remove. The server
 * normalizes what is typed (phones to international format); an identity of another customer
 * offers to merge that customer into this one.
 */
export function CustomerIdentities({
  customer,
  readOnly,
  onMergeCandidate,
}: {
  customer: Customer;
  readOnly: boolean;
  onMergeCandidate: (customerId: string) => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<IdentityKind>('email');
  const [value, setValue] = useState('');
  const settle = (next?: Customer) => {
    if (next) queryClient.setQueryData(qk.customer(customer.id), next);
    else void queryClient.invalidateQueries({ queryKey: qk.customer(customer.id) });
    void queryClient.invalidateQueries({ queryKey: qk.customerEvents(customer.id) });
  };
  const add = useMutation({
    mutationFn: () => addIdentity(customer.id, { kind, value: value.trim() }),
    onSuccess: (next) => {
      setValue('');
      settle(next);
    },
  });
  const remove = useMutation({
    mutationFn: (identityId: string) => removeIdentity(customer.id, identityId),
    onSuccess: () => settle(),
  });
  const otherId = takenBy(add.error);

  return (
    <section aria-labelledby="customer-identities" className={classes.card}>
      <h2 id="customer-identities" className={classes.cardHeading}>
        {t('customer.identities')}
      </h2>
      {customer.identities.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('customers.identities.none')}
        </Text>
      )}
      <IdentityList
        identities={customer.identities}
        label={t('customer.identities')}
        action={(identity) =>
          readOnly ? null : (
            <CloseButton
              size="xs"
              ml="auto"
              disabled={remove.isPending}
              aria-label={t('customers.identities.remove', { value: identityText(identity) })}
              onClick={() => remove.mutate(identity.id)}
            />
          )
        }
      />
      {remove.isError && (
        <Text size="sm" c="red" role="alert" mt={4}>
          {describe(remove.error)}
        </Text>
      )}
      {!readOnly && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (value.trim()) add.mutate();
          }}
        >
          <Group gap="xs" mt="xs" align="flex-end" wrap="nowrap">
            <Select
              size="xs"
              w={130}
              label={t('customers.identities.kind')}
              value={kind}
              allowDeselect={false}
              data={IdentityKind.options.map((k) => ({ value: k, label: t(`customers.identityKind.${k}`) }))}
              onChange={(v) => v && setKind(v as IdentityKind)}
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput
              size="xs"
              style={{ flex: 1 }}
              label={t('customers.identities.value')}
              placeholder={t(
                `customers.identities.placeholder.${kind === 'email' || kind === 'phone' ? kind : 'other'}`,
              )}
              value={value}
              error={add.isError && !otherId ? describe(add.error) : undefined}
              onChange={(e) => {
                setValue(e.currentTarget.value);
                if (add.isError) add.reset();
              }}
            />
            <Button
              size="xs"
              type="submit"
              variant="default"
              loading={add.isPending}
              disabled={!value.trim()}
            >
              {t('customers.identities.add')}
            </Button>
          </Group>
        </form>
      )}
      {otherId && (
        <Alert color="orange" role="alert" mt="xs" py={6}>
          {describe(add.error)}{' '}
          <Anchor component={Link} to={`/customers/${otherId}`} size="sm">
            {t('customers.identities.openOther')}
          </Anchor>
          {' · '}
          <Anchor component="button" type="button" size="sm" onClick={() => onMergeCandidate(otherId)}>
            {t('customers.identities.mergeOther')}
          </Anchor>
        </Alert>
      )}
    </section>
  );
}
