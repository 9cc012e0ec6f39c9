import { Alert, Code, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@kontakt/contracts';
import { hasAutoAckTemplate, type MailboxFormValues } from './mailbox-form.ts';
import { LocaleTabs } from './LocaleTabs.tsx';

type Form = UseFormReturnType<MailboxFormValues>;

const PLACEHOLDERS = ['{{customer.name}}', '{{ticket.number}}', '{{ticket.subject}}'];

const errorUnder = (form: Form, prefix: string) =>
  Object.keys(form.errors).some((key) => key === prefix || key.startsWith(`${prefix}.`));

/** The signature appended to agent replies, one per language. */
export function SignatureFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('admin.mailboxes.signatures.heading')}
      </Text>
      <LocaleTabs
        label={t('admin.mailboxes.signatures.languages')}
        hasError={(locale) => errorUnder(form, `signatures.${locale}`)}
      >
        {(locale: Locale) => (
          <Textarea
            label={t('admin.mailboxes.signatures.label', { language: locale.toUpperCase() })}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps(`signatures.${locale}`)}
          />
        )}
      </LocaleTabs>
    </Stack>
  );
}

/** Automatic acknowledgement of new tickets: on or off, with a subject and body per language. */
export function AutoAckFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const values = form.getValues();
  return (
    <Stack gap="xs">
      <Switch
        label={t('admin.mailboxes.autoAck.enabled')}
        description={t('admin.mailboxes.autoAck.enabledHint')}
        {...form.getInputProps('autoAck', { type: 'checkbox' })}
      />
      {values.autoAck && (
        <>
          <Text size="xs" c="dimmed">
            {t('admin.mailboxes.autoAck.placeholders')}{' '}
            {PLACEHOLDERS.map((p) => (
              <Code key={p} mr={4}>
                {p}
              </Code>
            ))}
          </Text>
          {!hasAutoAckTemplate(values) && (
            <Alert color="yellow" py="xs">
              {t('admin.mailboxes.autoAck.noTemplate')}
            </Alert>
          )}
          <LocaleTabs
            label={t('admin.mailboxes.autoAck.languages')}
            hasError={(locale) => errorUnder(form, `autoAckTemplates.${locale}`)}
          >
            {(locale: Locale) => (
              <Stack gap="xs">
                <TextInput
                  label={t('admin.mailboxes.autoAck.subject', { language: locale.toUpperCase() })}
                  {...form.getInputProps(`autoAckTemplates.${locale}.subject`)}
                />
                <Textarea
                  label={t('admin.mailboxes.autoAck.body', { language: locale.toUpperCase() })}
                  autosize
                  minRows={4}
                  maxRows={10}
                  {...form.getInputProps(`autoAckTemplates.${locale}.body`)}
                />
              </Stack>
            )}
          </LocaleTabs>
        </>
      )}
    </Stack>
  );
}
