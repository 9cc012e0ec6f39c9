import { Alert, Button, Center, Loader, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { IconSearch, IconUsers } from '@tabler/icons-react';
import type { Customer } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { listCustomers } from '../../api/customers.ts';
import { qk } from '../../api/query-keys.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { EmptyState } from '../shell/EmptyState.tsx';
import { PageHeader } from '../shell/PageHeader.tsx';
import { formatDateTime } from '../workspace/relative-time.ts';
import { useLocale } from '../workspace/use-locale.ts';
import { customerLabel } from './customer-label.ts';
import { FlagBadges } from './FlagBadges.tsx';
import { IdentityIcon, identityText } from './IdentityList.tsx';
import classes from './Customers.module.css';

/**
 * Customers: newest first, or the fuzzy look-up as the agent types (name, e-mail, phone; case and
 * diacritics folded). The search lives in the address, so a look-up can be shared and survives a reload.
 */
export function CustomersPage() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? '';
  const [q] = useDebouncedValue(text.trim(), 250);
  const searching = q.length >= 2;
  const query = useInfiniteQuery({
    queryKey: qk.customerList(searching ? q : ''),
    queryFn: ({ pageParam }) =>
      listCustomers(searching ? { q, limit: 50 } : { cursor: pageParam, limit: 50 }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // While the next look-up runs, the last answer stays on screen.
    placeholderData: keepPreviousData,
  });
  const customers = query.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader title={t('customers.title')} />
      <TextInput
        maw={520}
        mb="md"
        value={text}
        onChange={(e) =>
          setParams(e.currentTarget.value ? { q: e.currentTarget.value } : {}, { replace: true })
        }
        label={t('customers.search.label')}
        placeholder={t('customers.search.placeholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={query.isFetching ? <Loader size={14} aria-label={t('common.loading')} /> : null}
      />
      {query.isError && (
        <Alert color="red" role="alert">
          {describe(query.error)}
        </Alert>
      )}
      {query.isPending && (
        <Center py="xl">
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      )}
      {query.isSuccess && customers.length === 0 && (
        <EmptyState
          icon={IconUsers}
          title={searching ? t('customers.search.nothing', { q }) : t('customers.emptyTitle')}
          text={searching ? t('customers.search.nothingHint') : t('customers.emptyText')}
          next={searching ? undefined : t('customers.emptyNext')}
        />
      )}
      {customers.length > 0 && <CustomerTable customers={customers} />}
      {query.hasNextPage && (
        <Center py="sm">
          <Button
            variant="default"
            loading={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {t('inbox.loadMore')}
          </Button>
        </Center>
      )}
    </>
  );
}

function CustomerTable({ customers }: { customers: Customer[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  return (
    <Table highlightOnHover verticalSpacing={6} fz="sm" aria-label={t('customers.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('customers.field.name')}</Table.Th>
          <Table.Th>{t('customer.identities')}</Table.Th>
          <Table.Th>{t('customers.company.heading')}</Table.Th>
          <Table.Th>{t('customers.field.flags')}</Table.Th>
          <Table.Th>{t('customers.createdAt')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {customers.map((c) => (
          <Table.Tr
            key={c.id}
            onClick={() => void navigate(`/customers/${c.id}`)}
            style={{ cursor: 'pointer' }}
          >
            <Table.Td>
              <Link to={`/customers/${c.id}`} className={classes.ticketLink}>
                {c.name ?? customerLabel(c) ?? t('customer.unnamed')}
              </Link>
            </Table.Td>
            <Table.Td>
              {c.identities.slice(0, 3).map((identity) => (
                <div key={identity.id}>
                  <IdentityIcon kind={identity.kind} /> {identityText(identity)}
                </div>
              ))}
              {c.identities.length > 3 && (
                <Text span size="xs" c="dimmed">
                  {t('customers.moreIdentities', { count: c.identities.length - 3 })}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{c.company?.name ?? '—'}</Table.Td>
            <Table.Td>
              <FlagBadges flags={c.flags} size="xs" />
            </Table.Td>
            <Table.Td c="dimmed">{formatDateTime(c.createdAt, locale)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
