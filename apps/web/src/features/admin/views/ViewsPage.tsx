import { useMemo } from 'react';
import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { View } from '@kontakt/contracts';
import { qk } from '../../../api/query-keys.ts';
import { listViews } from '../../../api/tickets.ts';
import { useAgentMap, useContactReasons, useQueueMap } from '../../workspace/reference-data.ts';
import { useLocale } from '../../workspace/use-locale.ts';
import { AdminDrawer } from '../shared/AdminDrawer.tsx';
import { AdminPageHeader } from '../shared/AdminPageHeader.tsx';
import { AdminTable, EditLink, type AdminColumn } from '../shared/AdminTable.tsx';
import { useAdminTeams } from '../shared/admin-queries.ts';
import { useEditor } from '../shared/use-editor.ts';
import { summarizeFilters, type FilterNames } from './view-summary.ts';
import { ViewForm } from './ViewForm.tsx';

/** Admin: views shared with every agent. Built-in views are fixed; personal views stay their owners'. */
export default function ViewsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const views = useQuery({ queryKey: qk.views, queryFn: listViews });
  const shared = useMemo(() => views.data?.filter((v) => v.shared && !v.builtIn), [views.data]);
  const editor = useEditor<View>();
  const names = useFilterNames();

  const columns: AdminColumn<View>[] = [
    {
      key: 'name',
      header: t('admin.views.fields.name'),
      render: (v) => (
        <EditLink label={t('admin.views.edit', { name: v.name })} onClick={() => editor.openEdit(v)}>
          {v.name}
        </EditLink>
      ),
      width: '22%',
    },
    {
      key: 'filters',
      header: t('admin.views.filters.heading'),
      render: (v) => (
        <Text size="sm" lineClamp={2}>
          {summarizeFilters(t, v.filters, names, locale)}
        </Text>
      ),
    },
    {
      key: 'sort',
      header: t('admin.views.fields.sort'),
      render: (v) => t(`admin.views.sort.${v.sort}`),
      width: 170,
    },
    {
      key: 'count',
      header: t('admin.views.list.tickets'),
      render: (v) =>
        v.count === undefined
          ? '—'
          : `${new Intl.NumberFormat(locale).format(v.count)}${v.countCapped ? '+' : ''}`,
      width: 90,
    },
  ];

  return (
    <>
      <AdminPageHeader
        title={t('admin.sections.views')}
        description={t('admin.views.description')}
        newLabel={t('admin.views.new')}
        onNew={editor.openNew}
      />
      <AdminTable
        label={t('admin.sections.views')}
        columns={columns}
        rows={shared}
        rowKey={(v) => v.id}
        isLoading={views.isPending}
        error={views.error}
        onRetry={() => void views.refetch()}
        emptyText={t('admin.views.empty')}
      />
      <AdminDrawer
        opened={editor.opened}
        onClose={editor.close}
        title={
          editor.editing.mode === 'edit'
            ? t('admin.views.edit', { name: editor.editing.row.name })
            : t('admin.views.new')
        }
      >
        {editor.editing.mode !== 'closed' && (
          <ViewForm
            key={editor.editing.mode === 'edit' ? editor.editing.row.id : 'new'}
            view={editor.editing.mode === 'edit' ? editor.editing.row : null}
            onDone={editor.close}
          />
        )}
      </AdminDrawer>
    </>
  );
}

/** Lookups for the names in filter summaries. */
function useFilterNames(): FilterNames {
  const queues = useQueueMap();
  const agents = useAgentMap();
  const reasons = useContactReasons();
  const teams = useAdminTeams();
  return useMemo(
    () => ({
      queue: (id) => queues.get(id)?.name,
      agent: (id) => agents.get(id)?.name,
      team: (id) => teams.data?.find((team) => team.id === id)?.name,
      reason: (id) => reasons.data?.find((r) => r.id === id)?.name,
    }),
    [queues, agents, teams.data, reasons.data],
  );
}
