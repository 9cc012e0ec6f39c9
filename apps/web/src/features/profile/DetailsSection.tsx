import { useState, type FormEvent } from 'react';
import { Button, Group, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { updateMe } from '../../api/auth.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useSetMe, useSignedInMe } from '../auth/session.tsx';
import { FormFeedback, type Feedback } from './FormFeedback.tsx';
import { ProfileSection } from './ProfileSection.tsx';

/** Name (editable), e-mail, role and organization. */
export function DetailsSection() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const { agent, organization } = useSignedInMe();
  const setMe = useSetMe();
  const [name, setName] = useState(agent.name);
  const [nameError, setNameError] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameError(t('profile.details.nameRequired'));
      return;
    }
    setNameError(null);
    setSaving(true);
    try {
      setMe(await updateMe({ name: name.trim() }));
      setFeedback({ kind: 'success', message: t('profile.details.saved') });
    } catch (error) {
      setFeedback({ kind: 'error', message: describe(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <ProfileSection id="profile-details" title={t('profile.details.heading')}>
      <SimpleGrid cols={3} spacing="md">
        <ReadOnlyField label={t('profile.details.email')} value={agent.email} />
        <ReadOnlyField label={t('profile.details.role')} value={t(`roles.${agent.role}`)} />
        <ReadOnlyField label={t('profile.details.organization')} value={organization.name} />
      </SimpleGrid>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('profile.details.name')}
            autoComplete="name"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={nameError}
            w={320}
          />
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
      <FormFeedback feedback={feedback} />
    </ProfileSection>
  );
}

function ReadOnlyField({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value}</Text>
    </div>
  );
}
