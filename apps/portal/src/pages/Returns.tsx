import { Badge, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PortalReturn } from '@kontakt/contracts';
import { orgPath, request } from '../api.ts';
import { formatAmount, formatDateTime, formatDay } from '../format.ts';
import { ErrorAlert, usePortal } from '../shell.tsx';

/** The customer's returns: the withdrawal period, the refund deadline and the parcel's way back. */
export function ReturnsPage() {
  const { t } = useTranslation();
  const { slug, locale } = usePortal();
  const list = useQuery({
    queryKey: ['portal', slug, 'returns'],
    queryFn: () => request<{ items: PortalReturn[] }>(orgPath(slug, '/returns')),
  });
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('returns.title')}
      </Title>
      {list.isPending && <Loader aria-label={t('common.loading')} />}
      <ErrorAlert error={list.error} />
      {list.data && list.data.items.length === 0 && <Text>{t('returns.none')}</Text>}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.data?.items.map((r) => (
          <Card key={r.ticketId} withBorder component="li" padding="sm">
            <Stack gap={4}>
              <Group justify="space-between" wrap="wrap">
                <Text fw={500}>{t('returns.number', { number: r.number, items: r.items })}</Text>
                <Badge variant="light" tt="none">
                  {t(`returns.shipment.${r.shipmentStatus}`)}
                </Badge>
              </Group>
              {r.orderNumber && <Text size="sm">{t('returns.order', { number: r.orderNumber })}</Text>}
              <Text size="sm">
                {t('returns.withdrawalBy', { date: formatDay(r.withdrawalDueDate, locale) })}
                {' · '}
                {t(`returns.withdrawal.${r.withdrawalState}`)}
              </Text>
              {r.refundDueDate && (
                <Text size="sm">
                  {t('returns.refundBy', { date: formatDay(r.refundDueDate, locale) })}
                  {r.refundAmount ? ` (${formatAmount(r.refundAmount, locale)})` : ''}
                </Text>
              )}
              {r.refundedAt && (
                <Text size="sm">
                  {t('returns.refunded', { date: formatDateTime(r.refundedAt, locale, r.timeZone) })}
                </Text>
              )}
              {r.trackingNumber && (
                <Text size="sm">{t('returns.tracking', { number: r.trackingNumber })}</Text>
              )}
            </Stack>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
