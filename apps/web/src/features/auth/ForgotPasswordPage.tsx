import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { requestPasswordReset } from '../../api/auth.ts';
import { ApiError } from '../../api/client.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useDocumentTitle } from '../shell/use-document-title.ts';
import { AuthLayout } from './AuthLayout.tsx';

/** Errors worth showing; anything else still says "sent" so nobody learns which addresses exist. */
const SHOWN_ERRORS = new Set(['rate_limited', 'network_error', 'unavailable', 'internal_error']);

/** Asks for a reset link. The answer never reveals whether the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.forgot.title'));
  const describe = useErrorMessage();
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) {
      setEmailError(t('auth.login.emailRequired'));
      return;
    }
    setEmailError(null);
    setError(null);
    setSubmitting(true);
    try {
      await requestPasswordReset(email.trim());
      setSent(true);
    } catch (caught) {
      if (caught instanceof ApiError && SHOWN_ERRORS.has(caught.code)) setError(describe(caught));
      else setSent(true);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthLayout title={t('auth.forgot.title')}>
      {sent ? (
        <Stack gap="sm">
          <Alert color="gray" role="status">
            {t('auth.forgot.sent')}
          </Alert>
          <Anchor component={Link} to="/login" size="sm">
            {t('auth.backToLogin')}
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="sm">
            <Text>{t('auth.forgot.intro')}</Text>
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <TextInput
              label={t('auth.email')}
              type="email"
              autoComplete="email"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={emailError}
              autoFocus
            />
            <Button type="submit" loading={submitting} fullWidth>
              {t('auth.forgot.submit')}
            </Button>
            <Anchor component={Link} to="/login" size="sm" ta="center">
              {t('auth.backToLogin')}
            </Anchor>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}
