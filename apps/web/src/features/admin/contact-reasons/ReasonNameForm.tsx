import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CreateContactReasonInput, UpdateContactReasonInput } from '@kontakt/contracts';
import { qk } from '../../../api/query-keys.ts';
import { createContactReason, updateContactReason } from '../../../api/ticket-settings.ts';
import type { ContactReason } from '../../../api/types.ts';
import { useAdminForm } from '../shared/use-admin-form.ts';

type ReasonNameFormProps =
  | { mode: 'rename'; reason: ContactReason; label: string; onDone: () => void }
  | { mode: 'add'; parentId: string | null; position: number; label: string; onDone: () => void };

/** One line to name a new reason or rename one, in place in the tree. Escape cancels. */
export function ReasonNameForm(props: ReasonNameFormProps) {
  const { t } = useTranslation();
  const rename = props.mode === 'rename';
  const { form, onSubmit, formError, saving } = useAdminForm<{ name: string }, ContactReason>({
    schema: rename ? UpdateContactReasonInput : CreateContactReasonInput,
    initialValues: { name: rename ? props.reason.name : '' },
    toInput: (v) =>
      rename ? { name: v.name } : { name: v.name, parentId: props.parentId, position: props.position },
    save: (input: never) =>
      rename ? updateContactReason(props.reason.id, input) : createContactReason(input),
    invalidate: [qk.contactReasons],
    savedMessage: t(rename ? 'admin.contactReasons.renamed' : 'admin.contactReasons.added'),
    onSaved: props.onDone,
  });
  const error = form.errors.name ?? formError;

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          props.onDone();
        }
      }}
    >
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TextInput
          label={props.label}
          size="xs"
          autoFocus
          w={280}
          {...form.getInputProps('name')}
          error={error}
        />
        <Group gap={4} mt={22} wrap="nowrap">
          <Button type="submit" size="xs" loading={saving}>
            {rename ? t('admin.common.saveChanges') : t('admin.contactReasons.add')}
          </Button>
          <Button size="xs" variant="default" onClick={props.onDone}>
            {t('admin.common.cancel')}
          </Button>
        </Group>
      </Group>
    </form>
  );
}
