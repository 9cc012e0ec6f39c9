import { Suspense } from 'react';
import { AppShell, Center, Loader, NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useSignedInMe } from '../auth/session.tsx';
import { AppHeader } from './AppHeader.tsx';
import { navItemsFor } from './nav-items.ts';
import classes from './AppFrame.module.css';

/** The signed-in workspace: header, left navigation and the current page. */
export function AppFrame() {
  const { t } = useTranslation();
  const { agent } = useSignedInMe();
  const { pathname } = useLocation();

  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 220, breakpoint: 0 }} padding="md">
      <a href="#main" className={classes.skipLink}>
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        <AppHeader />
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        <Stack gap={2}>
          {navItemsFor(agent.role).map(({ path, labelKey, icon: Icon }) => (
            <NavLink
              key={path}
              component={Link}
              to={path}
              label={t(labelKey)}
              leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
              active={pathname === path || pathname.startsWith(`${path}/`)}
              aria-current={pathname === path ? 'page' : undefined}
              className={classes.navLink}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        <Suspense
          fallback={
            <Center h={200}>
              <Loader size="sm" aria-label={t('common.loading')} />
            </Center>
          }
        >
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
