import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ReturnShipmentStatus, type ReturnRecord, type Ticket } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import {
  formatCalendarDate,
  formatZonedInstant,
  useOrganizationZone,
} from '../complaints/complaint-format.ts';
import { getTicketReturn, moveReturnShipment, returnKeys } from './returns-api.ts';
import { ReturnForm } from './ReturnForm.tsx';
import { REFUND_COLOR, WITHDRAWAL_COLOR } from './return-colors.ts';

/** The shipment statuses after the current one (a shipment only moves forward). */
const nextStatuses = (r: ReturnRecord) =>
  ReturnShipmentStatus.options.slice(ReturnShipmentStatus.options.indexOf(r.shipmentStatus) + 1);

function ReturnView({ record, timeZone }: { record: ReturnRecord; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const tr = t as unknown as (key: string) => string;
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const day = (d: string) => formatCalendarDate(i18n.language, d);
  const at = (iso: string) => formatZonedInstant(i18n.language, timeZone, iso);
  const move = useMutation({
    mutationFn: (status: ReturnShipmentStatus) =>
      moveReturnShipment(record.ticketId, { version: record.version, status }),
    onSuccess: (next) => {
      queryClient.setQueryData(returnKeys.ofTicket(record.ticketId), next);
      void queryClient.invalidateQueries({ queryKey: [...returnKeys.all, 'list'] });
    },
  });
  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Text size="sm">{t('returns.withdrawal.due', { date: day(record.withdrawalDeadline.dueDate) })}</Text>
        <Badge color={WITHDRAWAL_COLOR[record.withdrawalState]} variant="light">
          {tr(`returns.withdrawal.state.${record.withdrawalState}`)}
        </Badge>
      </Group>
      {!record.informed && (
        <Text size="xs" c="dimmed">
          {t('returns.withdrawal.notInformed')}
        </Text>
      )}
      <Group gap="xs">
        <Text size="sm">
          {record.refundDeadline
            ? t('returns.refund.due', { date: day(record.refundDeadline.dueDate) })
            : t('returns.refund.waiting')}
        </Text>
        <Badge color={REFUND_COLOR[record.refundState]} variant="light">
          {tr(`returns.refund.state.${record.refundState}`)}
        </Badge>
      </Group>
      <Text size="sm">
        {t('returns.fields.items')}: {record.items}
      </Text>
      {record.orderNumber && (
        <Text size="sm">
          {t('returns.fields.orderNumber')}: {record.orderNumber}
        </Text>
      )}
      {record.refundAmount && (
        <Text size="sm">
          {t('returns.fields.refundAmount', { currency: record.refundAmount.currency })}:{' '}
          {record.refundAmount.amount}
        </Text>
      )}
      <Text size="sm" fw={600}>
        {t('returns.shipment.title')}: {tr(`returns.shipment.${record.shipmentStatus}`)}
      </Text>
      <Stack gap={0} component="ol" m={0} pl="md">
        {record.shipmentHistory.map((h) => (
          <Text key={`${h.status}-${h.at}`} component="li" size="xs" c="dimmed">
            {tr(`returns.shipment.${h.status}`)} · {at(h.at)}
          </Text>
        ))}
      </Stack>
      {nextStatuses(record).length > 0 && (
        <Group gap={4}>
          {nextStatuses(record).map((s) => (
            <Button
              key={s}
              size="compact-xs"
              variant="default"
              loading={move.isPending}
              onClick={() => move.mutate(s)}
            >
              {t('returns.shipment.moveTo', { status: tr(`returns.shipment.${s}`) })}
            </Button>
          ))}
        </Group>
      )}
      {move.error && (
        <Alert color="red" role="alert" py={6}>
          {describe(move.error)}
        </Alert>
      )}
    </Stack>
  );
}

/** The return / withdrawal of a ticket of type `return`: the form until recorded, then its clocks and shipment. */
export function ReturnPanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const timeZone = useOrganizationZone();
  const record = useQuery({
    queryKey: returnKeys.ofTicket(ticket.id),
    queryFn: () => getTicketReturn(ticket.id),
    retry: false,
  });
  const missing = record.error instanceof ApiError && record.error.status === 404;
  return (
    <Paper component="section" withBorder p="sm" aria-labelledby="return-panel-title">
      <Title order={2} size="h5" mb="xs" id="return-panel-title">
        {t('returns.panel.title')}
      </Title>
      {record.isPending ? (
        <Loader size="xs" aria-label={t('common.loading')} />
      ) : record.data ? (
        <ReturnView record={record.data} timeZone={timeZone} />
      ) : missing && ticket.abilities?.update !== false ? (
        <ReturnForm ticketId={ticket.id} timeZone={timeZone} />
      ) : (
        <Alert color={missing ? 'gray' : 'red'} role={missing ? 'status' : 'alert'} py={6}>
          {missing ? t('returns.panel.none') : describe(record.error)}
        </Alert>
      )}
    </Paper>
  );
}
