import { useState } from 'react';
import { Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PortalLookupResult } from '@kontakt/contracts';
import { orgPath, request } from '../api.ts';
import { ErrorAlert, usePortal } from '../shell.tsx';
import { Deadline, StateBadge } from './complaint-parts.tsx';

/** Where a complaint stands, by its number and e-mail address, without signing in. */
export function LookupPage() {
  const { t } = useTranslation();
  const { slug } = usePortal();
  const [number, setNumber] = useState('');
  const [email, setEmail] = useState('');
  const lookup = useMutation({
    mutationFn: () =>
      request<PortalLookupResult>(orgPath(slug, '/complaint-lookup'), {
        method: 'POST',
        json: { number: Number(number), email: email.trim() },
      }),
  });
  const r = lookup.data;
  return (
    <Stack gap="lg" maw={520}>
      <Title order={1} size="h2">
        {t('lookup.title')}
      </Title>
      <Text>{t('lookup.intro')}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          lookup.mutate();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('lookup.number')}
            inputMode="numeric"
            pattern="[0-9]*"
            required
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value.replace(/\D/g, ''))}
          />
          <TextInput
            label={t('lookup.email')}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <ErrorAlert error={lookup.error} />
          <Button type="submit" loading={lookup.isPending}>
            {t('lookup.submit')}
          </Button>
        </Stack>
      </form>
      {r && (
        <Paper withBorder p="md" aria-live="polite">
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('complaints.number', { number: r.number })}
            </Title>
            <StateBadge state={r.state} />
            {r.outcome && <Text>{t(`complaints.outcome.${r.outcome}`)}</Text>}
            <Deadline dueDate={r.dueDate} timeZone={r.timeZone} state={r.state} />
          </Stack>
        </Paper>
      )}
      <Anchor component={Link} to={`/${slug}`}>
        {t('lookup.signIn')}
      </Anchor>
    </Stack>
  );
}
