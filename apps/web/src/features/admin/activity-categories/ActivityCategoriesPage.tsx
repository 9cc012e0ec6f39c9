import { Badge, Group } from '@mantine/core';
import type { ActivityCategory } from '@kontakt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listActivityCategories, timeKeys } from '../../time-tracking/time-api.ts';
import { AdminDrawer } from '../shared/AdminDrawer.tsx';
import { AdminPageHeader } from '../shared/AdminPageHeader.tsx';
import { AdminTable, EditLink, type AdminColumn } from '../shared/AdminTable.tsx';
import { useEditor } from '../shared/use-editor.ts';
import { CategoryForm } from './CategoryForm.tsx';

/** Activity categories: what time is recorded as (handling, complaint assessment, training…). */
export default function ActivityCategoriesPage() {
  const { t } = useTranslation();
  const categories = useQuery({ queryKey: timeKeys.categories, queryFn: listActivityCategories });
  const editor = useEditor<ActivityCategory>();

  const columns: AdminColumn<ActivityCategory>[] = [
    {
      key: 'name',
      header: t('admin.activityCategories.fields.name'),
      render: (c) => (
        <Group gap="xs" wrap="nowrap">
          <EditLink
            label={t('admin.activityCategories.editNamed', { name: c.name })}
            onClick={() => editor.openEdit(c)}
          >
            {c.name}
          </EditLink>
          {c.isDefault && (
            <Badge variant="light" radius="sm" size="sm">
              {t('admin.activityCategories.default')}
            </Badge>
          )}
          {!c.active && (
            <Badge variant="light" color="gray" radius="sm" size="sm">
              {t('admin.common.inactive')}
            </Badge>
          )}
        </Group>
      ),
    },
  ];

  return (
    <>
      <AdminPageHeader
        title={t('admin.sections.activityCategories')}
        description={t('admin.activityCategories.description')}
        newLabel={t('admin.activityCategories.new')}
        onNew={editor.openNew}
      />
      <AdminTable
        label={t('admin.sections.activityCategories')}
        columns={columns}
        rows={categories.data}
        rowKey={(c) => c.id}
        isLoading={categories.isPending}
        error={categories.error}
        onRetry={() => void categories.refetch()}
        emptyText={t('admin.activityCategories.empty')}
        muted={(c) => !c.active}
      />
      <AdminDrawer
        opened={editor.opened}
        onClose={editor.close}
        title={editor.editing.mode === 'edit' ? editor.editing.row.name : t('admin.activityCategories.new')}
      >
        {editor.editing.mode === 'new' && <CategoryForm onDone={editor.close} />}
        {editor.editing.mode === 'edit' && (
          <CategoryForm key={editor.editing.row.id} category={editor.editing.row} onDone={editor.close} />
        )}
      </AdminDrawer>
    </>
  );
}
