import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconShoppingCartPlus } from '@tabler/icons-react';
import type { Ticket } from '@kontakt/contracts';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { formatAmount, listOrders, orderKeys } from './orders-api.ts';
import { OrderStatusBadge } from './OrderStatusBadge.tsx';

// The form (and its inputs) loads when an order is started, keeping the ticket view light.
const OrderForm = lazy(() => import('./OrderForm.tsx').then((m) => ({ default: m.OrderForm })));

/** Orders taken in this ticket, and taking a new one (with up-sell suggestions). */
export function OrderPanel({
  ticket,
  customerName = null,
}: {
  ticket: Ticket;
  customerName?: string | null;
}) {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const [taking, setTaking] = useState(false);
  const [done, setDone] = useState<number | null>(null);
  const filters = { ticketId: ticket.id, limit: 20 };
  const orders = useQuery({ queryKey: orderKeys.list(filters), queryFn: () => listOrders(filters) });
  const canTake = ticket.abilities?.update !== false && Boolean(ticket.customerId);

  return (
    <Paper component="section" withBorder p="sm" aria-labelledby="order-panel-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5" id="order-panel-title">
          {t('orders.panel.title')}
        </Title>
        {canTake && !taking && (
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<IconShoppingCartPlus size={14} />}
            onClick={() => {
              setTaking(true);
              setDone(null);
            }}
          >
            {t('orders.panel.new')}
          </Button>
        )}
      </Group>
      {done !== null && (
        <Alert color="green" role="status" py={6} mb="xs">
          {t('orders.panel.saved', { number: done })}
        </Alert>
      )}
      {taking ? (
        <Suspense fallback={<Loader size="xs" aria-label={t('common.loading')} />}>
          <OrderForm
            ticketId={ticket.id}
            customerName={customerName}
            onCancel={() => setTaking(false)}
            onDone={(o) => {
              setTaking(false);
              setDone(o.number);
            }}
          />
        </Suspense>
      ) : orders.isPending ? (
        <Loader size="xs" aria-label={t('common.loading')} />
      ) : orders.error ? (
        <Alert color="red" role="alert" py={6}>
          {describe(orders.error)}
        </Alert>
      ) : orders.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('orders.panel.none')}
        </Text>
      ) : (
        <Stack gap={4}>
          {orders.data.map((o) => (
            <Group key={o.id} justify="space-between" wrap="nowrap" gap="xs">
              <Anchor component={Link} to={`/orders?number=${o.number}`} size="sm">
                {t('orders.numberLabel', { number: o.number })}
              </Anchor>
              <OrderStatusBadge status={o.status} />
              <Text size="sm">{formatAmount(i18n.language, o.grossTotal)}</Text>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
