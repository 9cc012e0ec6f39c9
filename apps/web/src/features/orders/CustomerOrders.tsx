import { Anchor, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatAmount, listOrders, orderKeys } from './orders-api.ts';
import { OrderStatusBadge } from './OrderStatusBadge.tsx';

/** The customer's latest orders, for the customer panel. */
export function CustomerOrders({ customerId, limit = 5 }: { customerId: string; limit?: number }) {
  const { t, i18n } = useTranslation();
  const filters = { customerId, limit };
  const orders = useQuery({ queryKey: orderKeys.list(filters), queryFn: () => listOrders(filters) });
  return (
    <Stack gap={4} component="section" aria-label={t('orders.customer.title')}>
      <Text size="xs" c="dimmed" fw={600} mt="xs">
        {t('orders.customer.title')}
      </Text>
      {orders.isPending ? (
        <Skeleton h={20} />
      ) : !orders.data?.length ? (
        <Text size="sm" c="dimmed">
          {t('orders.customer.none')}
        </Text>
      ) : (
        orders.data.map((o) => (
          <Group key={o.id} justify="space-between" wrap="nowrap" gap="xs">
            <Anchor component={Link} to={`/orders?number=${o.number}`} size="sm">
              {t('orders.numberLabel', { number: o.number })}
            </Anchor>
            <OrderStatusBadge status={o.status} />
            <Text size="sm">{formatAmount(i18n.language, o.grossTotal)}</Text>
          </Group>
        ))
      )}
    </Stack>
  );
}
