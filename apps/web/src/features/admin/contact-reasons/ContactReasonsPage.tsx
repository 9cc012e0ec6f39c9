import { useMemo, useState } from 'react';
import { Alert, Button, Center, Loader, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../i18n/error-message.ts';
import { useContactReasons } from '../../workspace/reference-data.ts';
import { AdminPageHeader } from '../shared/AdminPageHeader.tsx';
import { buildReasonTree } from './reason-tree.ts';
import { ReasonTree, type TreeEditing } from './ReasonTree.tsx';
import { RequiredToSolveSetting } from './RequiredToSolveSetting.tsx';

/** Admin: the contact-reason (disposition) tree agents file tickets under, and whether it is required. */
export default function ContactReasonsPage() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const reasons = useContactReasons();
  const [editing, setEditing] = useState<TreeEditing>(null);
  const tree = useMemo(() => buildReasonTree(reasons.data ?? []), [reasons.data]);

  return (
    <>
      <AdminPageHeader
        title={t('admin.sections.contactReasons')}
        description={t('admin.contactReasons.description')}
        newLabel={t('admin.contactReasons.new')}
        onNew={() => setEditing({ mode: 'add', parentId: null })}
      />
      <Paper withBorder p="md" mb="md">
        <RequiredToSolveSetting />
      </Paper>
      <Title order={2} size="h4" mb="xs">
        {t('admin.contactReasons.treeHeading')}
      </Title>
      {reasons.isPending && (
        <Center h={120}>
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      )}
      {reasons.isError && (
        <Alert color="red" role="alert" title={t('admin.common.loadFailed')}>
          <Text size="sm" mb="xs">
            {describe(reasons.error)}
          </Text>
          <Button size="xs" variant="light" onClick={() => void reasons.refetch()}>
            {t('common.retry')}
          </Button>
        </Alert>
      )}
      {reasons.data && tree.length === 0 && editing === null && (
        <Text c="dimmed">{t('admin.contactReasons.empty')}</Text>
      )}
      {reasons.data && (
        <ReasonTree
          nodes={tree}
          editing={editing}
          setEditing={setEditing}
          label={t('admin.contactReasons.treeHeading')}
        />
      )}
    </>
  );
}
