import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage.tsx';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { RequireAuth } from '../features/auth/RequireAuth.tsx';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage.tsx';
import { FullPageLoader } from '../features/shell/FullPageLoader.tsx';

// Everything behind sign-in loads on demand, so the sign-in page stays small.
const AppFrame = lazy(() => import('../features/shell/AppFrame.tsx').then((m) => ({ default: m.AppFrame })));
const InboxPage = lazy(() =>
  import('../features/inbox/InboxPage.tsx').then((m) => ({ default: m.InboxPage })),
);
const TicketPage = lazy(() =>
  import('../features/ticket/TicketPage.tsx').then((m) => ({ default: m.TicketPage })),
);
const ComingSoonPage = lazy(() =>
  import('../features/shell/ComingSoonPage.tsx').then((m) => ({ default: m.ComingSoonPage })),
);
const NotFoundPage = lazy(() =>
  import('../features/shell/NotFoundPage.tsx').then((m) => ({ default: m.NotFoundPage })),
);
const RequireRole = lazy(() =>
  import('../features/shell/RequireRole.tsx').then((m) => ({ default: m.RequireRole })),
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
          <Route path="customers" element={<ComingSoonPage section="customers" />} />
          <Route path="complaints" element={<ComingSoonPage section="complaints" />} />
          <Route path="reports" element={<ComingSoonPage section="reports" />} />
          <Route
            path="admin"
            element={
              <RequireRole roles={['admin']}>
                <ComingSoonPage section="admin" />
              </RequireRole>
            }
          />
          <Route path="profile" element={<ProfilePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
