import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { login } from '../../api/auth.ts';
import { ApiError } from '../../api/client.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useDocumentTitle } from '../shell/use-document-title.ts';
import { AuthLayout } from './AuthLayout.tsx';
import type { LoginRedirectState } from './RequireAuth.tsx';
import { useMe, useSetMe } from './session.tsx';

const TOTP_PATTERN = /^\d{6}$/;

interface FieldErrors {
  email?: string;
  password?: string;
  totp?: string;
}

/** E-mail and password; a six-digit code when the server asks for one. */
export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.login.title'));
  const describe = useErrorMessage();
  const location = useLocation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const setMe = useSetMe();

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needsTotp, setNeedsTotp] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const from = (location.state as LoginRedirectState | null)?.from;
  const target = from && from.pathname !== '/login' ? from.pathname + from.search + from.hash : '/';
  if (me) return <Navigate to={target} replace />;

  const validate = (): FieldErrors => ({
    ...(email.trim() ? {} : { email: t('auth.login.emailRequired') }),
    ...(password ? {} : { password: t('auth.login.passwordRequired') }),
    ...(!needsTotp || TOTP_PATTERN.test(totp) ? {} : { totp: t('auth.login.totpFormat') }),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = validate();
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setSubmitting(true);
    setError(null);
    try {
      const result = await login({ email: email.trim(), password, ...(needsTotp ? { totp } : {}) });
      setMe(result);
      void navigate(target, { replace: true });
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'totp_required') {
        setNeedsTotp(true);
      } else {
        if (caught instanceof ApiError && caught.code === 'totp_invalid') setTotp('');
        setError(describe(caught));
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthLayout title={t('auth.login.title')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldErrors.email}
            readOnly={needsTotp}
            autoFocus
          />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={fieldErrors.password}
            readOnly={needsTotp}
            visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
          />
          {needsTotp && (
            <TextInput
              label={t('auth.login.totpLabel')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              value={totp}
              onChange={(event) => setTotp(event.currentTarget.value.replace(/\D/g, ''))}
              error={fieldErrors.totp}
              description={t('auth.login.totpHint')}
              autoFocus
            />
          )}
          <Button type="submit" loading={submitting} fullWidth mt="xs">
            {t('auth.login.submit')}
          </Button>
          <Anchor component={Link} to="/forgot-password" size="sm" ta="center">
            {t('auth.login.forgot')}
          </Anchor>
        </Stack>
      </form>
    </AuthLayout>
  );
}
