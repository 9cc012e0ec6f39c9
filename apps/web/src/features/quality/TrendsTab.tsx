import { useMemo, useState } from 'react';
import { Alert, Group, Loader, Select, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TrendPoint, TrendQuery } from '@kontakt/contracts';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { lastDays, rangeInstants } from './period.ts';
import { getTrends, qualityKeys } from './quality-api.ts';

const COLORS = ['#1c7ed6', '#e8590c', '#2b8a3e', '#ae3ec9', '#c92a2a', '#0b7285', '#5f3dc4', '#862e9c'];

/** One row per period with a column per agent, team or criterion, for the line chart. */
export function pivot(points: TrendPoint[]): {
  rows: Array<Record<string, string | number | null>>;
  keys: Array<{ key: string; label: string }>;
} {
  const keys = new Map<string, string>();
  const byPeriod = new Map<string, Record<string, string | number | null>>();
  for (const p of points) {
    keys.set(p.key, p.label);
    const row = byPeriod.get(p.period) ?? { period: p.period };
    row[p.key] = p.score;
    byPeriod.set(p.period, row);
  }
  return {
    rows: [...byPeriod.values()].sort((a, b) => String(a.period).localeCompare(String(b.period))),
    keys: [...keys.entries()].map(([key, label]) => ({ key, label })),
  };
}

/** Review scores over time per agent, team or criterion, as a chart and the table behind it. */
export function TrendsTab() {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const [range, setRange] = useState(() => lastDays(90));
  const [groupBy, setGroupBy] = useState<TrendQuery['groupBy']>('agent');
  const [period, setPeriod] = useState<TrendQuery['period']>('week');
  const query: TrendQuery = { ...rangeInstants(range), groupBy, period };
  const trends = useQuery({ queryKey: qualityKeys.trends(query), queryFn: () => getTrends(query) });
  const { rows, keys } = useMemo(() => pivot(trends.data ?? []), [trends.data]);
  const num = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });

  return (
    <>
      <Group align="flex-end" gap="sm" mb="md">
        <TextInput
          type="date"
          label={t('quality.from')}
          value={range.from}
          onChange={(e) => setRange((r) => ({ ...r, from: e.currentTarget.value }))}
        />
        <TextInput
          type="date"
          label={t('quality.to')}
          value={range.to}
          onChange={(e) => setRange((r) => ({ ...r, to: e.currentTarget.value }))}
        />
        <Select
          label={t('quality.groupBy')}
          value={groupBy}
          allowDeselect={false}
          onChange={(v) => v && setGroupBy(v as TrendQuery['groupBy'])}
          data={(['agent', 'team', 'criterion'] as const).map((g) => ({
            value: g,
            label: t(`quality.group.${g}`),
          }))}
          w={160}
        />
        <Select
          label={t('quality.period')}
          value={period}
          allowDeselect={false}
          onChange={(v) => v && setPeriod(v as TrendQuery['period'])}
          data={(['week', 'month'] as const).map((p) => ({ value: p, label: t(`quality.periods.${p}`) }))}
          w={140}
        />
      </Group>
      {trends.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : trends.error ? (
        <Alert color="red" role="alert">
          {describe(trends.error)}
        </Alert>
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t('quality.noTrends')}</Text>
      ) : (
        <>
          <div style={{ width: '100%', height: 280 }} role="img" aria-label={t('quality.trendChart')}>
            <ResponsiveContainer>
              <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="period" />
                <YAxis domain={[0, 100]} unit="%" />
                <Tooltip />
                <Legend />
                {keys.map((k, i) => (
                  <Line
                    key={k.key}
                    dataKey={k.key}
                    name={k.label}
                    stroke={COLORS[i % COLORS.length]}
                    connectNulls
                    dot
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <Table mt="md" striped aria-label={t('quality.trendTable')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t(`quality.group.${groupBy}`)}</Table.Th>
                {rows.map((r) => (
                  <Table.Th key={String(r.period)}>{String(r.period)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {keys.map((k) => (
                <Table.Tr key={k.key}>
                  <Table.Td>{k.label}</Table.Td>
                  {rows.map((r) => (
                    <Table.Td key={String(r.period)}>
                      {typeof r[k.key] === 'number' ? `${num.format(r[k.key] as number)} %` : t('quality.na')}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </>
  );
}
