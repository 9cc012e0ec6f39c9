import { Alert, Anchor, Badge, Center, Loader, MultiSelect, Group, Table } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { IconTruckReturn } from '@tabler/icons-react';
import { ReturnRefundState, ReturnShipmentStatus } from '@kontakt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { EmptyState } from '../shell/EmptyState.tsx';
import { PageHeader } from '../shell/PageHeader.tsx';
import { formatCalendarDate } from '../complaints/complaint-format.ts';
import { listReturns, returnKeys, type ReturnFilters } from './returns-api.ts';
import { REFUND_COLOR, WITHDRAWAL_COLOR } from './return-colors.ts';

/** Every return the agent sees, newest first, with the withdrawal and refund clocks and the shipment. */
export function ReturnsPage() {
  const { t, i18n } = useTranslation();
  const tr = t as unknown as (key: string) => string;
  const describe = useErrorMessage();
  const [shipment, setShipment] = useState<string[]>([]);
  const [refund, setRefund] = useState<string[]>([]);
  const filters: ReturnFilters = {
    shipment: shipment as ReturnShipmentStatus[],
    refund: refund as ReturnRefundState[],
  };
  const list = useQuery({
    queryKey: returnKeys.list(filters),
    queryFn: () => listReturns(filters),
    placeholderData: keepPreviousData,
  });
  const day = (d: string) => formatCalendarDate(i18n.language, d);

  return (
    <>
      <PageHeader title={t('returns.title')} />
      <Group gap="sm" mb="md" role="search" aria-label={t('returns.list.filters')}>
        <MultiSelect
          label={t('returns.shipment.title')}
          data={ReturnShipmentStatus.options.map((s) => ({ value: s, label: tr(`returns.shipment.${s}`) }))}
          value={shipment}
          onChange={setShipment}
          clearable
          w={260}
        />
        <MultiSelect
          label={t('returns.refund.title')}
          data={ReturnRefundState.options.map((s) => ({ value: s, label: tr(`returns.refund.state.${s}`) }))}
          value={refund}
          onChange={setRefund}
          clearable
          w={260}
        />
      </Group>
      {list.isPending ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : list.error ? (
        <Alert color="red" role="alert">
          {describe(list.error)}
        </Alert>
      ) : list.data.length === 0 ? (
        <EmptyState icon={IconTruckReturn} title={t('returns.list.empty')} />
      ) : (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('returns.list.number')}</Table.Th>
              <Table.Th>{t('returns.fields.items')}</Table.Th>
              <Table.Th>{t('returns.withdrawal.title')}</Table.Th>
              <Table.Th>{t('returns.refund.title')}</Table.Th>
              <Table.Th>{t('returns.shipment.title')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/tickets/${r.ticketId}`}>
                    #{r.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>{r.items}</Table.Td>
                <Table.Td>
                  {day(r.withdrawalDeadline.dueDate)}{' '}
                  <Badge color={WITHDRAWAL_COLOR[r.withdrawalState]} variant="light">
                    {tr(`returns.withdrawal.state.${r.withdrawalState}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {r.refundDeadline && `${day(r.refundDeadline.dueDate)} `}
                  <Badge color={REFUND_COLOR[r.refundState]} variant="light">
                    {tr(`returns.refund.state.${r.refundState}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{tr(`returns.shipment.${r.shipmentStatus}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
