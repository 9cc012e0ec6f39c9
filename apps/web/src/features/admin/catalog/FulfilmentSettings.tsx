import { Alert, Button, Loader, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../i18n/error-message.ts';
import { getOrderSettings, orderKeys, saveOrderSettings } from '../../orders/orders-api.ts';

type Settings = Awaited<ReturnType<typeof getOrderSettings>>;

/** Where confirmed orders are handed off, and the secret that signs the hand-off. */
export function FulfilmentSettings() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const settings = useQuery({ queryKey: orderKeys.settings, queryFn: getOrderSettings });
  if (settings.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (settings.error)
    return (
      <Alert color="red" role="alert">
        {describe(settings.error)}
      </Alert>
    );
  return <FulfilmentForm settings={settings.data} />;
}

function FulfilmentForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const client = useQueryClient();
  const [url, setUrl] = useState(settings.fulfilmentUrl ?? '');
  const [secret, setSecret] = useState('');
  const save = useMutation({
    mutationFn: () =>
      saveOrderSettings({
        fulfilmentUrl: url.trim() || null,
        ...(secret ? { fulfilmentSecret: secret } : {}),
      }),
    onSuccess: (data) => {
      client.setQueryData(orderKeys.settings, data);
      setSecret('');
    },
  });
  return (
    <Stack
      gap="sm"
      maw={560}
      component="form"
      aria-label={t('catalog.tabs.fulfilment')}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Text size="sm" c="dimmed">
        {t('catalog.fulfilment.description')}
      </Text>
      <TextInput
        label={t('catalog.fulfilment.url')}
        type="url"
        value={url}
        onChange={(e) => setUrl(e.currentTarget.value)}
      />
      <PasswordInput
        label={t('catalog.fulfilment.secret')}
        description={
          settings.hasFulfilmentSecret
            ? t('catalog.fulfilment.secretKept')
            : t('catalog.fulfilment.secretHint')
        }
        value={secret}
        onChange={(e) => setSecret(e.currentTarget.value)}
      />
      {save.error && (
        <Alert color="red" role="alert" py={6}>
          {describe(save.error)}
        </Alert>
      )}
      {save.isSuccess && (
        <Alert color="green" role="status" py={6}>
          {t('common.saved')}
        </Alert>
      )}
      <Button type="submit" loading={save.isPending} w="fit-content">
        {t('catalog.save')}
      </Button>
    </Stack>
  );
}
