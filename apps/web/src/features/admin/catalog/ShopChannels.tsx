import {
  ActionIcon,
  Alert,
  Button,
  Code,
  Group,
  PasswordInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../i18n/error-message.ts';
import { createChannel, deleteChannel, listChannels, orderKeys } from '../../orders/orders-api.ts';

/** WooCommerce and Shopify shops whose order webhooks are imported. */
export function ShopChannels() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const client = useQueryClient();
  const channels = useQuery({ queryKey: orderKeys.channels, queryFn: listChannels });
  const [kind, setKind] = useState<'woocommerce' | 'shopify'>('woocommerce');
  const [name, setName] = useState('');
  const [secret, setSecret] = useState('');
  const refresh = () => void client.invalidateQueries({ queryKey: orderKeys.channels });
  const add = useMutation({
    mutationFn: () => createChannel({ kind, name: name.trim(), secret }),
    onSuccess: () => {
      setName('');
      setSecret('');
      refresh();
    },
  });
  const remove = useMutation({ mutationFn: deleteChannel, onSuccess: refresh });
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('catalog.shops.description')}
      </Text>
      {channels.data && channels.data.length > 0 && (
        <Table verticalSpacing="xs" aria-label={t('catalog.tabs.shops')}>
          <Table.Tbody>
            {channels.data.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{c.name}</Table.Td>
                <Table.Td>{t(`orders.source.${c.kind}`)}</Table.Td>
                <Table.Td>
                  <Code>{`${origin}${c.webhookPath}`}</Code>
                </Table.Td>
                <Table.Td w={40}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('catalog.shops.remove', { name: c.name })}
                    onClick={() => remove.mutate(c.id)}
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end" gap="sm">
        <Select
          label={t('catalog.shops.kind')}
          data={[
            { value: 'woocommerce', label: t('orders.source.woocommerce') },
            { value: 'shopify', label: t('orders.source.shopify') },
          ]}
          value={kind}
          onChange={(k) => k && setKind(k as 'woocommerce' | 'shopify')}
          allowDeselect={false}
          w={160}
        />
        <TextInput
          label={t('catalog.shops.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <PasswordInput
          label={kind === 'shopify' ? t('catalog.shops.shopifySecret') : t('catalog.shops.wooSecret')}
          value={secret}
          onChange={(e) => setSecret(e.currentTarget.value)}
          w={240}
        />
        <Button
          disabled={!name.trim() || secret.length < 8}
          loading={add.isPending}
          onClick={() => add.mutate()}
        >
          {t('catalog.shops.add')}
        </Button>
      </Group>
      {(add.error || remove.error) && (
        <Alert color="red" role="alert" py={6}>
          {describe(add.error ?? remove.error)}
        </Alert>
      )}
    </Stack>
  );
}
