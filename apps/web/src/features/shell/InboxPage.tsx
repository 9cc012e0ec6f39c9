import { Button } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from './EmptyState.tsx';
import { PageHeader } from './PageHeader.tsx';

/** The agent's home. Until tickets exist, a friendly empty inbox. */
export function InboxPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('inbox.title')} />
      <EmptyState
        icon={IconInbox}
        title={t('inbox.emptyTitle')}
        text={t('inbox.emptyText')}
        next={t('inbox.emptyNext')}
        action={
          <Button component={Link} to="/profile" variant="default" mt="xs">
            {t('inbox.emptyAction')}
          </Button>
        }
      />
    </>
  );
}
