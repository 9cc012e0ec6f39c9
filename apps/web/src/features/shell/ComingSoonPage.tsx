import { IconAlertTriangle, IconChartBar, IconUsers, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState.tsx';
import { PageHeader } from './PageHeader.tsx';

/** Sections whose screens come in later issues. */
export type Section = 'customers' | 'complaints' | 'reports';

const ICONS: Record<Section, Icon> = {
  customers: IconUsers,
  complaints: IconAlertTriangle,
  reports: IconChartBar,
};

/** Says what this section will hold and what to do meanwhile. */
export function ComingSoonPage({ section }: { section: Section }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`${section}.title`)} />
      <EmptyState
        icon={ICONS[section]}
        title={t(`${section}.emptyTitle`)}
        text={t(`${section}.emptyText`)}
        next={t(`${section}.emptyNext`)}
      />
    </>
  );
}
