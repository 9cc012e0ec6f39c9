import { Alert, Center, Loader, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import type { TimeGroupBy, TimeReportRow } from '@kontakt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { formatClock, toHours } from './time-format.ts';
import { getTimeReport, timeKeys } from './time-api.ts';

export const GROUPS: readonly TimeGroupBy[] = ['category', 'agent', 'queue'];

/** Time per activity, agent or queue in the period: a bar chart in hours and the table behind it. */
export function TimeReportPanel(props: {
  from: string;
  to: string;
  groupBy: TimeGroupBy;
  onGroupBy: (g: TimeGroupBy) => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const report = useQuery({
    queryKey: timeKeys.report(props.from, props.to, [props.groupBy]),
    queryFn: () => getTimeReport(props.from, props.to, [props.groupBy]),
  });
  const label = (r: TimeReportRow): string => {
    if (props.groupBy === 'category') return r.categoryName ?? '—';
    if (props.groupBy === 'agent') return r.agentName ?? '—';
    return r.queueName ?? t('timeTracking.report.noQueue');
  };
  const data = (report.data?.rows ?? []).map((r) => ({ label: label(r), hours: toHours(r.seconds) }));

  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={t('timeTracking.report.groupBy')}
        value={props.groupBy}
        onChange={(v) => props.onGroupBy(v as TimeGroupBy)}
        data={GROUPS.map((g) => ({ value: g, label: t(`timeTracking.report.by.${g}`) }))}
        w="fit-content"
      />
      {report.isPending ? (
        <Center h={120}>
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      ) : report.error ? (
        <Alert color="red" role="alert">
          {describe(report.error)}
        </Alert>
      ) : report.data.rows.length === 0 ? (
        <Text c="dimmed">{t('timeTracking.report.empty')}</Text>
      ) : (
        <>
          <div role="img" aria-label={t('timeTracking.report.chart')}>
            <ResponsiveContainer width="100%" height={Math.max(160, data.length * 32)}>
              <BarChart data={data} layout="vertical" margin={{ left: 24, right: 16 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" unit=" h" />
                <YAxis type="category" dataKey="label" width={160} />
                <Tooltip />
                <Bar
                  dataKey="hours"
                  name={t('timeTracking.report.hours')}
                  fill="var(--mantine-color-blue-6)"
                />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <Table striped aria-label={t('timeTracking.report.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t(`timeTracking.report.by.${props.groupBy}`)}</Table.Th>
                <Table.Th ta="right">{t('timeTracking.report.time')}</Table.Th>
                <Table.Th ta="right">{t('timeTracking.report.entries')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.data.rows.map((r, i) => (
                <Table.Tr key={`${r.categoryId ?? ''}${r.agentId ?? ''}${r.queueId ?? ''}${i}`}>
                  <Table.Td>{label(r)}</Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {formatClock(r.seconds)}
                  </Table.Td>
                  <Table.Td ta="right">{r.entries}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={600}>
                <Table.Td>{t('timeTracking.report.total')}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatClock(report.data.totalSeconds)}
                </Table.Td>
                <Table.Td />
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
