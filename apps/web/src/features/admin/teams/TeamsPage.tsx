import { useMemo } from 'react';
import type { Team } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { AdminDrawer } from '../shared/AdminDrawer.tsx';
import { AdminPageHeader } from '../shared/AdminPageHeader.tsx';
import { AdminTable, EditLink, type AdminColumn } from '../shared/AdminTable.tsx';
import { useAdminAgents, useAdminTeams } from '../shared/admin-queries.ts';
import { useEditor } from '../shared/use-editor.ts';
import { TeamForm } from './TeamForm.tsx';

/** How many names of members the list shows before "and N more". */
const SHOWN_MEMBERS = 4;

/** Teams: groups of agents that queues and views are shared with. */
export default function TeamsPage() {
  const { t } = useTranslation();
  const teams = useAdminTeams();
  const agents = useAdminAgents();
  const editor = useEditor<Team>();
  const names = useMemo(() => new Map((agents.data ?? []).map((a) => [a.id, a.name])), [agents.data]);

  const members = (team: Team) => {
    if (team.memberIds.length === 0) return t('admin.teams.noMembers');
    const shown = team.memberIds.slice(0, SHOWN_MEMBERS).map((id) => names.get(id) ?? '…');
    const rest = team.memberIds.length - shown.length;
    return rest > 0
      ? t('admin.teams.membersAndMore', { names: shown.join(', '), count: rest })
      : shown.join(', ');
  };

  const columns: AdminColumn<Team>[] = [
    {
      key: 'name',
      header: t('admin.teams.fields.name'),
      width: '25%',
      render: (team) => (
        <EditLink
          label={t('admin.teams.editNamed', { name: team.name })}
          onClick={() => editor.openEdit(team)}
        >
          {team.name}
        </EditLink>
      ),
    },
    {
      key: 'size',
      header: t('admin.teams.fields.size'),
      width: 130,
      render: (team) => t('admin.teams.memberCount', { count: team.memberIds.length }),
    },
    { key: 'members', header: t('admin.teams.fields.members'), render: members },
    { key: 'description', header: t('admin.teams.fields.description'), render: (team) => team.description },
  ];

  return (
    <>
      <AdminPageHeader
        title={t('admin.sections.teams')}
        description={t('admin.teams.description')}
        newLabel={t('admin.teams.new')}
        onNew={editor.openNew}
      />
      <AdminTable
        label={t('admin.sections.teams')}
        columns={columns}
        rows={teams.data}
        rowKey={(team) => team.id}
        isLoading={teams.isPending}
        error={teams.error}
        onRetry={() => void teams.refetch()}
        emptyText={t('admin.teams.empty')}
      />
      <AdminDrawer
        opened={editor.opened}
        onClose={editor.close}
        title={editor.editing.mode === 'edit' ? editor.editing.row.name : t('admin.teams.new')}
      >
        {editor.editing.mode === 'new' && <TeamForm onDone={editor.close} />}
        {editor.editing.mode === 'edit' && (
          <TeamForm key={editor.editing.row.id} team={editor.editing.row} onDone={editor.close} />
        )}
      </AdminDrawer>
    </>
  );
}
