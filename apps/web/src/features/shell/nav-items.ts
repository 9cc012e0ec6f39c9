import type { Role } from '@kontakt/contracts';
import {
  IconAlertTriangle,
  IconCalculator,
  IconClockHour4,
  IconChartBar,
  IconChecklist,
  IconHeadset,
  IconInbox,
  IconMessageCheck,
  IconSettings,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

/** One entry of the left navigation. */
export interface NavItem {
  path: string;
  labelKey:
    | 'nav.inbox'
    | 'nav.customers'
    | 'nav.complaints'
    | 'nav.reports'
    | 'nav.admin'
    | 'supervisor.nav'
    | 'staffing.nav'
    | 'timeTracking.nav'
    | 'nav.quality'
    | 'nav.approvals';
  icon: Icon;
  /** Only these roles see the entry; everyone when omitted. */
  roles?: readonly Role[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/inbox', labelKey: 'nav.inbox', icon: IconInbox },
  { path: '/customers', labelKey: 'nav.customers', icon: IconUsers },
  { path: '/complaints', labelKey: 'nav.complaints', icon: IconAlertTriangle },
  { path: '/reports', labelKey: 'nav.reports', icon: IconChartBar },
  { path: '/quality', labelKey: 'nav.quality', icon: IconChecklist },
  { path: '/approvals', labelKey: 'nav.approvals', icon: IconMessageCheck },
  { path: '/supervisor', labelKey: 'supervisor.nav', icon: IconHeadset, roles: ['lead', 'admin'] },
  { path: '/staffing', labelKey: 'staffing.nav', icon: IconCalculator, roles: ['lead', 'admin'] },
  { path: '/time', labelKey: 'timeTracking.nav', icon: IconClockHour4, roles: ['agent', 'lead', 'admin'] },
  { path: '/admin', labelKey: 'nav.admin', icon: IconSettings, roles: ['admin'] },
];

/** The entries a person with this role may open. */
export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.includes(role));
}
