import { Group, NumberInput, PasswordInput, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Mailbox } from '@kontakt/contracts';
import type { MailboxFormValues } from './mailbox-form.ts';
import { TokenRefreshFields } from './TokenRefreshFields.tsx';

/** Server, account and folders of a mailbox polled over IMAP. */
export function ImapFields({
  form,
  passwordSet,
  refresh,
}: {
  form: UseFormReturnType<MailboxFormValues>;
  /** A password (or token) is stored: an empty field keeps it. */
  passwordSet: boolean;
  /** The stored token refresh, if any (which of its secrets are set). */
  refresh: NonNullable<Mailbox['imap']>['oauth2Refresh'];
}) {
  const { t } = useTranslation();
  const token = form.getValues().imap.auth === 'oauth2';
  const renews = token && form.getValues().imap.oauth2Refresh.enabled;
  return (
    <>
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <TextInput
          label={t('admin.mailboxes.imap.host')}
          placeholder="imap.example.com"
          withAsterisk
          style={{ flex: 1 }}
          {...form.getInputProps('imap.host')}
        />
        <NumberInput
          label={t('admin.mailboxes.imap.port')}
          min={1}
          max={65535}
          allowDecimal={false}
          w={100}
          {...form.getInputProps('imap.port')}
        />
      </Group>
      <Switch
        label={t('admin.mailboxes.imap.tls')}
        description={t('admin.mailboxes.imap.tlsHint')}
        {...form.getInputProps('imap.tls', { type: 'checkbox' })}
      />
      <Select
        label={t('admin.mailboxes.imap.auth')}
        data={[
          { value: 'password', label: t('admin.mailboxes.imap.authPassword') },
          { value: 'oauth2', label: t('admin.mailboxes.imap.authOauth2') },
        ]}
        allowDeselect={false}
        {...form.getInputProps('imap.auth')}
      />
      <SimpleGrid cols={2} spacing="sm">
        <TextInput
          label={t('admin.mailboxes.imap.user')}
          autoComplete="off"
          withAsterisk
          {...form.getInputProps('imap.user')}
        />
        <PasswordInput
          label={t(token ? 'admin.mailboxes.imap.token' : 'admin.mailboxes.imap.password')}
          autoComplete="new-password"
          withAsterisk={!passwordSet && !renews}
          placeholder={passwordSet ? t('admin.mailboxes.imap.passwordKeep') : undefined}
          description={
            passwordSet
              ? t(token ? 'admin.mailboxes.imap.tokenSet' : 'admin.mailboxes.imap.passwordSet')
              : undefined
          }
          visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
          {...form.getInputProps('imap.password')}
        />
      </SimpleGrid>
      {token && <TokenRefreshFields form={form} refresh={refresh} />}
      <SimpleGrid cols={2} spacing="sm">
        <TextInput label={t('admin.mailboxes.imap.folder')} {...form.getInputProps('imap.folder')} />
        <TextInput
          label={t('admin.mailboxes.imap.processedFolder')}
          description={t('admin.mailboxes.imap.processedFolderHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...form.getInputProps('imap.processedFolder')}
        />
      </SimpleGrid>
    </>
  );
}
