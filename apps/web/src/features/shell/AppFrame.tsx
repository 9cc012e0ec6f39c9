import { Suspense } from 'react';
import { AppShell, Center, Loader, NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { RealtimeProvider } from '../../realtime/RealtimeProvider.tsx';
import { useSignedInMe } from '../auth/session.tsx';
import { ChatDock } from '../chat/ChatDock.tsx';
import { TicketTabs } from '../tabs/TicketTabs.tsx';
import { AppHeader } from './AppHeader.tsx';
import { navItemsFor } from './nav-items.ts';
import classes from './AppFrame.module.css';

/** Pages that fill the screen with their own panes (no padding, no page scroll). */
const isWorkspace = (pathname: string) => pathname.startsWith('/inbox') || pathname.startsWith('/tickets/');

/** The signed-in workspace: header, left navigation, ticket tabs and the current page. */
export function AppFrame() {
  const { t } = useTranslation();
  const { agent } = useSignedInMe();
  const { pathname } = useLocation();

  return (
    <RealtimeProvider>
      <AppShell header={{ height: 52 }} navbar={{ width: 200, breakpoint: 0 }} padding={0}>
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
          <TicketTabs />
          <div className={classes.content} data-workspace={isWorkspace(pathname) || undefined}>
            <Suspense
              fallback={
                <Center h={200}>
                  <Loader size="sm" aria-label={t('common.loading')} />
                </Center>
              }
            >
              <Outlet />
            </Suspense>
          </div>
        </AppShell.Main>
        <ChatDock />
      </AppShell>
    </RealtimeProvider>
  );
}
