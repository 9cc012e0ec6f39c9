import { lazy, Suspense } from 'react';
import { Box, Loader, Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSignedInMe } from '../auth/session.tsx';
import { PageHeader } from '../shell/PageHeader.tsx';
import { REVIEWER_ROLES } from './QualityPanel.tsx';
import { ReviewsTab } from './ReviewsTab.tsx';
import { SampleTab } from './SampleTab.tsx';
import { CalibrationTab } from './CalibrationTab.tsx';
import { ScorecardsTab } from './ScorecardsTab.tsx';

// The chart library loads only when someone opens the trends.
const TrendsTab = lazy(() => import('./TrendsTab.tsx').then((m) => ({ default: m.TrendsTab })));

const REVIEWER_TABS = ['reviews', 'sample', 'trends', 'calibration', 'scorecards'] as const;
type Tab = (typeof REVIEWER_TABS)[number];

/**
 * Quality: for reviewers, the reviews, a random sample to review, trends, calibration and the
 * scorecards; for agents, the reviews of their own conversations.
 */
export function QualityPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const reviewer = (REVIEWER_ROLES as readonly string[]).includes(me.agent.role);
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab') as Tab | null;
  const tab: Tab = reviewer && asked && REVIEWER_TABS.includes(asked) ? asked : 'reviews';
  const setTab = (value: string | null) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.set('tab', value ?? 'reviews');
      return next;
    });

  return (
    <Box p="md">
      <PageHeader title={reviewer ? t('quality.title') : t('quality.myTitle')} />
      {reviewer ? (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List mb="md">
            {REVIEWER_TABS.map((key) => (
              <Tabs.Tab key={key} value={key}>
                {t(`quality.tabs.${key}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="reviews">
            <ReviewsTab reviewer />
          </Tabs.Panel>
          <Tabs.Panel value="sample">
            <SampleTab />
          </Tabs.Panel>
          <Tabs.Panel value="trends">
            <Suspense fallback={<Loader size="sm" aria-label={t('common.loading')} />}>
              <TrendsTab />
            </Suspense>
          </Tabs.Panel>
          <Tabs.Panel value="calibration">
            <CalibrationTab ticketId={params.get('ticket') ?? undefined} />
          </Tabs.Panel>
          <Tabs.Panel value="scorecards">
            <ScorecardsTab canManage={me.agent.role !== 'qa'} />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <ReviewsTab reviewer={false} />
      )}
    </Box>
  );
}
