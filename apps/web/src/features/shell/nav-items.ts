import type { Role } from '@kontakt/contracts';
import {
  IconAlertTriangle,
  IconCalculator,
  IconClockHour4,
  IconChartLine,
  IconChecklist,
  IconDeviceTv,
  IconHeadset,
  IconInbox,
  IconMessageCheck,
  IconMoodSmile,
  IconSettings,
  IconShoppingCart,
  IconUsers,
  IconTruckReturn,
  type Icon,
} from '@tabler/icons-react';

/** One entry of the left navigation. */
export interface NavItem {
  path: string;
  labelKey:
    | 'nav.inbox'
    | 'nav.customers'
    | 'nav.complaints'
    | 'nav.returns'
    | 'nav.orders'
    | 'nav.admin'
    | 'supervisor.nav'
    | 'dashboards.nav'
    | 'dashboards.navMine'
    | 'wallboard.nav'
    | 'staffing.nav'
    | 'timeTracking.nav'
    | 'nav.quality'
    | 'nav.approvals'
    | 'nav.surveys';
  icon: Icon;
  /** Only these roles see the entry; everyone when omitted. */
  roles?: readonly Role[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/inbox', labelKey: 'nav.inbox', icon: IconInbox },
  { path: '/customers', labelKey: 'nav.customers', icon: IconUsers },
  { path: '/complaints', labelKey: 'nav.complaints', icon: IconAlertTriangle },
  { path: '/returns', labelKey: 'nav.returns', icon: IconTruckReturn },
  { path: '/orders', labelKey: 'nav.orders', icon: IconShoppingCart },
  { path: '/dashboards', labelKey: 'dashboards.nav', icon: IconChartLine, roles: ['lead', 'qa', 'admin'] },
  { path: '/dashboards/me', labelKey: 'dashboards.navMine', icon: IconChartLine, roles: ['agent'] },
  { path: '/quality', labelKey: 'nav.quality', icon: IconChecklist },
  { path: '/approvals', labelKey: 'nav.approvals', icon: IconMessageCheck },
  { path: '/surveys', labelKey: 'nav.surveys', icon: IconMoodSmile, roles: ['lead', 'qa', 'admin'] },
  { path: '/supervisor', labelKey: 'supervisor.nav', icon: IconHeadset, roles: ['lead', 'admin'] },
  { path: '/wallboard', labelKey: 'wallboard.nav', icon: IconDeviceTv, roles: ['lead', 'admin'] },
  { path: '/staffing', labelKey: 'staffing.nav', icon: IconCalculator, roles: ['lead', 'admin'] },
  { path: '/time', labelKey: 'timeTracking.nav', icon: IconClockHour4, roles: ['agent', 'lead', 'admin'] },
  { path: '/admin', labelKey: 'nav.admin', icon: IconSettings, roles: ['admin'] },
];

/** The entries a person with this role may open. */
export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.includes(role));
}
