import { useState } from 'react';
import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core';
import type { AppliedReportFilters, ReportKpis } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { formatDateTime } from '../workspace/relative-time.ts';
import { useLocale } from '../workspace/use-locale.ts';
import type { DrillTarget } from './ChartCard.tsx';
import type { DashboardFilters } from './dashboard-filters.ts';
import { DrillDrawer } from './DrillDrawer.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import type { ReportParams } from './reports-api.ts';
import { ServiceCharts } from './ServiceCharts.tsx';
import { VolumeCharts } from './VolumeCharts.tsx';
import classes from './Dashboards.module.css';

/** The charts of one report (overview or personal), their drill-down and export. */
export function KpiDashboard({
  report,
  error,
  isPending,
  refetch,
  params,
  filters,
  onFilters,
  canExport,
}: {
  report: { kpis: ReportKpis; filters: AppliedReportFilters; freshAt: string | null } | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => unknown;
  params: ReportParams;
  filters: DashboardFilters;
  onFilters: (next: DashboardFilters) => void;
  canExport: boolean;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const locale = useLocale();
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  if (isPending)
    return (
      <Center h={200}>
        <Loader size="sm" aria-label={t('common.loading')} />
      </Center>
    );
  if (!report)
    return (
      <Alert color="red" role="alert">
        <Text size="sm" mb="xs">
          {describe(error)}
        </Text>
        <Button size="xs" variant="light" onClick={() => void refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="xs" c="dimmed">
          {t('dashboards.period', {
            from: report.filters.from,
            to: report.filters.to,
            zone: report.filters.timeZone,
          })}
          {' · '}
          {report.freshAt
            ? t('dashboards.freshAt', { time: formatDateTime(report.freshAt, locale) })
            : t('dashboards.notBuilt')}
        </Text>
        {canExport && <ExportButtons filters={params} />}
      </Group>
      <div className={classes.grid}>
        <VolumeCharts kpis={report.kpis} onDrill={setDrill} />
        <ServiceCharts
          kpis={report.kpis}
          onDrill={setDrill}
          business={filters.business}
          onBusiness={(business) => onFilters({ ...filters, business })}
        />
      </div>
      <DrillDrawer target={drill} filters={params} onClose={() => setDrill(null)} canExport={canExport} />
    </>
  );
}
