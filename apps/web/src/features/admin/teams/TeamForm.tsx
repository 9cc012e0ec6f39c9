import { MultiSelect } from '@mantine/core';
import { CreateTeamInput, UpdateTeamInput, type Team } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { createTeam, updateTeam } from '../../../api/agents.ts';
import { qk } from '../../../api/query-keys.ts';
import { agentOptions } from '../agents/agent-options.ts';
import { DrawerForm } from '../shared/AdminDrawer.tsx';
import { NameAndDescription } from '../shared/NameAndDescription.tsx';
import { useAdminAgents } from '../shared/admin-queries.ts';
import { useAdminForm } from '../shared/use-admin-form.ts';

interface TeamValues {
  name: string;
  description: string;
  memberIds: string[];
  [key: string]: unknown;
}

/** Creates a team (no `team`) or changes its name, description and members. */
export function TeamForm({ team, onDone }: { team?: Team; onDone: () => void }) {
  const { t } = useTranslation();
  const agents = useAdminAgents();
  const { form, onSubmit, formError, saving } = useAdminForm<TeamValues, Team>({
    schema: team ? UpdateTeamInput : CreateTeamInput,
    initialValues: {
      name: team?.name ?? '',
      description: team?.description ?? '',
      memberIds: team?.memberIds ?? [],
    },
    save: (input: CreateTeamInput) => (team ? updateTeam(team.id, input) : createTeam(input)),
    // Members' team lists change too.
    invalidate: [qk.teams, qk.agents],
    savedMessage: team ? t('admin.teams.saved') : t('admin.teams.created'),
    codeFields: { conflict: { field: 'name', message: t('admin.teams.nameTaken') } },
    onSaved: onDone,
  });

  return (
    <DrawerForm
      onSubmit={onSubmit}
      onCancel={onDone}
      formError={formError}
      saving={saving}
      submitLabel={team ? t('admin.common.saveChanges') : t('admin.teams.create')}
    >
      <NameAndDescription
        form={form}
        nameLabel={t('admin.teams.fields.name')}
        descriptionLabel={t('admin.teams.fields.description')}
      />
      <MultiSelect
        label={t('admin.teams.fields.members')}
        description={t('admin.teams.fields.membersHint')}
        data={agentOptions(agents.data, team?.memberIds)}
        searchable
        nothingFoundMessage={t('admin.teams.noAgentFound')}
        {...form.getInputProps('memberIds')}
      />
    </DrawerForm>
  );
}
