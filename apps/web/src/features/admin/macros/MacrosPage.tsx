import { Badge, Group } from '@mantine/core';
import type { Macro } from '@kontakt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listMacros, MACROS_KEY } from '../../../api/macros.ts';
import { AdminDrawer } from '../shared/AdminDrawer.tsx';
import { AdminPageHeader } from '../shared/AdminPageHeader.tsx';
import { AdminTable, EditLink, type AdminColumn } from '../shared/AdminTable.tsx';
import { useEditor } from '../shared/use-editor.ts';
import { MacroForm } from './MacroForm.tsx';

/** Macros: a reply and several actions applied to a ticket in one click. */
export default function MacrosPage() {
  const { t } = useTranslation();
  const macros = useQuery({ queryKey: MACROS_KEY, queryFn: () => listMacros() });
  const editor = useEditor<Macro>();

  const columns: AdminColumn<Macro>[] = [
    {
      key: 'name',
      header: t('admin.macros.fields.name'),
      width: '30%',
      render: (macro) => (
        <Group gap="xs" wrap="nowrap">
          <EditLink
            label={t('admin.macros.editNamed', { name: macro.name })}
            onClick={() => editor.openEdit(macro)}
          >
            {macro.name}
          </EditLink>
          {!macro.active && (
            <Badge variant="light" color="gray" radius="sm" size="sm">
              {t('admin.macros.inactive')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'scope',
      header: t('admin.macros.fields.scope'),
      width: '15%',
      render: (macro) => t(`admin.macros.scope.${macro.scope}`),
    },
    {
      key: 'does',
      header: t('admin.macros.does'),
      render: (macro) =>
        [
          ...(macro.reply ? [t('admin.macros.withReply')] : []),
          t('admin.macros.actionCount', { count: macro.actions.length }),
        ].join(' · '),
    },
    {
      key: 'used',
      header: t('admin.macros.used'),
      width: '10%',
      render: (macro) => macro.usageCount,
    },
  ];

  return (
    <>
      <AdminPageHeader
        title={t('admin.sections.macros')}
        description={t('admin.macros.description')}
        newLabel={t('admin.macros.new')}
        onNew={editor.openNew}
      />
      <AdminTable
        label={t('admin.sections.macros')}
        columns={columns}
        rows={macros.data}
        rowKey={(macro) => macro.id}
        isLoading={macros.isPending}
        error={macros.error}
        onRetry={() => void macros.refetch()}
        emptyText={t('admin.macros.empty')}
      />
      <AdminDrawer
        opened={editor.opened}
        onClose={editor.close}
        title={editor.editing.mode === 'edit' ? editor.editing.row.name : t('admin.macros.new')}
      >
        {editor.editing.mode === 'new' && <MacroForm onDone={editor.close} />}
        {editor.editing.mode === 'edit' && (
          <MacroForm key={editor.editing.row.id} macro={editor.editing.row} onDone={editor.close} />
        )}
      </AdminDrawer>
    </>
  );
}
