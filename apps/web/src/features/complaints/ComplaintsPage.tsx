import {
  Alert,
  Anchor,
  Center,
  Chip,
  Group,
  Loader,
  MultiSelect,
  Select,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ComplaintClockState } from '@kontakt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { EmptyState } from '../shell/EmptyState.tsx';
import { PageHeader } from '../shell/PageHeader.tsx';
import { ClockBadge } from './ClockBadge.tsx';
import { formatCalendarDate, formatZonedInstant, useOrganizationZone } from './complaint-format.ts';
import {
  causeKeys,
  complaintKeys,
  listComplaintCauses,
  listComplaints,
  type ComplaintFilters,
} from './complaints-api.ts';

/** Days ahead the "due soon" filter looks (the D−3 alert). */
const DUE_SOON_DAYS = 3;

/** Every complaint the agent sees, soonest statutory deadline first, with filters. */
export function ComplaintsPage() {
  const { t, i18n } = useTranslation();
  const tr = t as unknown as (key: string) => string;
  const describe = useErrorMessage();
  const navigate = useNavigate();
  const timeZone = useOrganizationZone();
  const [quick, setQuick] = useState<string[]>([]);
  const [states, setStates] = useState<string[]>([]);
  const [cause, setCause] = useState('');
  const [product, setProduct] = useState('');
  const [debounced] = useDebouncedValue({ cause: cause.trim(), product: product.trim() }, 300);
  const state = [...new Set([...states, ...(quick.includes('deemed') ? ['deemed_accepted'] : [])])];
  const filters: ComplaintFilters = {
    state: state as ComplaintClockState[],
    dueWithinDays: quick.includes('dueSoon') ? DUE_SOON_DAYS : undefined,
    cause: debounced.cause || undefined,
    product: debounced.product || undefined,
  };
  // The rows stay while a changed filter loads, so the table does not flash.
  const list = useQuery({
    queryKey: complaintKeys.list(filters),
    queryFn: () => listComplaints(filters),
    placeholderData: keepPreviousData,
  });
  const open = (ticketId: string) => void navigate(`/tickets/${ticketId}`);
  const causes = useQuery({ queryKey: causeKeys.all, queryFn: listComplaintCauses });

  return (
    <>
      <PageHeader title={t('complaints.title')} />
      <Group gap="sm" mb="md" align="flex-end" role="search" aria-label={t('complaints.list.filters')}>
        <Chip.Group multiple value={quick} onChange={setQuick}>
          <Chip value="dueSoon" size="sm">
            {t('complaints.list.dueSoon', { count: DUE_SOON_DAYS })}
          </Chip>
          <Chip value="deemed" size="sm">
            {t('complaints.clock.deemed_accepted')}
          </Chip>
        </Chip.Group>
        <MultiSelect
          label={t('complaints.list.state')}
          placeholder={states.length ? undefined : t('complaints.list.anyState')}
          data={ComplaintClockState.options.map((s) => ({ value: s, label: tr(`complaints.clock.${s}`) }))}
          value={states}
          onChange={setStates}
          clearable
          w={260}
        />
        <Select
          label={t('complaints.list.cause')}
          placeholder={t('complaints.decision.rootCauseHint')}
          data={(causes.data ?? [])
            .map((c) => ({ value: c.code, label: `${c.name} (${c.code})` }))
            .sort((a, b) => a.value.localeCompare(b.value))}
          value={cause || null}
          onChange={(v) => setCause(v ?? '')}
          searchable
          clearable
          w={240}
        />
        <TextInput
          label={t('complaints.list.product')}
          value={product}
          onChange={(e) => setProduct(e.currentTarget.value)}
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
          icon={IconAlertTriangle}
          title={t('complaints.list.empty')}
          next={t('complaints.emptyNext')}
        />
      ) : (
        <Table highlightOnHover striped={false} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('complaints.list.columns.number')}</Table.Th>
              <Table.Th>{t('complaints.list.columns.clock')}</Table.Th>
              <Table.Th>{t('complaints.list.columns.due')}</Table.Th>
              <Table.Th>{t('complaints.list.columns.consumer')}</Table.Th>
              <Table.Th>{t('complaints.list.columns.product')}</Table.Th>
              <Table.Th>{t('complaints.list.columns.received')}</Table.Th>
              <Table.Th>{t('complaints.list.columns.cause')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((c) => (
              <Table.Tr key={c.id} style={{ cursor: 'pointer' }} onClick={() => open(c.ticketId)}>
                <Table.Td>
                  <Anchor component={Link} to={`/tickets/${c.ticketId}`} onClick={(e) => e.stopPropagation()}>
                    #{c.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <ClockBadge state={c.state} daysLeft={c.daysLeft} />
                </Table.Td>
                <Table.Td>{formatCalendarDate(i18n.language, c.deadline.dueDate)}</Table.Td>
                <Table.Td>{c.consumer.name}</Table.Td>
                <Table.Td>
                  <Text size="sm">{c.product.name}</Text>
                  {c.product.sku && (
                    <Text size="xs" c="dimmed">
                      {c.product.sku}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatZonedInstant(i18n.language, timeZone, c.receivedAt)}</Table.Td>
                <Table.Td>{c.rootCauseCode ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
