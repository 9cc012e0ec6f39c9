import { PasswordInput, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Mailbox } from '@kontakt/contracts';
import type { MailboxFormValues } from './mailbox-form.ts';

/**
 * OAuth2 token renewal of an IMAP mailbox: the provider's token endpoint, the app (client) and the
 * refresh token, so Kontakt fetches new access tokens itself. Stored secrets are never shown; an
 * empty field keeps them.
 */
export function TokenRefreshFields({
  form,
  refresh,
}: {
  form: UseFormReturnType<MailboxFormValues>;
  refresh: NonNullable<Mailbox['imap']>['oauth2Refresh'];
}) {
  const { t } = useTranslation();
  const enabled = form.getValues().imap.oauth2Refresh.enabled;
  const keep = t('admin.mailboxes.imap.passwordKeep');
  const toggle = { 'aria-label': t('auth.showPassword') };
  return (
    <Stack gap="sm">
      <Switch
        label={t('admin.mailboxes.oauth.enabled')}
        description={t('admin.mailboxes.oauth.enabledHint')}
        {...form.getInputProps('imap.oauth2Refresh.enabled', { type: 'checkbox' })}
      />
      {enabled && (
        <>
          <TextInput
            label={t('admin.mailboxes.oauth.tokenUrl')}
            placeholder="https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token"
            withAsterisk
            {...form.getInputProps('imap.oauth2Refresh.tokenUrl')}
          />
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label={t('admin.mailboxes.oauth.clientId')}
              autoComplete="off"
              withAsterisk
              {...form.getInputProps('imap.oauth2Refresh.clientId')}
            />
            <PasswordInput
              label={t('admin.mailboxes.oauth.clientSecret')}
              autoComplete="new-password"
              placeholder={refresh?.clientSecretSet ? keep : undefined}
              description={t('admin.mailboxes.oauth.clientSecretHint')}
              visibilityToggleButtonProps={toggle}
              {...form.getInputProps('imap.oauth2Refresh.clientSecret')}
            />
          </SimpleGrid>
          <PasswordInput
            label={t('admin.mailboxes.oauth.refreshToken')}
            autoComplete="new-password"
            withAsterisk={!refresh?.refreshTokenSet}
            placeholder={refresh?.refreshTokenSet ? keep : undefined}
            description={refresh?.refreshTokenSet ? t('admin.mailboxes.oauth.refreshTokenSet') : undefined}
            visibilityToggleButtonProps={toggle}
            {...form.getInputProps('imap.oauth2Refresh.refreshToken')}
          />
        </>
      )}
    </Stack>
  );
}
