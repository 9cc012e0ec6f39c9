import { Button } from '@mantine/core';
import { IconMapPinOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from './EmptyState.tsx';
import { PageHeader } from './PageHeader.tsx';

/** Unknown addresses, and sections this agent's role may not open. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <EmptyState
        icon={IconMapPinOff}
        title={t('notFound.text')}
        action={
          <Button component={Link} to="/inbox" variant="default">
            {t('notFound.action')}
          </Button>
        }
      />
    </>
  );
}
