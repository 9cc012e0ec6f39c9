import { useMemo, useState } from 'react';
import { Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { TimeGroupBy } from '@kontakt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSignedInMe } from '../auth/session.tsx';
import { PageHeader } from '../shell/PageHeader.tsx';
import { ManualEntryForm } from './ManualEntryForm.tsx';
import { MyEntries } from './MyEntries.tsx';
import { PERIODS, periodRange, type Period } from './period.ts';
import { listActivityCategories, timeKeys } from './time-api.ts';
import { TimeReportPanel } from './TimeReportPanel.tsx';

/** Time per activity: the report (leads see everyone, agents themselves) and the agent's own entries. */
export function TimePage() {
  const { t } = useTranslation();
  const { agent: me } = useSignedInMe();
  const [period, setPeriod] = useState<Period>('thisWeek');
  const [groupBy, setGroupBy] = useState<TimeGroupBy>('category');
  const range = useMemo(() => periodRange(period, new Date()), [period]);
  const categories = useQuery({ queryKey: timeKeys.categories, queryFn: listActivityCategories });
  const seesAll = me.role === 'lead' || me.role === 'admin';

  return (
    <Stack p="md" gap="md">
      <PageHeader title={t('timeTracking.title')} />
      <SegmentedControl
        aria-label={t('timeTracking.period.label')}
        value={period}
        onChange={(v) => setPeriod(v as Period)}
        data={PERIODS.map((p) => ({ value: p, label: t(`timeTracking.period.${p}`) }))}
        w="fit-content"
      />
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb={4}>
          {t('timeTracking.report.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {seesAll ? t('timeTracking.report.scopeAll') : t('timeTracking.report.scopeOwn')}
        </Text>
        <TimeReportPanel from={range.from} to={range.to} groupBy={groupBy} onGroupBy={setGroupBy} />
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('timeTracking.entries.title')}
        </Title>
        {categories.data && <ManualEntryForm categories={categories.data} />}
        <div style={{ marginTop: 'var(--mantine-spacing-md)' }}>
          <MyEntries from={range.from} to={range.to} categories={categories.data ?? []} />
        </div>
      </Paper>
    </Stack>
  );
}
