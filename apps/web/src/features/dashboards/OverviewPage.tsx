import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../shell/PageHeader.tsx';
import { AgentComparison } from './AgentComparison.tsx';
import { DashboardFiltersBar } from './DashboardFiltersBar.tsx';
import { reportParams, useDashboardFilters } from './dashboard-filters.ts';
import { KpiDashboard } from './KpiDashboard.tsx';
import { getMyReport, getOverview, reportKeys } from './reports-api.ts';

/** Today's date, fixed for the page's life so the query keys stay stable. */
const useToday = () => useMemo(() => new Date(), []);

/** The overview for leads, QA and admins: the whole organization or a filtered part of it. */
export function OverviewPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useDashboardFilters();
  const today = useToday();
  const params = reportParams(filters, today);
  const report = useQuery({
    queryKey: reportKeys.overview(params),
    queryFn: () => getOverview(params),
    placeholderData: (previous) => previous,
  });
  return (
    <>
      <PageHeader title={t('dashboards.overview.title')} />
      <DashboardFiltersBar value={filters} onChange={setFilters} />
      <KpiDashboard
        report={report.data}
        error={report.error}
        isPending={report.isPending}
        refetch={report.refetch}
        params={params}
        filters={filters}
        onFilters={setFilters}
        canExport
      />
      {report.data && <AgentComparison params={params} />}
    </>
  );
}

/** The signed-in agent's own numbers (tickets assigned to them). */
export function MyDashboardPage({ canExport }: { canExport: boolean }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useDashboardFilters();
  const today = useToday();
  const params = reportParams(filters, today, { withAgent: false });
  const report = useQuery({
    queryKey: reportKeys.mine(params),
    queryFn: () => getMyReport(params),
    placeholderData: (previous) => previous,
  });
  return (
    <>
      <PageHeader title={t('dashboards.mine.title')} />
      <DashboardFiltersBar value={filters} onChange={setFilters} withAgent={false} />
      <KpiDashboard
        report={report.data}
        error={report.error}
        isPending={report.isPending}
        refetch={report.refetch}
        params={params}
        filters={filters}
        onFilters={setFilters}
        canExport={canExport}
      />
    </>
  );
}
