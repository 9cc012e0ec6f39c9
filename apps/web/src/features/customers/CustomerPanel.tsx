import { Alert, Anchor, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconBuilding } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getCustomer } from '../../api/directory.ts';
import { qk } from '../../api/query-keys.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { LOCALE_NAMES, isLocale } from '../../i18n/index.ts';
import { CustomerTickets } from './CustomerTickets.tsx';
import { CustomerOrders } from '../orders/CustomerOrders.tsx';
import { FlagBadges } from './FlagBadges.tsx';
import { IdentityList } from './IdentityList.tsx';
import { CUSTOMER_STALE_TIME } from './use-customer-names.ts';
import classes from './CustomerPanel.module.css';

/** Who the ticket is with: identities, company, flags, language, notes and their other tickets. */
export function CustomerPanel({ customerId, ticketId }: { customerId: string; ticketId: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const {
    data: customer,
    isPending,
    isError,
    error,
  } = useQuery({
    queryKey: qk.customer(customerId),
    queryFn: () => getCustomer(customerId),
    staleTime: CUSTOMER_STALE_TIME,
  });

  return (
    <section aria-labelledby="customer-heading" className={classes.section}>
      <Title order={2} id="customer-heading" className={classes.heading}>
        {t('customer.heading')}
      </Title>
      {isPending && <Skeleton h={60} />}
      {isError && (
        <Alert color="red" role="alert">
          {describe(error)}
        </Alert>
      )}
      {customer && (
        <Stack gap={6}>
          <Anchor component={Link} to={`/customers/${customer.id}`} fw={600}>
            {customer.name ?? t('customer.unnamed')}
          </Anchor>
          <FlagBadges flags={customer.flags} />
          <IdentityList identities={customer.identities} label={t('customer.identities')} />
          {customer.company && (
            <Group gap={6} wrap="nowrap">
              <IconBuilding size={13} stroke={1.6} aria-hidden />
              <Text size="sm">{customer.company.name}</Text>
            </Group>
          )}
          <dl className={classes.facts}>
            <dt>{t('customer.language')}</dt>
            <dd>
              {customer.language && isLocale(customer.language) ? LOCALE_NAMES[customer.language] : '—'}
            </dd>
          </dl>
          {customer.notes && (
            <div>
              <Text size="xs" c="dimmed" fw={600}>
                {t('customer.notes')}
              </Text>
              <Text size="sm" className={classes.notes}>
                {customer.notes}
              </Text>
            </div>
          )}
          <Text size="xs" c="dimmed" fw={600} mt="xs">
            {t('customer.otherTickets')}
          </Text>
          <CustomerTickets customerId={customer.id} exceptId={ticketId} pageSize={10} />
          <CustomerOrders customerId={customer.id} />
          <Anchor component={Link} to={`/customers/${customer.id}`} size="xs">
            {t('customers.panel.openPage')}
          </Anchor>
        </Stack>
      )}
    </section>
  );
}
