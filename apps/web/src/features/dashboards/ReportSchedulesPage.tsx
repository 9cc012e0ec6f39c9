import { useState } from 'react';
import { Alert, Badge, Button, Center, Group, Loader, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale, ReportSchedule } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { PageHeader } from '../shell/PageHeader.tsx';
import { formatDateTime } from '../workspace/relative-time.ts';
import { useLocale } from '../workspace/use-locale.ts';
import { deleteSchedule, listSchedules, reportKeys, sendScheduleNow } from './reports-api.ts';
import { ScheduleForm } from './ScheduleForm.tsx';

/** Weekly or monthly reports (PDF or XLSX) e-mailed to chosen people (leads, admins). */
export function ReportSchedulesPage() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const schedules = useQuery({ queryKey: reportKeys.schedules, queryFn: listSchedules });
  const [editing, setEditing] = useState<ReportSchedule | 'new' | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: deleteSchedule,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reportKeys.schedules }),
  });
  const send = useMutation({
    mutationFn: sendScheduleNow,
    onSuccess: (_, id) => setSent(id),
  });
  const error = remove.error ?? send.error;

  return (
    <>
      <Group justify="space-between" align="baseline">
        <PageHeader title={t('dashboards.schedules.title')} />
        <Button onClick={() => setEditing('new')}>{t('dashboards.schedules.new')}</Button>
      </Group>
      {error && (
        <Alert color="red" role="alert" mb="sm">
          {describe(error)}
        </Alert>
      )}
      {sent && (
        <Alert color="green" role="status" mb="sm" withCloseButton onClose={() => setSent(null)}>
          {t('dashboards.schedules.sent')}
        </Alert>
      )}
      {schedules.isPending ? (
        <Center h={120}>
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      ) : schedules.isError ? (
        <Alert color="red" role="alert">
          {describe(schedules.error)}
        </Alert>
      ) : schedules.data.length === 0 ? (
        <Text c="dimmed">{t('dashboards.schedules.empty')}</Text>
      ) : (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dashboards.schedules.name')}</Table.Th>
              <Table.Th>{t('dashboards.schedules.frequency')}</Table.Th>
              <Table.Th>{t('dashboards.schedules.format')}</Table.Th>
              <Table.Th>{t('dashboards.schedules.recipients')}</Table.Th>
              <Table.Th>{t('dashboards.schedules.nextRun')}</Table.Th>
              <Table.Th>{t('dashboards.schedules.lastSent')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {schedules.data.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  {s.name}{' '}
                  {!s.active && (
                    <Badge color="gray" variant="outline" size="sm">
                      {t('dashboards.schedules.paused')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{t(`dashboards.schedules.frequencies.${s.frequency}`)}</Table.Td>
                <Table.Td>{s.format.toUpperCase()}</Table.Td>
                <Table.Td>{s.recipients.join(', ')}</Table.Td>
                <Table.Td>{s.active ? formatDateTime(s.nextRunAt, locale) : t('dashboards.na')}</Table.Td>
                <Table.Td>
                  {s.lastSentAt ? formatDateTime(s.lastSentAt, locale) : t('dashboards.schedules.never')}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing(s)}>
                      {t('dashboards.schedules.editShort')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      loading={send.isPending && send.variables === s.id}
                      onClick={() => send.mutate(s.id)}
                    >
                      {t('dashboards.schedules.sendNow')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('dashboards.schedules.delete', { name: s.name })}
                      onClick={() => {
                        if (window.confirm(t('dashboards.schedules.confirmDelete', { name: s.name })))
                          remove.mutate(s.id);
                      }}
                    >
                      {t('dashboards.schedules.deleteShort')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ScheduleForm
        opened={editing !== null}
        schedule={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        locale={(['pl', 'cs', 'en'].includes(locale.slice(0, 2)) ? locale.slice(0, 2) : 'en') as Locale}
      />
    </>
  );
}
