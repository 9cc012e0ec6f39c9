import { useState, type FormEvent } from 'react';
import { Badge, Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { disableTotp, enableTotp, setupTotp, type TotpSetup } from '../../api/auth.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { ME_KEY, useSignedInMe } from '../auth/session.tsx';
import { FormFeedback, type Feedback } from './FormFeedback.tsx';
import { ProfileSection } from './ProfileSection.tsx';

const CODE_PATTERN = /^\d{6}$/;

/** Turns two-factor sign-in (TOTP) on with a new secret, or off with a current code. */
export function TotpSection() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const { agent } = useSignedInMe();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setFeedback(null);
    try {
      await action();
    } catch (error) {
      setFeedback({ kind: 'error', message: describe(error) });
    } finally {
      setBusy(false);
    }
  };

  const start = () => run(async () => setSetup(await setupTotp()));

  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    if (!CODE_PATTERN.test(code)) {
      setCodeError(t('profile.totp.codeFormat'));
      return;
    }
    setCodeError(null);
    const turningOn = !agent.totpEnabled;
    void run(async () => {
      await (turningOn ? enableTotp(code) : disableTotp(code));
      setCode('');
      setSetup(null);
      setFeedback({
        kind: 'success',
        message: t(turningOn ? 'profile.totp.enabled' : 'profile.totp.disabled'),
      });
      await queryClient.invalidateQueries({ queryKey: ME_KEY, exact: true });
    });
  };

  const codeForm = (submitLabel: string) => (
    <form onSubmit={submitCode} noValidate>
      <Group align="flex-start" gap="sm">
        <TextInput
          label={t('profile.totp.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value.replace(/\D/g, ''))}
          error={codeError}
          w={180}
        />
        <Button type="submit" loading={busy} mt={24}>
          {submitLabel}
        </Button>
      </Group>
    </form>
  );

  return (
    <ProfileSection id="profile-totp" title={t('profile.totp.heading')}>
      <Group gap="xs">
        <Badge variant={agent.totpEnabled ? 'light' : 'default'} color="teal">
          {agent.totpEnabled ? t('profile.totp.on') : t('profile.totp.off')}
        </Badge>
        <Text>{agent.totpEnabled ? t('profile.totp.statusOn') : t('profile.totp.statusOff')}</Text>
      </Group>
      {agent.totpEnabled ? (
        <Stack gap="xs">
          <Text>{t('profile.totp.disableIntro')}</Text>
          {codeForm(t('profile.totp.disable'))}
        </Stack>
      ) : setup ? (
        <Stack gap="xs">
          <Text>{t('profile.totp.step1')}</Text>
          <Text component="div">
            <Text span c="dimmed" mr="xs">
              {t('profile.totp.secret')}:
            </Text>
            <Code fz="sm" data-testid="totp-secret">
              {setup.secret}
            </Code>
          </Text>
          <Text>{t('profile.totp.uri')}</Text>
          <Code block fz="xs" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {setup.uri}
          </Code>
          <Text>{t('profile.totp.step2')}</Text>
          {codeForm(t('profile.totp.enable'))}
        </Stack>
      ) : (
        <Button variant="default" onClick={() => void start()} loading={busy} w="fit-content">
          {t('profile.totp.start')}
        </Button>
      )}
      <FormFeedback feedback={feedback} />
    </ProfileSection>
  );
}
