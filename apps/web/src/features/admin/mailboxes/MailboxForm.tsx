import { Divider, Radio, Select, Stack, Switch, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CreateMailboxInput, UpdateMailboxInput, type Mailbox } from '@kontakt/contracts';
import { createMailbox, updateMailbox } from '../../../api/mailboxes.ts';
import { qk } from '../../../api/query-keys.ts';
import { useQueues } from '../../workspace/reference-data.ts';
import { DrawerForm } from '../shared/AdminDrawer.tsx';
import { useAdminForm } from '../shared/use-admin-form.ts';
import { FormConnectionTest } from './ConnectionTest.tsx';
import { DeadLetters } from './DeadLetters.tsx';
import { DkimFields } from './DkimFields.tsx';
import { ImapFields } from './ImapFields.tsx';
import { ListenerHint } from './ListenerHint.tsx';
import { AutoAckFields, SignatureFields } from './LocalizedTextsFields.tsx';
import { mailboxInput, mailboxToForm, type MailboxFormValues } from './mailbox-form.ts';

interface MailboxFormProps {
  /** The mailbox to change; null creates one. */
  mailbox: Mailbox | null;
  defaultQueueId: string;
  onDone: () => void;
}

/** Create or change a mailbox: address, queue, how mail comes in and goes out, texts per language. */
export function MailboxForm({ mailbox, defaultQueueId, onDone }: MailboxFormProps) {
  const { t } = useTranslation();
  const queues = useQueues();
  const { form, onSubmit, formError, saving } = useAdminForm<MailboxFormValues, Mailbox>({
    schema: mailbox ? UpdateMailboxInput : CreateMailboxInput,
    initialValues: mailboxToForm(mailbox, defaultQueueId),
    toInput: (values) => mailboxInput(values, mailbox),
    save: (input: never) =>
      mailbox
        ? updateMailbox(mailbox.id, input as UpdateMailboxInput)
        : createMailbox(input as CreateMailboxInput),
    invalidate: [qk.mailboxes],
    savedMessage: t('admin.mailboxes.saved'),
    codeFields: { mailbox_address_taken: 'address', dkim_key_invalid: 'dkim.privateKey' },
    onSaved: onDone,
  });
  const values = form.getValues();

  return (
    <DrawerForm
      onSubmit={onSubmit}
      onCancel={onDone}
      formError={formError}
      saving={saving}
      submitLabel={mailbox ? t('admin.common.saveChanges') : t('admin.common.create')}
    >
      <TextInput
        label={t('admin.mailboxes.fields.address')}
        type="email"
        autoComplete="off"
        withAsterisk
        data-autofocus
        {...form.getInputProps('address')}
      />
      <TextInput
        label={t('admin.mailboxes.fields.displayName')}
        description={t('admin.mailboxes.fields.displayNameHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        withAsterisk
        {...form.getInputProps('displayName')}
      />
      <Select
        label={t('admin.mailboxes.fields.queue')}
        description={t('admin.mailboxes.fields.queueHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        data={(queues.data ?? []).map((q) => ({ value: q.id, label: q.name }))}
        searchable
        allowDeselect={false}
        withAsterisk
        {...form.getInputProps('queueId')}
      />

      <Divider my={4} />
      <Title order={2} size="h5">
        {t('admin.mailboxes.inbound.heading')}
      </Title>
      <Radio.Group label={t('admin.mailboxes.inbound.kind')} {...form.getInputProps('inboundKind')}>
        <Stack gap={6} mt={6}>
          <Radio value="smtp" label={t('admin.mailboxes.inbound.smtp')} />
          <Radio value="imap" label={t('admin.mailboxes.inbound.imap')} />
        </Stack>
      </Radio.Group>
      {values.inboundKind === 'imap' ? (
        <ImapFields
          form={form}
          passwordSet={mailbox?.imap?.passwordSet ?? false}
          refresh={mailbox?.imap?.oauth2Refresh ?? null}
        />
      ) : (
        <ListenerHint address={values.address} />
      )}
      {mailbox?.inboundKind === 'imap' && values.inboundKind === 'imap' && (
        <DeadLetters mailboxId={mailbox.id} />
      )}

      <Divider my={4} />
      <Title order={2} size="h5">
        {t('admin.mailboxes.outbound.heading')}
      </Title>
      <TextInput
        label={t('admin.mailboxes.outbound.url')}
        placeholder="smtps://user:password@smtp.example.com:465"
        description={t(
          mailbox?.outboundSmtpUrl ? 'admin.mailboxes.outbound.urlKeep' : 'admin.mailboxes.outbound.urlHint',
        )}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        autoComplete="off"
        {...form.getInputProps('outboundSmtpUrl')}
      />
      <FormConnectionTest form={form} mailboxId={mailbox?.id ?? null} />

      <Divider my={4} />
      <Title order={2} size="h5">
        {t('admin.mailboxes.dkim.heading')}
      </Title>
      <DkimFields form={form} mailbox={mailbox} />

      <Divider my={4} />
      <SignatureFields form={form} />
      <AutoAckFields form={form} />

      <Divider my={4} />
      <Switch
        label={t('admin.mailboxes.fields.active')}
        description={t('admin.mailboxes.fields.activeHint')}
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
    </DrawerForm>
  );
}
