import { useEffect, useState } from 'react';
import { Alert, Button, Center, Loader, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Customer } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { getCustomer } from '../../api/directory.ts';
import { qk } from '../../api/query-keys.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useDocumentTitle } from '../shell/use-document-title.ts';
import { useCanEditCustomers } from './can-edit.ts';
import { CustomerAttributes } from './CustomerAttributes.tsx';
import { CustomerCompany } from './CustomerCompany.tsx';
import { CustomerHistory } from './CustomerHistory.tsx';
import { CustomerIdentities } from './CustomerIdentities.tsx';
import { customerLabel } from './customer-label.ts';
import { CustomerMerge } from './CustomerMerge.tsx';
import { CustomerProfile } from './CustomerProfile.tsx';
import { CustomerTickets } from './CustomerTickets.tsx';
import { FlagBadges } from './FlagBadges.tsx';
import { useCustomerUpdate } from './use-customer-update.ts';
import { CUSTOMER_STALE_TIME } from './use-customer-names.ts';
import classes from './Customers.module.css';

/** One customer: who they are and how to reach them, on the left; their tickets and history beside. */
export function CustomerPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: customer, error } = useQuery({
    queryKey: qk.customer(id),
    queryFn: () => getCustomer(id),
    staleTime: CUSTOMER_STALE_TIME,
  });
  // A merged-away id answers with the customer it went into: continue there.
  const mergedInto = customer?.mergedFrom ? customer : null;
  useEffect(() => {
    if (!mergedInto) return;
    const { mergedFrom: _from, ...live } = mergedInto;
    queryClient.setQueryData<Customer>(qk.customer(live.id), live);
    void navigate(`/customers/${live.id}`, { replace: true });
  }, [mergedInto, navigate, queryClient]);

  if (error) {
    const missing = error instanceof ApiError && error.status === 404;
    return (
      <Alert color="red" role="alert" title={missing ? t('customers.notFound') : undefined}>
        {missing ? t('customers.notFoundText') : describe(error)}{' '}
        <Button component={Link} to="/customers" size="xs" variant="default" ml="xs">
          {t('customers.backToList')}
        </Button>
      </Alert>
    );
  }
  if (!customer || mergedInto) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label={t('common.loading')} />
      </Center>
    );
  }
  return <CustomerWorkspace key={customer.id} customer={customer} />;
}

function CustomerWorkspace({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const readOnly = !useCanEditCustomers();
  const update = useCustomerUpdate(customer.id);
  const [mergeCandidate, setMergeCandidate] = useState<string | null>(null);
  const name = customerLabel(customer) ?? t('customer.unnamed');
  useDocumentTitle(name);
  const disabled = readOnly || update.conflict !== null;

  return (
    <>
      <header className={classes.header}>
        <Title order={1}>{name}</Title>
        <FlagBadges flags={customer.flags} size="md" />
      </header>
      <div className={classes.page}>
        <div>
          <CustomerProfile customer={customer} update={update} readOnly={readOnly} />
          <CustomerIdentities customer={customer} readOnly={readOnly} onMergeCandidate={setMergeCandidate} />
          <CustomerCompany customer={customer} save={update.save} disabled={disabled} />
          <CustomerAttributes customer={customer} save={update.save} disabled={disabled} />
        </div>
        <div>
          <section aria-labelledby="customer-tickets" className={classes.card}>
            <h2 id="customer-tickets" className={classes.cardHeading}>
              {t('customers.tickets.heading')}
            </h2>
            <CustomerTickets customerId={customer.id} />
          </section>
          <section aria-labelledby="customer-orders" className={classes.card}>
            <h2 id="customer-orders" className={classes.cardHeading}>
              {t('customers.orders.heading')}
            </h2>
            <Text size="sm" c="dimmed">
              {t('customers.orders.text')}
            </Text>
          </section>
          <CustomerHistory customerId={customer.id} />
          {!readOnly && (
            <CustomerMerge customer={customer} candidateId={mergeCandidate} onCandidate={setMergeCandidate} />
          )}
        </div>
      </div>
    </>
  );
}
