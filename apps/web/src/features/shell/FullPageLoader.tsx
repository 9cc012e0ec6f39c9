import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A quiet spinner while the session or a screen's code loads. */
export function FullPageLoader() {
  const { t } = useTranslation();
  return (
    <Center h="100vh" role="status" aria-live="polite">
      <Loader size="sm" aria-label={t('common.loading')} />
    </Center>
  );
}
