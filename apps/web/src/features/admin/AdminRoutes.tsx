import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { NotFoundPage } from '../shell/NotFoundPage.tsx';
import { AVAILABLE_ADMIN_SECTIONS } from './admin-sections.ts';
import { AdminLayout } from './AdminLayout.tsx';

/** One lazily loaded page per available section, created once so React keeps their state. */
const PAGES = AVAILABLE_ADMIN_SECTIONS.map((section) => ({
  path: section.path,
  Page: lazy(section.load!),
}));

/** Everything under `/admin/*`; `/admin` itself opens the first section. */
export function AdminRoutes() {
  return (
    <Routes>
      <Route element={<AdminLayout />}>
        <Route index element={<Navigate to={PAGES[0]!.path} replace />} />
        {PAGES.map(({ path, Page }) => (
          <Route key={path} path={`${path}/*`} element={<Page />} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export default AdminRoutes;
