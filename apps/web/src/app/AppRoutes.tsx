import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage.tsx';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { RequireAuth } from '../features/auth/RequireAuth.tsx';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage.tsx';
import { FullPageLoader } from '../features/shell/FullPageLoader.tsx';

// Everything behind sign-in loads on demand, so the sign-in page stays small.
const AppFrame = lazy(() => import('../features/shell/AppFrame.tsx').then((m) => ({ default: m.AppFrame })));
const loadTicketPage = () => import('../features/ticket/TicketPage.tsx');
const InboxPage = lazy(() =>
  import('../features/inbox/InboxPage.tsx').then((m) => {
    // The list leads to tickets: fetch and compile the ticket page while the agent reads the list,
    // so opening a ticket waits only for its data.
    if (import.meta.env.PROD) {
      const preload = () => void loadTicketPage().catch(() => undefined);
      if (window.requestIdleCallback) window.requestIdleCallback(preload, { timeout: 2000 });
      else setTimeout(preload, 500);
    }
    return { default: m.InboxPage };
  }),
);
const TicketPage = lazy(() => loadTicketPage().then((m) => ({ default: m.TicketPage })));
const CustomersPage = lazy(() =>
  import('../features/customers/CustomersPage.tsx').then((m) => ({ default: m.CustomersPage })),
);
const CustomerPage = lazy(() =>
  import('../features/customers/CustomerPage.tsx').then((m) => ({ default: m.CustomerPage })),
);
const ComplaintsPage = lazy(() =>
  import('../features/complaints/ComplaintsPage.tsx').then((m) => ({ default: m.ComplaintsPage })),
);
const ReturnsPage = lazy(() =>
  import('../features/returns/ReturnsPage.tsx').then((m) => ({ default: m.ReturnsPage })),
);
const OrdersPage = lazy(() =>
  import('../features/orders/OrdersPage.tsx').then((m) => ({ default: m.OrdersPage })),
);
const StaffingPage = lazy(() =>
  import('../features/staffing/StaffingPage.tsx').then((m) => ({ default: m.StaffingPage })),
);
const TimePage = lazy(() =>
  import('../features/time-tracking/TimePage.tsx').then((m) => ({ default: m.TimePage })),
);
const NotFoundPage = lazy(() =>
  import('../features/shell/NotFoundPage.tsx').then((m) => ({ default: m.NotFoundPage })),
);
const RequireRole = lazy(() =>
  import('../features/shell/RequireRole.tsx').then((m) => ({ default: m.RequireRole })),
);
const SupervisorPage = lazy(() =>
  import('../features/supervisor/SupervisorPage.tsx').then((m) => ({ default: m.SupervisorPage })),
);
const AdminRoutes = lazy(() => import('../features/admin/AdminRoutes.tsx'));
const ApprovalsPage = lazy(() =>
  import('../features/approvals/ApprovalsPage.tsx').then((m) => ({ default: m.ApprovalsPage })),
);
const QualityPage = lazy(() =>
  import('../features/quality/QualityPage.tsx').then((m) => ({ default: m.QualityPage })),
);
const SurveyPage = lazy(() => import('../features/surveys/SurveyPage.tsx'));
const SurveyResultsPage = lazy(() => import('../features/surveys/SurveyResultsPage.tsx'));
const DashboardRoutes = lazy(() => import('../features/dashboards/DashboardRoutes.tsx'));
const WallboardPage = lazy(() =>
  import('../features/wallboard/WallboardPage.tsx').then((m) => ({ default: m.WallboardPage })),
);
const ProfilePage = lazy(() =>
  import('../features/profile/ProfilePage.tsx').then((m) => ({ default: m.ProfilePage })),
);

/** Every address the web app answers. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/reset-password" element={<ResetPasswordPage />} />
      <Route
        path="/survey/:token"
        element={
          <Suspense fallback={<FullPageLoader />}>
            <SurveyPage />
          </Suspense>
        }
      />
      <Route element={<RequireAuth />}>
        <Route
          element={
            <Suspense fallback={<FullPageLoader />}>
              <AppFrame />
            </Suspense>
          }
        >
          <Route index element={<Navigate to="/inbox" replace />} />
          <Route path="inbox" element={<InboxPage />} />
          <Route path="inbox/:viewId" element={<InboxPage />} />
          <Route path="tickets/:id" element={<TicketPage />} />
          <Route path="customers" element={<CustomersPage />} />
          <Route path="customers/:id" element={<CustomerPage />} />
          <Route path="complaints" element={<ComplaintsPage />} />
          <Route path="returns" element={<ReturnsPage />} />
          <Route path="orders" element={<OrdersPage />} />
          <Route path="reports" element={<Navigate to="/dashboards" replace />} />
          <Route
            path="surveys"
            element={
              <RequireRole roles={['lead', 'qa', 'admin']}>
                <SurveyResultsPage />
              </RequireRole>
            }
          />
          <Route path="dashboards/*" element={<DashboardRoutes />} />
          <Route
            path="wallboard"
            element={
              <RequireRole roles={['lead', 'admin']}>
                <WallboardPage />
              </RequireRole>
            }
          />
          <Route
            path="staffing"
            element={
              <RequireRole roles={['lead', 'admin']}>
                <StaffingPage />
              </RequireRole>
            }
          />
          <Route path="time" element={<TimePage />} />
          <Route
            path="supervisor"
            element={
              <RequireRole roles={['lead', 'admin']}>
                <SupervisorPage />
              </RequireRole>
            }
          />
          <Route
            path="admin/*"
            element={
              <RequireRole roles={['admin']}>
                <AdminRoutes />
              </RequireRole>
            }
          />
          <Route path="quality" element={<QualityPage />} />
          <Route path="approvals" element={<ApprovalsPage />} />
          <Route path="profile" element={<ProfilePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
