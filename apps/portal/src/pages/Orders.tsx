import { Anchor, Badge, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PortalOrder, PortalOrderSummary } from '@kontakt/contracts';
import { orgPath, request } from '../api.ts';
import { formatAmount, formatDateTime } from '../format.ts';
import { ErrorAlert, usePortal } from '../shell.tsx';

function OrderStatusBadge({ status }: { status: PortalOrderSummary['status'] }) {
  const { t } = useTranslation();
  const color =
    status === 'cancelled' || status === 'returned' ? 'gray' : status === 'delivered' ? 'teal' : 'blue';
  return (
    <Badge color={color} variant="light" tt="none">
      {t(`orders.status.${status}`)}
    </Badge>
  );
}

/** The customer's orders, newest first. */
export function OrdersPage() {
  const { t } = useTranslation();
  const { slug, org, locale } = usePortal();
  const list = useQuery({
    queryKey: ['portal', slug, 'orders'],
    queryFn: () => request<{ items: PortalOrderSummary[] }>(orgPath(slug, '/orders')),
  });
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('orders.title')}
      </Title>
      {list.isPending && <Loader aria-label={t('common.loading')} />}
      <ErrorAlert error={list.error} />
      {list.data && list.data.items.length === 0 && <Text>{t('orders.none')}</Text>}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.data?.items.map((o) => (
          <Card key={o.number} withBorder component="li" padding="sm">
            <Group justify="space-between" wrap="wrap">
              <Stack gap={2}>
                <Anchor component={Link} to={`/${slug}/orders/${o.number}`} fw={500}>
                  {t('orders.number', { number: o.number })}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {t('orders.itemsTotal', { count: o.itemCount, total: formatAmount(o.grossTotal, locale) })}
                  {' · '}
                  {formatDateTime(o.createdAt, locale, org.timeZone)}
                </Text>
              </Stack>
              <OrderStatusBadge status={o.status} />
            </Group>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}

/** One order: items, totals, delivery, payment and where it stands. */
export function OrderPage() {
  const { t } = useTranslation();
  const { number = '' } = useParams();
  const { slug, org, locale } = usePortal();
  const q = useQuery({
    queryKey: ['portal', slug, 'order', number],
    queryFn: () => request<PortalOrder>(orgPath(slug, `/orders/${number}`)),
  });
  if (q.isPending) return <Loader aria-label={t('common.loading')} />;
  if (q.isError) return <ErrorAlert error={q.error} />;
  const o = q.data;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/${slug}/orders`}>
        {t('orders.back')}
      </Anchor>
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">
          {t('orders.number', { number: o.number })}
        </Title>
        <OrderStatusBadge status={o.status} />
      </Group>
      {o.trackingNumber && <Text>{t('orders.tracking', { number: o.trackingNumber })}</Text>}
      <Table.ScrollContainer minWidth={360}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('orders.item')}</Table.Th>
              <Table.Th ta="right">{t('orders.quantity')}</Table.Th>
              <Table.Th ta="right">{t('orders.price')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {o.items.map((i, n) => (
              <Table.Tr key={n}>
                <Table.Td>{i.name}</Table.Td>
                <Table.Td ta="right">{i.quantity}</Table.Td>
                <Table.Td ta="right">{formatAmount(i.lineGross, locale)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text fw={600}>
        {t('orders.total', {
          total: formatAmount(o.grossTotal, locale),
          vat: formatAmount(o.vatTotal, locale),
        })}
      </Text>
      <Text>
        {t('orders.delivery', { method: t(`orders.deliveryMethods.${o.delivery.method}`) })}
        {o.delivery.city ? ` · ${o.delivery.postalCode} ${o.delivery.city}` : ''}
      </Text>
      <Text>
        {t('orders.payment', {
          method: t(`orders.paymentMethods.${o.payment.method}`),
          status: t(`orders.paymentStatus.${o.payment.status}`),
        })}
      </Text>
      <section aria-labelledby="order-history">
        <Title order={2} size="h4" id="order-history" mb="xs">
          {t('orders.history')}
        </Title>
        <Stack gap={2} component="ol" style={{ paddingLeft: '1.2em' }}>
          {o.history.map((h, n) => (
            <li key={n}>
              <Text size="sm">
                {t(`orders.status.${h.status}`)} · {formatDateTime(h.at, locale, org.timeZone)}
              </Text>
            </li>
          ))}
        </Stack>
      </section>
    </Stack>
  );
}
