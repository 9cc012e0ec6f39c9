import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../shell/use-document-title.ts';
import { SurveyResults } from './SurveyResults.tsx';

/** `/surveys`: survey results for leads, QA and admins. */
export default function SurveyResultsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('surveys.title'));
  return (
    <Stack p="md" gap="md">
      <Title order={1} size="h2">
        {t('surveys.title')}
      </Title>
      <SurveyResults />
    </Stack>
  );
}
