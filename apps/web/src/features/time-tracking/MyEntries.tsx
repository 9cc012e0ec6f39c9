import { ActionIcon, Alert, Badge, Center, Loader, Select, Table, Text } from '@mantine/core';
import type { ActivityCategory, TimeEntry } from '@kontakt/contracts';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { formatClock } from './time-format.ts';
import { deleteTimeEntry, listTimeEntries, timeKeys, updateTimeEntry } from './time-api.ts';

/** The signed-in agent's own entries in the period: change the activity or delete. */
export function MyEntries({
  from,
  to,
  categories,
}: {
  from: string;
  to: string;
  categories: ActivityCategory[];
}) {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const entries = useQuery({
    queryKey: timeKeys.entriesIn(from, to),
    queryFn: () => listTimeEntries(from, to),
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['time-entries'] });
    void queryClient.invalidateQueries({ queryKey: ['time-report'] });
  };
  const change = useMutation({
    mutationFn: (v: { id: string; categoryId: string }) =>
      updateTimeEntry(v.id, { categoryId: v.categoryId }),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: (id: string) => deleteTimeEntry(id), onSuccess: refresh });
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const options = (e: TimeEntry) =>
    categories.filter((c) => c.active || c.id === e.categoryId).map((c) => ({ value: c.id, label: c.name }));
  const failure = change.error ?? remove.error;

  if (entries.isPending)
    return (
      <Center h={80}>
        <Loader size="sm" aria-label={t('common.loading')} />
      </Center>
    );
  if (entries.error)
    return (
      <Alert color="red" role="alert">
        {describe(entries.error)}
      </Alert>
    );
  if (entries.data.length === 0) return <Text c="dimmed">{t('timeTracking.entries.empty')}</Text>;
  return (
    <>
      {failure && (
        <Alert color="red" role="alert" mb="xs">
          {describe(failure)}
        </Alert>
      )}
      <Table striped aria-label={t('timeTracking.entries.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('timeTracking.fields.start')}</Table.Th>
            <Table.Th>{t('timeTracking.fields.category')}</Table.Th>
            <Table.Th>{t('timeTracking.fields.ticket')}</Table.Th>
            <Table.Th ta="right">{t('timeTracking.fields.duration')}</Table.Th>
            <Table.Th>{t('timeTracking.fields.note')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.data.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{when.format(new Date(e.startedAt))}</Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  aria-label={t('timeTracking.fields.category')}
                  data={options(e)}
                  value={e.categoryId}
                  allowDeselect={false}
                  onChange={(v) => v && v !== e.categoryId && change.mutate({ id: e.id, categoryId: v })}
                  w={200}
                />
              </Table.Td>
              <Table.Td>
                {e.ticketId ? <Link to={`/tickets/${e.ticketId}`}>#{e.ticketNumber ?? '?'}</Link> : '—'}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatClock(e.durationSeconds)}{' '}
                {e.running && (
                  <Badge size="xs" color="green" variant="light">
                    {t('timeTracking.timer.running')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{e.note}</Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('timeTracking.entries.delete')}
                  disabled={e.running}
                  onClick={() => remove.mutate(e.id)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
