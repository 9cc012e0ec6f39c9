import { Navigate, Route, Routes } from 'react-router';
import { useSignedInMe } from '../auth/session.tsx';
import { ComplaintsDashboardPage } from './ComplaintsDashboardPage.tsx';
import { DashboardTabs } from './DashboardTabs.tsx';
import { MyDashboardPage, OverviewPage } from './OverviewPage.tsx';
import { ReportSchedulesPage } from './ReportSchedulesPage.tsx';
import classes from './Dashboards.module.css';

/**
 * `/dashboards/*`: leads, QA and admins land on the overview, agents on their own numbers.
 * Complaints and scheduled reports are for leads and admins (as the API allows).
 */
export default function DashboardRoutes() {
  const { agent } = useSignedInMe();
  const role = agent.role;
  const overview = role !== 'agent';
  const leads = role === 'lead' || role === 'admin';
  return (
    <div className={classes.page}>
      <DashboardTabs role={role} />
      <Routes>
        <Route index element={overview ? <OverviewPage /> : <Navigate to="/dashboards/me" replace />} />
        <Route path="me" element={<MyDashboardPage canExport={overview} />} />
        {leads && <Route path="complaints" element={<ComplaintsDashboardPage />} />}
        {leads && <Route path="schedules" element={<ReportSchedulesPage />} />}
        <Route path="*" element={<Navigate to="/dashboards" replace />} />
      </Routes>
    </div>
  );
}
