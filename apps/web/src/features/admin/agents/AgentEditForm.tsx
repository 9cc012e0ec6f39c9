import { Button, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { UpdateAgentInput, type Agent } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { sendInvitation, updateAgent } from '../../../api/agents.ts';
import { qk } from '../../../api/query-keys.ts';
import { useErrorMessage } from '../../../i18n/error-message.ts';
import { useSignedInMe } from '../../auth/session.tsx';
import { DrawerForm } from '../shared/AdminDrawer.tsx';
import { useAdminForm } from '../shared/use-admin-form.ts';
import { AgentFields, type AgentFieldValues } from './AgentFields.tsx';

interface EditValues extends AgentFieldValues {
  active: boolean;
}

/** Changes an agent's role, teams, languages, skills, level, or deactivates them. */
export function AgentEditForm({ agent, onDone }: { agent: Agent; onDone: () => void }) {
  const { t } = useTranslation();
  const { agent: me } = useSignedInMe();
  const isSelf = me.id === agent.id;
  const { form, onSubmit, formError, saving } = useAdminForm<EditValues, Agent>({
    schema: UpdateAgentInput,
    initialValues: {
      name: agent.name,
      role: agent.role,
      level: agent.level,
      languages: agent.languages,
      skills: agent.skills,
      locale: agent.locale,
      teamIds: agent.teamIds,
      active: agent.active,
    },
    save: (input: UpdateAgentInput) => updateAgent(agent.id, input),
    invalidate: [qk.agents, qk.teams],
    savedMessage: t('admin.agents.saved', { name: agent.name }),
    onSaved: onDone,
  });

  return (
    <DrawerForm
      onSubmit={onSubmit}
      onCancel={onDone}
      formError={formError}
      saving={saving}
      submitLabel={t('admin.common.saveChanges')}
      actions={agent.active && <InviteAgain agent={agent} />}
    >
      <Text size="sm">
        <Text span c="dimmed">
          {t('admin.agents.fields.email')}:
        </Text>{' '}
        {agent.email}
      </Text>
      <AgentFields form={form} roleLocked={isSelf} />
      <Switch
        label={t('admin.agents.fields.active')}
        description={isSelf ? t('admin.agents.ownActiveLocked') : t('admin.agents.fields.activeHint')}
        disabled={isSelf}
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
    </DrawerForm>
  );
}

/** Sends the link to choose a password again, e.g. when the first one expired. */
function InviteAgain({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const invite = useMutation({
    mutationFn: () => sendInvitation(agent.id),
    onSuccess: () =>
      notifications.show({ message: t('admin.agents.invited', { email: agent.email }), color: 'teal' }),
    onError: (error) =>
      notifications.show({ title: t('admin.agents.inviteFailed'), message: describe(error), color: 'red' }),
  });
  return (
    <Button variant="subtle" mr="auto" loading={invite.isPending} onClick={() => invite.mutate()}>
      {t('admin.agents.inviteAgain')}
    </Button>
  );
}
