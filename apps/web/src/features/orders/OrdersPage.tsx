import {
  Alert,
  Anchor,
  Center,
  Drawer,
  Group,
  Loader,
  MultiSelect,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { IconSearch, IconShoppingCart } from '@tabler/icons-react';
import { OrderStatus } from '@kontakt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { EmptyState } from '../shell/EmptyState.tsx';
import { PageHeader } from '../shell/PageHeader.tsx';
import { formatAmount, listOrders, orderKeys, type OrderFilters } from './orders-api.ts';
import { OrderDetail } from './OrderDetail.tsx';
import { OrderStatusBadge } from './OrderStatusBadge.tsx';

/** Orders: look-up by number (or customer), filters by status, and one order in a drawer. */
export function OrdersPage() {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const [statuses, setStatuses] = useState<string[]>([]);
  const [q] = useDebouncedValue(search.trim(), 300);
  const filters: OrderFilters = { q: q || undefined, status: statuses as OrderStatus[] };
  const list = useQuery({
    queryKey: orderKeys.list(filters),
    queryFn: () => listOrders(filters),
    placeholderData: keepPreviousData,
  });
  const opened = Number(params.get('number')) || null;
  const open = (number: number | null) => setParams(number ? { number: String(number) } : {});

  return (
    <>
      <PageHeader title={t('orders.title')} />
      <Group gap="sm" mb="md" align="flex-end" role="search" aria-label={t('orders.list.filters')}>
        <TextInput
          label={t('orders.list.search')}
          placeholder={t('orders.list.searchHint')}
          leftSection={<IconSearch size={14} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={320}
        />
        <MultiSelect
          label={t('orders.list.status')}
          placeholder={statuses.length ? undefined : t('orders.list.anyStatus')}
          data={OrderStatus.options.map((s) => ({ value: s, label: t(`orders.status.${s}`) }))}
          value={statuses}
          onChange={setStatuses}
          clearable
          w={280}
        />
      </Group>
      {list.isPending ? (
        <Center py="xl">
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      ) : list.error ? (
        <Alert color="red" role="alert">
          {describe(list.error)}
        </Alert>
      ) : list.data.length === 0 ? (
        <EmptyState
          icon={IconShoppingCart}
          title={t('orders.list.empty')}
          next={t('orders.list.emptyNext')}
        />
      ) : (
        <Table highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('orders.columns.number')}</Table.Th>
              <Table.Th>{t('orders.columns.status')}</Table.Th>
              <Table.Th>{t('orders.columns.customer')}</Table.Th>
              <Table.Th>{t('orders.columns.items')}</Table.Th>
              <Table.Th ta="right">{t('orders.columns.total')}</Table.Th>
              <Table.Th>{t('orders.columns.source')}</Table.Th>
              <Table.Th>{t('orders.columns.created')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((o) => (
              <Table.Tr key={o.id} style={{ cursor: 'pointer' }} onClick={() => open(o.number)}>
                <Table.Td>
                  <Anchor
                    component="button"
                    type="button"
                    onClick={(e: React.MouseEvent) => {
                      e.stopPropagation();
                      open(o.number);
                    }}
                  >
                    {t('orders.numberLabel', { number: o.number })}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <OrderStatusBadge status={o.status} />
                </Table.Td>
                <Table.Td>{o.customerName ?? t('orders.unnamedCustomer')}</Table.Td>
                <Table.Td>{o.itemCount}</Table.Td>
                <Table.Td ta="right">{formatAmount(i18n.language, o.grossTotal)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`orders.source.${o.source}`)}</Text>
                </Table.Td>
                <Table.Td>{new Date(o.createdAt).toLocaleDateString(i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Drawer
        opened={opened !== null}
        onClose={() => open(null)}
        position="right"
        size="lg"
        title={t('orders.detail')}
      >
        {opened !== null && <OrderDetail number={opened} />}
      </Drawer>
    </>
  );
}
