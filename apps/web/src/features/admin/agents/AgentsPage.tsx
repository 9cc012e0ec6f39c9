import { useMemo } from 'react';
import { Badge, Select } from '@mantine/core';
import { Role, type Agent } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AdminDrawer } from '../shared/AdminDrawer.tsx';
import { AdminPageHeader } from '../shared/AdminPageHeader.tsx';
import { AdminTable, EditLink, type AdminColumn } from '../shared/AdminTable.tsx';
import { useAdminAgents, useAdminTeams } from '../shared/admin-queries.ts';
import { useEditor } from '../shared/use-editor.ts';
import { roleOptions } from './agent-options.ts';
import { AgentCreateForm } from './AgentCreateForm.tsx';
import { AgentEditForm } from './AgentEditForm.tsx';
import { LastSignIn } from './LastSignIn.tsx';

/** Agents: who works in Kontakt, with which role, teams and languages; add, change, deactivate. */
export default function AgentsPage() {
  const { t } = useTranslation();
  const agents = useAdminAgents();
  const teams = useAdminTeams();
  const editor = useEditor<Agent>();
  const [params, setParams] = useSearchParams();
  const parsedRole = Role.safeParse(params.get('role'));
  const role = parsedRole.success ? parsedRole.data : null;

  const teamNames = useMemo(
    () => new Map((teams.data ?? []).map((team) => [team.id, team.name])),
    [teams.data],
  );
  const rows = useMemo(
    () => agents.data?.filter((agent) => !role || agent.role === role),
    [agents.data, role],
  );

  const columns: AdminColumn<Agent>[] = [
    {
      key: 'name',
      header: t('admin.agents.fields.name'),
      render: (agent) => (
        <EditLink
          label={t('admin.agents.editNamed', { name: agent.name })}
          onClick={() => editor.openEdit(agent)}
        >
          {agent.name}
        </EditLink>
      ),
    },
    { key: 'email', header: t('admin.agents.fields.email'), render: (agent) => agent.email },
    { key: 'role', header: t('admin.agents.fields.role'), render: (agent) => t(`roles.${agent.role}`) },
    {
      key: 'teams',
      header: t('admin.agents.fields.teams'),
      render: (agent) =>
        agent.teamIds
          .map((id) => teamNames.get(id))
          .filter(Boolean)
          .join(', ') || t('admin.common.none'),
    },
    {
      key: 'languages',
      header: t('admin.agents.fields.languages'),
      width: 110,
      render: (agent) => agent.languages.map((l) => l.toUpperCase()).join(' · ') || t('admin.common.none'),
    },
    {
      key: 'active',
      header: t('admin.agents.fields.status'),
      width: 130,
      render: (agent) => (
        <Badge variant="light" color={agent.active ? 'teal' : 'gray'} radius="sm">
          {agent.active ? t('admin.common.active') : t('admin.common.inactive')}
        </Badge>
      ),
    },
    {
      key: 'lastLogin',
      header: t('admin.agents.fields.lastSignIn'),
      width: 150,
      render: (agent) => <LastSignIn at={agent.lastLoginAt} />,
    },
  ];

  const setRole = (value: string | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set('role', value);
      else next.delete('role');
      return next;
    });

  return (
    <>
      <AdminPageHeader
        title={t('admin.sections.agents')}
        description={t('admin.agents.description')}
        newLabel={t('admin.agents.new')}
        onNew={editor.openNew}
        extra={
          <Select
            aria-label={t('admin.agents.filterByRole')}
            placeholder={t('admin.agents.allRoles')}
            data={roleOptions(t)}
            value={role}
            onChange={setRole}
            clearable
            w={190}
          />
        }
      />
      <AdminTable
        label={t('admin.sections.agents')}
        columns={columns}
        rows={rows}
        rowKey={(agent) => agent.id}
        isLoading={agents.isPending}
        error={agents.error}
        onRetry={() => void agents.refetch()}
        emptyText={role ? t('admin.agents.emptyForRole') : t('admin.agents.empty')}
        muted={(agent) => !agent.active}
      />
      <AdminDrawer
        opened={editor.opened}
        onClose={editor.close}
        title={editor.editing.mode === 'edit' ? editor.editing.row.name : t('admin.agents.new')}
      >
        {editor.editing.mode === 'new' && <AgentCreateForm onDone={editor.close} />}
        {editor.editing.mode === 'edit' && (
          <AgentEditForm key={editor.editing.row.id} agent={editor.editing.row} onDone={editor.close} />
        )}
      </AdminDrawer>
    </>
  );
}
