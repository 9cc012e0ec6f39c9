import { MultiSelect, Select, TagsInput, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { Level, Locale, Role } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { useAdminTeams } from '../shared/admin-queries.ts';
import { languageOptions, levelOptions, roleOptions, teamOptions } from './agent-options.ts';

/** What the create and edit forms share. */
export interface AgentFieldValues {
  name: string;
  role: Role;
  level: Level;
  languages: Locale[];
  skills: string[];
  locale: Locale;
  teamIds: string[];
  [key: string]: unknown;
}

interface AgentFieldsProps<V extends AgentFieldValues> {
  form: UseFormReturnType<V>;
  /** The signed-in admin editing themselves may not change their own role. */
  roleLocked?: boolean;
}

/** Name, role, level, languages, skills, UI language and teams of an agent. */
export function AgentFields<V extends AgentFieldValues>({ form, roleLocked }: AgentFieldsProps<V>) {
  const { t } = useTranslation();
  const teams = useAdminTeams();
  return (
    <>
      <TextInput
        label={t('admin.agents.fields.name')}
        withAsterisk
        autoComplete="off"
        {...form.getInputProps('name')}
      />
      <Select
        label={t('admin.agents.fields.role')}
        data={roleOptions(t)}
        allowDeselect={false}
        disabled={roleLocked}
        description={roleLocked ? t('admin.agents.ownRoleLocked') : undefined}
        {...form.getInputProps('role')}
      />
      <Select
        label={t('admin.agents.fields.level')}
        description={t('admin.agents.fields.levelHint')}
        data={levelOptions(t)}
        allowDeselect={false}
        {...form.getInputProps('level')}
      />
      <MultiSelect
        label={t('admin.agents.fields.languages')}
        description={t('admin.agents.fields.languagesHint')}
        data={languageOptions()}
        maxValues={3}
        {...form.getInputProps('languages')}
      />
      <TagsInput
        label={t('admin.agents.fields.skills')}
        description={t('admin.agents.fields.skillsHint')}
        {...form.getInputProps('skills')}
      />
      <Select
        label={t('admin.agents.fields.locale')}
        data={languageOptions()}
        allowDeselect={false}
        {...form.getInputProps('locale')}
      />
      <MultiSelect
        label={t('admin.agents.fields.teams')}
        data={teamOptions(teams.data)}
        searchable
        nothingFoundMessage={t('admin.agents.noTeams')}
        {...form.getInputProps('teamIds')}
      />
    </>
  );
}
