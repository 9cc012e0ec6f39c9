import { Suspense } from 'react';
import { Center, Loader, NavLink, Stack, Text } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import '@mantine/notifications/styles.css';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { AVAILABLE_ADMIN_SECTIONS } from './admin-sections.ts';
import classes from './AdminLayout.module.css';

/** The admin area: its sections listed on the left, the current one's page on the right. */
export function AdminLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();

  return (
    <div className={classes.layout}>
      {/* Quiet "saved" confirmations of the admin forms (loaded with the admin area only). */}
      <Notifications position="bottom-right" autoClose={3000} />
      <nav aria-label={t('admin.shell.navLabel')} className={classes.nav}>
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" mb={4} aria-hidden>
          {t('admin.title')}
        </Text>
        <Stack gap={2}>
          {AVAILABLE_ADMIN_SECTIONS.map(({ path, labelKey, icon: Icon }) => {
            const to = `/admin/${path}`;
            const current = pathname === to || pathname.startsWith(`${to}/`);
            return (
              <NavLink
                key={path}
                component={Link}
                to={to}
                label={t(labelKey)}
                leftSection={<Icon size={16} stroke={1.6} aria-hidden />}
                active={current}
                aria-current={current ? 'page' : undefined}
                className={classes.link}
              />
            );
          })}
        </Stack>
      </nav>
      <div className={classes.page}>
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
    </div>
  );
}
