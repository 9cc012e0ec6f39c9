import { useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Button, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PortalMe } from '@kontakt/contracts';
import { orgPath, request, setCsrfToken } from '../api.ts';
import { currentLocale } from '../i18n/index.ts';
import { ErrorAlert, meKey, usePortal } from '../shell.tsx';

/** Ask for a one-time sign-in link by e-mail. */
export function SignInPage() {
  const { t, i18n } = useTranslation();
  const { slug, org } = usePortal();
  const [email, setEmail] = useState('');
  const ask = useMutation({
    mutationFn: () =>
      request(orgPath(slug, '/sign-in-link'), {
        method: 'POST',
        json: { email: email.trim(), language: currentLocale(i18n) },
      }),
  });
  return (
    <Stack gap="lg" maw={480}>
      <Title order={1} size="h2">
        {t('signIn.title', { org: org.name })}
      </Title>
      <Text>{t('signIn.intro')}</Text>
      {ask.isSuccess ? (
        <Alert color="teal" role="status" title={t('signIn.sentTitle')}>
          {t('signIn.sent', { email: email.trim() })}
        </Alert>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            ask.mutate();
          }}
        >
          <Stack gap="sm">
            <TextInput
              label={t('signIn.email')}
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
            <ErrorAlert error={ask.error} />
            <Button type="submit" loading={ask.isPending}>
              {t('signIn.send')}
            </Button>
          </Stack>
        </form>
      )}
      <Paper withBorder p="md">
        <Text size="sm">
          {t('signIn.lookupHint')}{' '}
          <Anchor component={Link} to={`/${slug}/lookup`}>
            {t('signIn.lookupLink')}
          </Anchor>
        </Text>
      </Paper>
    </Stack>
  );
}

/** The page the e-mailed link opens: redeems the token (from the address's #fragment) once. */
export function RedeemPage() {
  const { t } = useTranslation();
  const { slug } = usePortal();
  const qc = useQueryClient();
  const navigate = useNavigate();
  // Read once: the token leaves the address bar at once (history, screenshots).
  const [token] = useState(() => new URLSearchParams(window.location.hash.slice(1)).get('token'));
  const started = useRef(false);
  const redeem = useMutation({
    mutationFn: (value: string) =>
      request<PortalMe>(orgPath(slug, '/session'), { method: 'POST', json: { token: value } }),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      qc.setQueryData(meKey(slug), me);
      void navigate(`/${slug}`, { replace: true });
    },
  });
  const { mutate } = redeem;
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    window.history.replaceState(null, '', window.location.pathname);
    if (token) mutate(token);
  }, [mutate, token]);
  if (!token || redeem.isError)
    return (
      <Stack gap="md" maw={480}>
        <Title order={1} size="h2">
          {t('signIn.invalidTitle')}
        </Title>
        <Text>{t('signIn.invalid')}</Text>
        <Anchor component={Link} to={`/${slug}`}>
          {t('signIn.again')}
        </Anchor>
      </Stack>
    );
  return <Loader aria-label={t('signIn.signingIn')} />;
}
