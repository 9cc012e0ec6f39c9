import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { confirmPasswordReset } from '../../api/auth.ts';
import { ApiError } from '../../api/client.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useDocumentTitle } from '../shell/use-document-title.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { checkNewPassword, type NewPasswordErrors } from './password-rules.ts';

/** Sets a new password with the token from the e-mailed link (`/reset-password?token=…`). */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.reset.title'));
  const describe = useErrorMessage();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [fieldErrors, setFieldErrors] = useState<NewPasswordErrors>({});
  const [error, setError] = useState<{ message: string; invalidToken: boolean } | null>(null);
  const [done, setDone] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = checkNewPassword(t, password, confirm);
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setError(null);
    setSubmitting(true);
    try {
      await confirmPasswordReset({ token, password });
      setDone(true);
    } catch (caught) {
      const invalidToken = caught instanceof ApiError && caught.code === 'invalid_token';
      setError({ message: describe(caught), invalidToken });
    } finally {
      setSubmitting(false);
    }
  };

  const requestNew = (
    <Anchor component={Link} to="/forgot-password" size="sm">
      {t('auth.reset.requestNew')}
    </Anchor>
  );

  if (!token) {
    return (
      <AuthLayout title={t('auth.reset.title')}>
        <Alert color="red" role="alert">
          {t('auth.reset.missingToken')}
        </Alert>
        {requestNew}
      </AuthLayout>
    );
  }

  if (done) {
    return (
      <AuthLayout title={t('auth.reset.title')}>
        <Alert color="gray" role="status">
          {t('auth.reset.done')}
        </Alert>
        <Button component={Link} to="/login">
          {t('auth.login.submit')}
        </Button>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t('auth.reset.title')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          {error && (
            <Alert color="red" role="alert">
              {error.message}
            </Alert>
          )}
          {error?.invalidToken && requestNew}
          <PasswordInput
            label={t('auth.reset.password')}
            description={t('auth.reset.hint')}
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={fieldErrors.password}
            visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
            autoFocus
          />
          <PasswordInput
            label={t('auth.reset.confirm')}
            autoComplete="new-password"
            value={confirm}
            onChange={(event) => setConfirm(event.currentTarget.value)}
            error={fieldErrors.confirm}
            visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
          />
          <Button type="submit" loading={submitting} fullWidth>
            {t('auth.reset.submit')}
          </Button>
          <Anchor component={Link} to="/login" size="sm" ta="center">
            {t('auth.backToLogin')}
          </Anchor>
        </Stack>
      </form>
    </AuthLayout>
  );
}
