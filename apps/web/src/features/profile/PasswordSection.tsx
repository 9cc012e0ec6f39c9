import { useState, type FormEvent } from 'react';
import { Button, PasswordInput, SimpleGrid, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { changePassword } from '../../api/auth.ts';
import { ApiError } from '../../api/client.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { checkNewPassword, type NewPasswordErrors } from '../auth/password-rules.ts';
import { FormFeedback, type Feedback } from './FormFeedback.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import { SESSIONS_KEY } from './SessionsSection.tsx';

/** Changes the password; the current one is asked for again. */
export function PasswordSection() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<NewPasswordErrors>({});
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkNewPassword(t, next, confirm);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await changePassword({ currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setConfirm('');
      setFeedback({ kind: 'success', message: t('profile.password.done') });
      // The server may end other sessions when the password changes.
      void queryClient.invalidateQueries({ queryKey: SESSIONS_KEY });
    } catch (error) {
      const wrongCurrent = error instanceof ApiError && error.code === 'invalid_credentials';
      setFeedback({
        kind: 'error',
        message: wrongCurrent ? t('profile.password.currentWrong') : describe(error),
      });
    } finally {
      setSaving(false);
    }
  };

  const toggle = { 'aria-label': t('auth.showPassword') };
  return (
    <ProfileSection id="profile-password" title={t('profile.password.heading')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm" align="flex-start">
          <SimpleGrid cols={3} spacing="md" w="100%">
            <PasswordInput
              label={t('profile.password.current')}
              autoComplete="current-password"
              value={current}
              onChange={(event) => setCurrent(event.currentTarget.value)}
              visibilityToggleButtonProps={toggle}
            />
            <PasswordInput
              label={t('profile.password.new')}
              description={t('auth.reset.hint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              autoComplete="new-password"
              value={next}
              onChange={(event) => setNext(event.currentTarget.value)}
              error={errors.password}
              visibilityToggleButtonProps={toggle}
            />
            <PasswordInput
              label={t('profile.password.confirm')}
              autoComplete="new-password"
              value={confirm}
              onChange={(event) => setConfirm(event.currentTarget.value)}
              error={errors.confirm}
              visibilityToggleButtonProps={toggle}
            />
          </SimpleGrid>
          <Button type="submit" loading={saving}>
            {t('profile.password.submit')}
          </Button>
          <FormFeedback feedback={feedback} />
        </Stack>
      </form>
    </ProfileSection>
  );
}
