import { Badge, Code, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketField } from '../../../api/types.ts';
import { useTicketFields } from '../../workspace/reference-data.ts';
import { AdminDrawer } from '../shared/AdminDrawer.tsx';
import { AdminPageHeader } from '../shared/AdminPageHeader.tsx';
import { AdminTable, EditLink, type AdminColumn } from '../shared/AdminTable.tsx';
import { useEditor } from '../shared/use-editor.ts';
import { CustomFieldForm } from './CustomFieldForm.tsx';

/** Admin: the organization's own ticket fields, shown in the ticket's properties panel in this order. */
export default function CustomFieldsPage() {
  const { t } = useTranslation();
  const fields = useTicketFields();
  const editor = useEditor<TicketField>();
  const nextPosition = Math.min(10_000, Math.max(-10, ...(fields.data ?? []).map((f) => f.position)) + 10);

  const columns: AdminColumn<TicketField>[] = [
    {
      key: 'label',
      header: t('admin.customFields.fields.label'),
      render: (f) => (
        <EditLink label={t('admin.customFields.edit', { label: f.label })} onClick={() => editor.openEdit(f)}>
          {f.label}
        </EditLink>
      ),
    },
    { key: 'key', header: t('admin.customFields.fields.key'), render: (f) => <Code>{f.key}</Code> },
    {
      key: 'type',
      header: t('admin.customFields.fields.type'),
      render: (f) => t(`admin.customFields.types.${f.type}`),
    },
    {
      key: 'options',
      header: t('admin.customFields.fields.options'),
      render: (f) =>
        f.options.length ? (
          <Text size="sm" lineClamp={1} title={f.options.join(', ')}>
            {f.options.join(', ')}
          </Text>
        ) : (
          '—'
        ),
    },
    {
      key: 'required',
      header: t('admin.customFields.list.required'),
      render: (f) => (f.requiredToSolve ? t('common.yes') : t('common.no')),
    },
    { key: 'position', header: t('admin.customFields.list.position'), render: (f) => f.position, width: 80 },
    {
      key: 'active',
      header: t('admin.customFields.list.status'),
      width: 130,
      render: (f) => (
        <Badge variant="light" color={f.active ? 'teal' : 'gray'}>
          {f.active ? t('admin.common.active') : t('admin.common.inactive')}
        </Badge>
      ),
    },
  ];

  return (
    <>
      <AdminPageHeader
        title={t('admin.sections.customFields')}
        description={t('admin.customFields.description')}
        newLabel={t('admin.customFields.new')}
        onNew={editor.openNew}
      />
      <AdminTable
        label={t('admin.sections.customFields')}
        columns={columns}
        rows={fields.data}
        rowKey={(f) => f.id}
        isLoading={fields.isPending}
        error={fields.error}
        onRetry={() => void fields.refetch()}
        emptyText={t('admin.customFields.empty')}
        muted={(f) => !f.active}
      />
      <AdminDrawer
        opened={editor.opened}
        onClose={editor.close}
        title={
          editor.editing.mode === 'edit'
            ? t('admin.customFields.edit', { label: editor.editing.row.label })
            : t('admin.customFields.new')
        }
      >
        {editor.editing.mode !== 'closed' && (
          <CustomFieldForm
            key={editor.editing.mode === 'edit' ? editor.editing.row.id : 'new'}
            field={editor.editing.mode === 'edit' ? editor.editing.row : null}
            nextPosition={nextPosition}
            onDone={editor.close}
          />
        )}
      </AdminDrawer>
    </>
  );
}
