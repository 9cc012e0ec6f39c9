import { Badge } from '@mantine/core';
import type { OrderStatus } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';

const COLORS: Record<OrderStatus, string> = {
  draft: 'gray',
  confirmed: 'blue',
  sent_to_fulfilment: 'indigo',
  in_fulfilment: 'violet',
  shipped: 'cyan',
  delivered: 'green',
  cancelled: 'red',
  returned: 'orange',
};

/** An order's status as a coloured label. */
export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" size="sm">
      {t(`orders.status.${status}`)}
    </Badge>
  );
}
