import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../shell/PageHeader.tsx';
import { ErlangCalculator } from './ErlangCalculator.tsx';
import { ForecastPanel } from './ForecastPanel.tsx';

/** Staffing for leads: the Erlang calculator and next week's forecast. */
export function StaffingPage() {
  const { t } = useTranslation();
  return (
    <Stack p="md" gap="md">
      <PageHeader title={t('staffing.title')} />
      <Tabs defaultValue="calculator" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="calculator">{t('staffing.tabs.calculator')}</Tabs.Tab>
          <Tabs.Tab value="forecast">{t('staffing.tabs.forecast')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="calculator" pt="md">
          <ErlangCalculator />
        </Tabs.Panel>
        <Tabs.Panel value="forecast" pt="md">
          <ForecastPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
