import { useMemo } from 'react';
import {
  Alert,
  Badge,
  Card,
  Center,
  Group,
  Loader,
  Select,
  SimpleGrid,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { ComplaintReport, ComplaintReportFigures } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { PageHeader } from '../shell/PageHeader.tsx';
import { useLocale } from '../workspace/use-locale.ts';
import { ChartCard } from './ChartCard.tsx';
import { Bars, COLORS } from './charts.tsx';
import { ParetoChart } from './ParetoChart.tsx';
import {
  PERIOD_PRESETS,
  periodDates,
  readFilters,
  writeFilters,
  type PeriodPreset,
} from './dashboard-filters.ts';
import { formatDate, formatNumber, formatShare } from './report-format.ts';
import { getComplaintReport, reportKeys } from './reports-api.ts';
import classes from './Dashboards.module.css';

/** The share of causes up to which they are the "vital few" (DOMAIN.md §3). */
const VITAL_FEW = 0.8;

/** Complaint rate per 1,000 orders, cause Pareto, answered in time and deemed accepted. */
export function ComplaintsDashboardPage() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const product = params.get('product') ?? '';
  const jurisdiction = params.get('jurisdiction');
  const [productQuery] = useDebouncedValue(product.trim(), 300);
  const today = useMemo(() => new Date(), []);
  const { from, to } = periodDates(filters, today);
  const query = {
    from,
    to,
    ...(productQuery ? { product: productQuery } : {}),
    ...(jurisdiction ? { jurisdiction } : {}),
  };
  const report = useQuery({
    queryKey: reportKeys.complaints(query),
    queryFn: () => getComplaintReport(query),
    placeholderData: (previous) => previous,
  });
  const update = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  const setPeriod = (period: PeriodPreset) => {
    const base = writeFilters({
      ...filters,
      period,
      ...(period === 'custom' ? periodDates(filters, today) : {}),
    });
    update({ period: base.get('period'), from: base.get('from'), to: base.get('to') });
  };

  return (
    <>
      <PageHeader title={t('dashboards.complaints.title')} />
      <Group gap="sm" align="end" mb="md" role="search" aria-label={t('dashboards.filters.label')}>
        <Select
          label={t('dashboards.filters.period')}
          data={PERIOD_PRESETS.map((p) => ({ value: p, label: t(`dashboards.filters.presets.${p}`) }))}
          value={filters.period}
          onChange={(v) => v && setPeriod(v as PeriodPreset)}
          allowDeselect={false}
          w={170}
        />
        {filters.period === 'custom' && (
          <>
            <TextInput
              type="date"
              label={t('dashboards.filters.from')}
              value={from}
              onChange={(e) => e.currentTarget.value && update({ from: e.currentTarget.value })}
              w={160}
            />
            <TextInput
              type="date"
              label={t('dashboards.filters.to')}
              value={to}
              onChange={(e) => e.currentTarget.value && update({ to: e.currentTarget.value })}
              w={160}
            />
          </>
        )}
        <TextInput
          label={t('dashboards.complaints.product')}
          value={product}
          onChange={(e) => update({ product: e.currentTarget.value })}
          w={220}
        />
        <Select
          label={t('dashboards.complaints.jurisdiction')}
          placeholder={t('dashboards.filters.all')}
          data={['PL', 'CZ']}
          value={jurisdiction}
          onChange={(v) => update({ jurisdiction: v })}
          clearable
          w={120}
        />
      </Group>
      {report.isPending ? (
        <Center h={200}>
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      ) : !report.data ? (
        <Alert color="red" role="alert">
          {describe(report.error)}
        </Alert>
      ) : (
        <ComplaintCharts report={report.data} />
      )}
    </>
  );
}

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Card withBorder padding="sm" component="section" aria-label={label}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Card>
  );
}

function ComplaintCharts({ report }: { report: ComplaintReport }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const na = t('dashboards.na');
  const num = (v: number | null, digits = 0) => formatNumber(v, locale, na, digits);
  const rate = (f: ComplaintReportFigures) => num(f.ratePer1000Orders, 2);
  const tot = report.totals;
  return (
    <>
      <SimpleGrid cols={{ base: 2, md: 3, lg: 6 }} mb="md">
        <Figure
          label={t('dashboards.complaints.complaints')}
          value={num(tot.complaints)}
          note={t('dashboards.complaints.uncaused', { count: report.uncaused })}
        />
        <Figure label={t('dashboards.complaints.orders')} value={num(tot.orders)} />
        <Figure
          label={t('dashboards.complaints.rate')}
          value={rate(tot)}
          note={
            tot.rateUnavailable
              ? t(`dashboards.complaints.rateUnavailable.${tot.rateUnavailable}`)
              : undefined
          }
        />
        <Figure
          label={t('dashboards.complaints.answeredInTime')}
          value={formatShare(tot.answeredInTimeShare, locale, na)}
          note={t('dashboards.complaints.ofEnded', { answered: tot.answeredInTime, ended: tot.clocksEnded })}
        />
        <Figure label={t('dashboards.complaints.deemedAccepted')} value={num(tot.deemedAccepted)} />
        <Figure label={t('dashboards.complaints.overdueOptions')} value={num(tot.overdueConsumerOptions)} />
      </SimpleGrid>
      <div className={classes.grid}>
        <ChartCard
          title={t('dashboards.complaints.pareto')}
          note={t('dashboards.complaints.paretoNote')}
          chart={
            report.causes.length > 0 && <ParetoChart causes={report.causes} unnamed={t('dashboards.none')} />
          }
          rows={report.causes.map((c, i) => {
            const vital = i === 0 || report.causes[i - 1]!.cumulativeShare < VITAL_FEW;
            return {
              key: c.code ?? `none-${i}`,
              label: `${c.name ?? c.code ?? t('dashboards.none')}${vital ? ` · ${t('dashboards.complaints.vitalFew')}` : ''}`,
              value: t('dashboards.complaints.causeValue', {
                count: c.count,
                share: formatShare(c.share, locale, na),
                cumulative: formatShare(c.cumulativeShare, locale, na),
              }),
            };
          })}
        />
        <ChartCard
          title={t('dashboards.complaints.byMonth')}
          chart={
            <Bars
              data={report.byMonth.map((m) => ({
                label: formatDate(m.month, locale),
                complaints: m.complaints,
                deemed: m.deemedAccepted,
              }))}
              series={[
                { key: 'complaints', name: t('dashboards.complaints.complaints'), color: COLORS.primary },
                {
                  key: 'deemed',
                  name: t('dashboards.complaints.deemedAccepted'),
                  color: COLORS.bad,
                  dashed: true,
                },
              ]}
            />
          }
          rows={report.byMonth.map((m) => ({
            key: m.month,
            label: formatDate(m.month, locale),
            value: t('dashboards.complaints.monthValue', {
              count: m.complaints,
              rate: rate(m),
              inTime: formatShare(m.answeredInTimeShare, locale, na),
            }),
          }))}
        />
      </div>
      <Title order={2} size="h4" mt="lg" mb="xs">
        {t('dashboards.complaints.byProduct')}
      </Title>
      {report.byProduct.length === 0 ? (
        <Text c="dimmed">{na}</Text>
      ) : (
        <Table striped withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dashboards.complaints.product')}</Table.Th>
              <Table.Th>{t('dashboards.complaints.complaints')}</Table.Th>
              <Table.Th>{t('dashboards.complaints.rate')}</Table.Th>
              <Table.Th>{t('dashboards.complaints.answeredInTime')}</Table.Th>
              <Table.Th>{t('dashboards.complaints.deemedAccepted')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.byProduct.map((p) => (
              <Table.Tr key={`${p.sku ?? ''}|${p.name}`}>
                <Table.Td>
                  {p.name}{' '}
                  {p.sku && (
                    <Badge variant="outline" size="sm">
                      {p.sku}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{num(p.complaints)}</Table.Td>
                <Table.Td>{rate(p)}</Table.Td>
                <Table.Td>{formatShare(p.answeredInTimeShare, locale, na)}</Table.Td>
                <Table.Td>{num(p.deemedAccepted)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
