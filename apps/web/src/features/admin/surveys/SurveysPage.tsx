import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AdminPageHeader } from '../shared/AdminPageHeader.tsx';
import { SurveyResults } from '../../surveys/SurveyResults.tsx';
import { SurveyCampaignsPanel } from './SurveyCampaignsPanel.tsx';
import { SurveySettingsPanel } from './SurveySettingsPanel.tsx';
import { SurveyTemplatesPanel } from './SurveyTemplatesPanel.tsx';

/** Surveys: results, NPS/CES campaigns, texts per language and the CSAT settings. */
export default function SurveysPage() {
  const { t } = useTranslation();
  return (
    <>
      <AdminPageHeader title={t('admin.sections.surveys')} description={t('admin.surveys.description')} />
      <Tabs defaultValue="results" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="results">{t('admin.surveys.tabs.results')}</Tabs.Tab>
          <Tabs.Tab value="campaigns">{t('admin.surveys.tabs.campaigns')}</Tabs.Tab>
          <Tabs.Tab value="templates">{t('admin.surveys.tabs.templates')}</Tabs.Tab>
          <Tabs.Tab value="settings">{t('admin.surveys.tabs.settings')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="results">
          <SurveyResults />
        </Tabs.Panel>
        <Tabs.Panel value="campaigns">
          <SurveyCampaignsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="templates">
          <SurveyTemplatesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="settings">
          <SurveySettingsPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
