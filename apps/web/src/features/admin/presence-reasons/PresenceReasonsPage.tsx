import { Badge, Code, Group } from '@mantine/core';
import type { PresenceReason } from '@kontakt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listPresenceReasons, presenceKeys } from '../../presence/presence-api.ts';
import { AdminDrawer } from '../shared/AdminDrawer.tsx';
import { AdminPageHeader } from '../shared/AdminPageHeader.tsx';
import { AdminTable, EditLink, type AdminColumn } from '../shared/AdminTable.tsx';
import { useEditor } from '../shared/use-editor.ts';
import { REASON_STATES, ReasonForm } from './ReasonForm.tsx';

/** Presence reasons: what agents say when away, busy or offline (break, training, meeting…). */
export default function PresenceReasonsPage() {
  const { t } = useTranslation();
  const reasons = useQuery({ queryKey: presenceKeys.reasons, queryFn: listPresenceReasons });
  const editor = useEditor<PresenceReason>();

  const columns: AdminColumn<PresenceReason>[] = [
    {
      key: 'label',
      header: t('admin.presenceReasons.fields.label'),
      width: '35%',
      render: (reason) => (
        <Group gap="xs" wrap="nowrap">
          <EditLink
            label={t('admin.presenceReasons.editNamed', { name: reason.label })}
            onClick={() => editor.openEdit(reason)}
          >
            {reason.label}
          </EditLink>
          {!reason.active && (
            <Badge variant="light" color="gray" radius="sm" size="sm">
              {t('admin.common.inactive')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'code',
      header: t('admin.presenceReasons.fields.code'),
      width: '25%',
      render: (reason) => <Code>{reason.code}</Code>,
    },
    {
      key: 'states',
      header: t('admin.presenceReasons.fields.states'),
      render: (reason) =>
        REASON_STATES.filter((s) => reason.states.includes(s))
          .map((s) => t(`presence.state.${s}`))
          .join(', '),
    },
  ];

  return (
    <>
      <AdminPageHeader
        title={t('admin.sections.presenceReasons')}
        description={t('admin.presenceReasons.description')}
        newLabel={t('admin.presenceReasons.new')}
        onNew={editor.openNew}
      />
      <AdminTable
        label={t('admin.sections.presenceReasons')}
        columns={columns}
        rows={reasons.data}
        rowKey={(reason) => reason.id}
        isLoading={reasons.isPending}
        error={reasons.error}
        onRetry={() => void reasons.refetch()}
        emptyText={t('admin.presenceReasons.empty')}
      />
      <AdminDrawer
        opened={editor.opened}
        onClose={editor.close}
        title={editor.editing.mode === 'edit' ? editor.editing.row.label : t('admin.presenceReasons.new')}
      >
        {editor.editing.mode === 'new' && <ReasonForm onDone={editor.close} />}
        {editor.editing.mode === 'edit' && (
          <ReasonForm key={editor.editing.row.id} reason={editor.editing.row} onDone={editor.close} />
        )}
      </AdminDrawer>
    </>
  );
}
