import { PasswordInput, Radio, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { CreateAgentInput, type Agent } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { createAgent, sendInvitation } from '../../../api/agents.ts';
import { qk } from '../../../api/query-keys.ts';
import { currentLocale } from '../../../i18n/index.ts';
import { useErrorMessage } from '../../../i18n/error-message.ts';
import { DrawerForm } from '../shared/AdminDrawer.tsx';
import { useAdminForm } from '../shared/use-admin-form.ts';
import { AgentFields, type AgentFieldValues } from './AgentFields.tsx';

interface CreateValues extends AgentFieldValues {
  email: string;
  /** Send a link to choose a password, or set one now and hand it over. */
  access: 'invite' | 'password';
  password: string;
}

const toInput = ({ access, password, ...fields }: CreateValues) => ({
  ...fields,
  password: access === 'password' ? password : undefined,
});

/** Adds an agent and, unless a password was set, e-mails them an invitation. */
export function AgentCreateForm({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const { form, onSubmit, formError, saving } = useAdminForm<CreateValues, Agent>({
    schema: CreateAgentInput,
    initialValues: {
      name: '',
      email: '',
      role: 'agent',
      level: 'regular',
      languages: [],
      skills: [],
      locale: currentLocale(i18n),
      teamIds: [],
      access: 'invite',
      password: '',
    },
    toInput,
    save: async (input: CreateAgentInput) => createAgent(input),
    invalidate: [qk.agents, qk.teams],
    savedMessage: t('admin.agents.created'),
    codeFields: { email_taken: 'email' },
    onSaved: (agent) => {
      const invite = form.values.access === 'invite';
      onDone();
      if (!invite) return;
      sendInvitation(agent.id).then(
        () =>
          notifications.show({ message: t('admin.agents.invited', { email: agent.email }), color: 'teal' }),
        (error: unknown) =>
          notifications.show({
            title: t('admin.agents.inviteFailed'),
            message: describe(error),
            color: 'red',
          }),
      );
    },
  });

  return (
    <DrawerForm
      onSubmit={onSubmit}
      onCancel={onDone}
      formError={formError}
      saving={saving}
      submitLabel={t('admin.agents.create')}
    >
      <TextInput
        label={t('admin.agents.fields.email')}
        type="email"
        withAsterisk
        autoComplete="off"
        {...form.getInputProps('email')}
      />
      <AgentFields form={form} />
      <Radio.Group label={t('admin.agents.access.label')} {...form.getInputProps('access')}>
        <Stack gap={6} mt={4}>
          <Radio value="invite" label={t('admin.agents.access.invite')} />
          <Radio value="password" label={t('admin.agents.access.password')} />
        </Stack>
      </Radio.Group>
      {form.values.access === 'password' && (
        <PasswordInput
          label={t('admin.agents.fields.password')}
          description={t('admin.agents.fields.passwordHint')}
          autoComplete="new-password"
          withAsterisk
          {...form.getInputProps('password')}
        />
      )}
    </DrawerForm>
  );
}
