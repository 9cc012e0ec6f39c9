import { Tabs } from '@mantine/core';
import type { Role } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

const TABS = [
  { path: '/dashboards', key: 'overview', roles: ['lead', 'qa', 'admin'] },
  { path: '/dashboards/me', key: 'mine', roles: ['agent', 'lead', 'qa', 'admin'] },
  { path: '/dashboards/complaints', key: 'complaints', roles: ['lead', 'admin'] },
  { path: '/dashboards/schedules', key: 'schedules', roles: ['lead', 'admin'] },
] as const;

/** Switches between the dashboards a role may open. */
export function DashboardTabs({ role }: { role: Role }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const tabs = TABS.filter((x) => (x.roles as readonly Role[]).includes(role));
  if (tabs.length < 2) return null;
  return (
    <Tabs value={pathname} onChange={(v) => v && void navigate(v)} mb="md">
      <Tabs.List>
        {tabs.map((x) => (
          <Tabs.Tab key={x.path} value={x.path}>
            {t(`dashboards.tabs.${x.key}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
