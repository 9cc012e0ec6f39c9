import {
  ActionIcon,
  Code,
  CopyButton,
  Group,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Mailbox } from '@kontakt/contracts';
import type { MailboxFormValues } from './mailbox-form.ts';

/** One value of the DNS record, with a button that copies it. */
function CopyableValue({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Group gap={4} wrap="nowrap" align="flex-start">
        <Code block style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {value}
        </Code>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('admin.mailboxes.dkim.copied') : t('admin.mailboxes.dkim.copy')}>
              <ActionIcon
                variant="default"
                onClick={copy}
                aria-label={t('admin.mailboxes.dkim.copyLabel', { what: label })}
              >
                {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
    </div>
  );
}

/**
 * DKIM signing of a mailbox's outbound mail: signing domain, selector and private key (write-only:
 * a stored key is never shown, an empty field keeps it), and the saved DNS record to publish.
 */
export function DkimFields({
  form,
  mailbox,
}: {
  form: UseFormReturnType<MailboxFormValues>;
  mailbox: Mailbox | null;
}) {
  const { t } = useTranslation();
  const enabled = form.getValues().dkim.enabled;
  const keySet = mailbox?.dkimKeySet ?? false;
  const record = mailbox?.dkim?.dnsRecord;
  return (
    <Stack gap="sm">
      <Switch
        label={t('admin.mailboxes.dkim.enabled')}
        description={t('admin.mailboxes.dkim.enabledHint')}
        {...form.getInputProps('dkim.enabled', { type: 'checkbox' })}
      />
      {enabled && (
        <>
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label={t('admin.mailboxes.dkim.domainName')}
              placeholder={form.getValues().address.split('@')[1] || 'example.com'}
              autoComplete="off"
              withAsterisk
              {...form.getInputProps('dkim.domainName')}
            />
            <TextInput
              label={t('admin.mailboxes.dkim.keySelector')}
              description={t('admin.mailboxes.dkim.keySelectorHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              placeholder="kontakt1"
              autoComplete="off"
              withAsterisk
              {...form.getInputProps('dkim.keySelector')}
            />
          </SimpleGrid>
          <Textarea
            label={t('admin.mailboxes.dkim.privateKey')}
            description={t(
              keySet ? 'admin.mailboxes.dkim.privateKeySet' : 'admin.mailboxes.dkim.privateKeyHint',
            )}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            placeholder={'-----BEGIN PRIVATE KEY-----\n…\n-----END PRIVATE KEY-----'}
            withAsterisk={!keySet}
            autoComplete="off"
            spellCheck={false}
            autosize
            minRows={3}
            maxRows={8}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            {...form.getInputProps('dkim.privateKey')}
          />
          {record && (
            <Stack gap={6} component="section" aria-label={t('admin.mailboxes.dkim.dnsHeading')}>
              <Text size="sm" fw={500}>
                {t('admin.mailboxes.dkim.dnsHeading')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('admin.mailboxes.dkim.dnsHint')}
              </Text>
              <CopyableValue label={t('admin.mailboxes.dkim.dnsName')} value={record.name} />
              <CopyableValue label={t('admin.mailboxes.dkim.dnsValue')} value={record.value} />
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
