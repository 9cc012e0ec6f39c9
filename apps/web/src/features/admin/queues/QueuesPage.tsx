import { useMemo } from 'react';
import { Badge, Group } from '@mantine/core';
import type { Queue } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { AdminDrawer } from '../shared/AdminDrawer.tsx';
import { AdminPageHeader } from '../shared/AdminPageHeader.tsx';
import { AdminTable, EditLink, type AdminColumn } from '../shared/AdminTable.tsx';
import { useAdminQueues, useAdminTeams } from '../shared/admin-queries.ts';
import { useEditor } from '../shared/use-editor.ts';
import { QueueForm } from './QueueForm.tsx';

/** Queues: where tickets wait, and which team sees them. */
export default function QueuesPage() {
  const { t } = useTranslation();
  const queues = useAdminQueues();
  const teams = useAdminTeams();
  const editor = useEditor<Queue>();
  const teamNames = useMemo(
    () => new Map((teams.data ?? []).map((team) => [team.id, team.name])),
    [teams.data],
  );

  const columns: AdminColumn<Queue>[] = [
    {
      key: 'name',
      header: t('admin.queues.fields.name'),
      width: '30%',
      render: (queue) => (
        <Group gap="xs" wrap="nowrap">
          <EditLink
            label={t('admin.queues.editNamed', { name: queue.name })}
            onClick={() => editor.openEdit(queue)}
          >
            {queue.name}
          </EditLink>
          {queue.isDefault && (
            <Badge variant="light" radius="sm" size="sm">
              {t('admin.queues.default')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'team',
      header: t('admin.queues.fields.team'),
      width: '25%',
      render: (queue) => (queue.teamId ? (teamNames.get(queue.teamId) ?? '…') : t('admin.queues.everyone')),
    },
    {
      key: 'description',
      header: t('admin.queues.fields.description'),
      render: (queue) => queue.description,
    },
  ];

  return (
    <>
      <AdminPageHeader
        title={t('admin.sections.queues')}
        description={t('admin.queues.description')}
        newLabel={t('admin.queues.new')}
        onNew={editor.openNew}
      />
      <AdminTable
        label={t('admin.sections.queues')}
        columns={columns}
        rows={queues.data}
        rowKey={(queue) => queue.id}
        isLoading={queues.isPending}
        error={queues.error}
        onRetry={() => void queues.refetch()}
        emptyText={t('admin.queues.empty')}
      />
      <AdminDrawer
        opened={editor.opened}
        onClose={editor.close}
        title={editor.editing.mode === 'edit' ? editor.editing.row.name : t('admin.queues.new')}
      >
        {editor.editing.mode === 'new' && <QueueForm onDone={editor.close} />}
        {editor.editing.mode === 'edit' && (
          <QueueForm key={editor.editing.row.id} queue={editor.editing.row} onDone={editor.close} />
        )}
      </AdminDrawer>
    </>
  );
}
