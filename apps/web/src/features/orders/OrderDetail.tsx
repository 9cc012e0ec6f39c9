import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Order, OrderStatus } from '@kontakt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessage } from '../../i18n/error-message.ts';
import {
  changeOrderStatus,
  confirmationPdfUrl,
  confirmOrder,
  formatAmount,
  getOrder,
  orderKeys,
  retryFulfilment,
} from './orders-api.ts';
import { OrderStatusBadge } from './OrderStatusBadge.tsx';

/** One order: lines, totals, delivery, payment, hand-off, history, and its next status. */
export function OrderDetail({ number }: { number: number }) {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const client = useQueryClient();
  const order = useQuery({ queryKey: orderKeys.one(number), queryFn: () => getOrder(number) });
  const [next, setNext] = useState<string | null>(null);
  const [tracking, setTracking] = useState('');
  const done = (o: Order) => {
    client.setQueryData(orderKeys.one(number), o);
    void client.invalidateQueries({ queryKey: ['orders', 'list'] });
    setNext(null);
    setTracking('');
  };
  const move = useMutation({
    mutationFn: (o: Order) =>
      next === 'confirmed'
        ? confirmOrder(o.number, o.version)
        : changeOrderStatus(o.number, {
            status: next as OrderStatus,
            ...(tracking.trim() ? { trackingNumber: tracking.trim() } : {}),
          }),
    onSuccess: done,
  });
  const retry = useMutation({ mutationFn: () => retryFulfilment(number), onSuccess: done });

  if (order.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (order.error)
    return (
      <Alert color="red" role="alert">
        {describe(order.error)}
      </Alert>
    );
  const o = order.data;
  const money = (a: Order['grossTotal']) => formatAmount(i18n.language, a);
  const d = o.delivery;
  return (
    <Stack gap="sm" aria-label={t('orders.numberLabel', { number: o.number })} role="region">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('orders.numberLabel', { number: o.number })}
        </Title>
        <OrderStatusBadge status={o.status} />
      </Group>
      <Text size="sm">
        {o.customerName ?? t('orders.unnamedCustomer')}
        {o.ticketId && (
          <>
            {' · '}
            <Anchor component={Link} to={`/tickets/${o.ticketId}`}>
              {t('orders.ticketLabel', { number: o.ticketNumber ?? '' })}
            </Anchor>
          </>
        )}
        {o.externalId && ` · ${t(`orders.source.${o.source}`)} ${o.externalId}`}
      </Text>
      <Table verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('orders.columns.item')}</Table.Th>
            <Table.Th ta="right">{t('orders.columns.quantity')}</Table.Th>
            <Table.Th ta="right">{t('orders.columns.unitGross')}</Table.Th>
            <Table.Th ta="right">{t('orders.vat')}</Table.Th>
            <Table.Th ta="right">{t('orders.gross')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {o.items.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>
                {i.name}
                {i.sku && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    {i.sku}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{i.quantity}</Table.Td>
              <Table.Td ta="right">{money(i.unitGross)}</Table.Td>
              <Table.Td ta="right">{t('orders.vatRate', { rate: i.vatRate })}</Table.Td>
              <Table.Td ta="right">{money(i.lineGross)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm">
        {t('orders.net')}: {money(o.netTotal)} · {t('orders.vat')}: {money(o.vatTotal)} ·{' '}
        <b>
          {t('orders.gross')}: {money(o.grossTotal)}
        </b>
      </Text>
      <Text size="sm">
        {t('orders.delivery.title')}: {t(`orders.delivery.methods.${d.method}`)}
        {[d.name, d.street, `${d.postalCode} ${d.city}`.trim(), d.country]
          .filter(Boolean)
          .map((x) => `, ${x}`)}
        {o.trackingNumber && ` · ${t('orders.tracking')}: ${o.trackingNumber}`}
      </Text>
      <Text size="sm">
        {t('orders.payment.title')}: {t(`orders.payment.methods.${o.payment.method}`)} –{' '}
        {t(`orders.payment.statuses.${o.payment.status}`)}
      </Text>
      <Group gap="xs">
        <Text size="sm">
          {t('orders.fulfilment.title')}: {t(`orders.fulfilment.${o.fulfilment.state}`)}
          {o.fulfilment.lastError && ` (${o.fulfilment.lastError})`}
        </Text>
        {o.fulfilment.state === 'failed' && (
          <Button size="compact-xs" variant="light" loading={retry.isPending} onClick={() => retry.mutate()}>
            {t('orders.fulfilment.retry')}
          </Button>
        )}
        {o.confirmedAt && (
          <Anchor href={confirmationPdfUrl(o.number)} target="_blank" size="sm">
            {t('orders.pdf')}
          </Anchor>
        )}
      </Group>
      {o.nextStatuses.length > 0 && (
        <Group gap="xs" align="flex-end">
          <Select
            size="xs"
            label={t('orders.changeStatus')}
            data={o.nextStatuses.map((s) => ({ value: s, label: t(`orders.status.${s}`) }))}
            value={next}
            onChange={setNext}
          />
          {next === 'shipped' && (
            <TextInput
              size="xs"
              label={t('orders.tracking')}
              value={tracking}
              onChange={(e) => setTracking(e.currentTarget.value)}
            />
          )}
          <Button size="xs" disabled={!next} loading={move.isPending} onClick={() => move.mutate(o)}>
            {t('orders.apply')}
          </Button>
        </Group>
      )}
      {(move.error || retry.error) && (
        <Alert color="red" role="alert" py={6}>
          {describe(move.error ?? retry.error)}
        </Alert>
      )}
      <Title order={4} size="h6">
        {t('orders.history')}
      </Title>
      <Stack gap={2}>
        {o.history.map((e) => (
          <Text key={e.id} size="xs" c="dimmed">
            {new Date(e.at).toLocaleString(i18n.language)} ·{' '}
            {t(`orders.events.${e.kind}`, { defaultValue: e.kind })}
            {e.toStatus && ` → ${t(`orders.status.${e.toStatus}`)}`}
            {e.note && ` · ${e.note}`}
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}
