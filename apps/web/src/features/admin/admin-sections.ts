/**
 * The admin area's sections, in the order the sub-navigation lists them. Routes are generated
 * from this list (see `AdminRoutes.tsx`), so adding a screen is one line here:
 *
 * 1. Create `./<folder>/<Name>Page.tsx` with a default export (the page component).
 * 2. Give its entry a `load: () => import('./<folder>/<Name>Page.tsx')`.
 * 3. Put its texts under `admin.<section>` in en, pl and cs.
 *
 * An entry without `load` is neither routed nor shown, so sections can be listed before their
 * screens exist. Pages load on demand (`React.lazy`), keeping admin code out of the initial bundle.
 */
import type { ComponentType } from 'react';
import {
  IconAddressBook,
  IconBinaryTree,
  IconBolt,
  IconCalendarTime,
  IconCoffee,
  IconClockPlay,
  IconClockExclamation,
  IconForms,
  IconLayoutList,
  IconListDetails,
  IconMailbox,
  IconMessage2Bolt,
  IconMessageCheck,
  IconMessages,
  IconPackage,
  IconMoodSmile,
  IconRobot,
  IconShieldLock,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';

export interface AdminSection {
  /** Path under `/admin`, without slashes. */
  path: string;
  labelKey: `admin.sections.${AdminSectionKey}`;
  icon: Icon;
  /** Loads the page; its default export is rendered inside the admin layout. */
  load?: () => Promise<{ default: ComponentType }>;
}

export type AdminSectionKey =
  | 'agents'
  | 'teams'
  | 'roles'
  | 'queues'
  | 'calendars'
  | 'slaPolicies'
  | 'automationRules'
  | 'mailboxes'
  | 'customFields'
  | 'contactReasons'
  | 'views'
  | 'cannedReplies'
  | 'macros'
  | 'chatChannels'
  | 'presenceReasons'
  | 'juniorReview'
  | 'surveys'
  | 'activityCategories'
  | 'catalog'
  | 'complaintCauses';

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  {
    path: 'agents',
    labelKey: 'admin.sections.agents',
    icon: IconUsers,
    load: () => import('./agents/AgentsPage.tsx'),
  },
  {
    path: 'teams',
    labelKey: 'admin.sections.teams',
    icon: IconUsersGroup,
    load: () => import('./teams/TeamsPage.tsx'),
  },
  {
    path: 'roles',
    labelKey: 'admin.sections.roles',
    icon: IconShieldLock,
    load: () => import('./roles/RolesPage.tsx'),
  },
  {
    path: 'queues',
    labelKey: 'admin.sections.queues',
    icon: IconListDetails,
    load: () => import('./queues/QueuesPage.tsx'),
  },
  {
    path: 'calendars',
    labelKey: 'admin.sections.calendars',
    icon: IconCalendarTime,
    load: () => import('./calendars/CalendarsPage.tsx'),
  },
  {
    path: 'sla-policies',
    labelKey: 'admin.sections.slaPolicies',
    icon: IconClockExclamation,
    load: () => import('./sla-policies/SlaPoliciesPage.tsx'),
  },
  {
    path: 'automation-rules',
    labelKey: 'admin.sections.automationRules',
    icon: IconRobot,
    load: () => import('./automation-rules/AutomationRulesPage.tsx'),
  },
  {
    path: 'mailboxes',
    labelKey: 'admin.sections.mailboxes',
    icon: IconMailbox,
    load: () => import('./mailboxes/MailboxesPage.tsx'),
  },
  {
    path: 'custom-fields',
    labelKey: 'admin.sections.customFields',
    icon: IconForms,
    load: () => import('./custom-fields/CustomFieldsPage.tsx'),
  },
  {
    path: 'contact-reasons',
    labelKey: 'admin.sections.contactReasons',
    icon: IconAddressBook,
    load: () => import('./contact-reasons/ContactReasonsPage.tsx'),
  },
  {
    path: 'complaint-causes',
    labelKey: 'admin.sections.complaintCauses',
    icon: IconBinaryTree,
    load: () => import('./root-causes/RootCausesPage.tsx'),
  },
  {
    path: 'views',
    labelKey: 'admin.sections.views',
    icon: IconLayoutList,
    load: () => import('./views/ViewsPage.tsx'),
  },
  {
    path: 'canned-replies',
    labelKey: 'admin.sections.cannedReplies',
    icon: IconMessage2Bolt,
    load: () => import('./canned-replies/CannedRepliesPage.tsx'),
  },
  {
    path: 'macros',
    labelKey: 'admin.sections.macros',
    icon: IconBolt,
    load: () => import('./macros/MacrosPage.tsx'),
  },
  {
    path: 'chat-channels',
    labelKey: 'admin.sections.chatChannels',
    icon: IconMessages,
    load: () => import('./chat-channels/ChatChannelsPage.tsx'),
  },
  {
    path: 'presence-reasons',
    labelKey: 'admin.sections.presenceReasons',
    icon: IconCoffee,
    load: () => import('./presence-reasons/PresenceReasonsPage.tsx'),
  },
  {
    path: 'junior-review',
    labelKey: 'admin.sections.juniorReview',
    icon: IconMessageCheck,
    load: () => import('./junior-review/JuniorReviewPage.tsx'),
  },
  {
    path: 'surveys',
    labelKey: 'admin.sections.surveys',
    icon: IconMoodSmile,
    load: () => import('./surveys/SurveysPage.tsx'),
  },
  {
    path: 'activity-categories',
    labelKey: 'admin.sections.activityCategories',
    icon: IconClockPlay,
    load: () => import('./activity-categories/ActivityCategoriesPage.tsx'),
  },
  {
    path: 'catalog',
    labelKey: 'admin.sections.catalog',
    icon: IconPackage,
    load: () => import('./catalog/CatalogPage.tsx'),
  },
];

/** The sections whose screens exist, i.e. the ones routed and shown in the sub-navigation. */
export const AVAILABLE_ADMIN_SECTIONS = ADMIN_SECTIONS.filter((section) => section.load);
