import { Checkbox, NumberInput, Select, Switch, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CreateTicketFieldInput, UpdateTicketFieldInput } from '@kontakt/contracts';
import { qk } from '../../../api/query-keys.ts';
import { createTicketField, updateTicketField } from '../../../api/ticket-settings.ts';
import type { TicketField } from '../../../api/types.ts';
import { DrawerForm } from '../shared/AdminDrawer.tsx';
import { useAdminForm } from '../shared/use-admin-form.ts';

export const FIELD_TYPES = ['text', 'number', 'date', 'select', 'multi_select', 'checkbox'] as const;
type FieldType = (typeof FIELD_TYPES)[number];
const hasOptions = (type: FieldType) => type === 'select' || type === 'multi_select';

interface FieldFormValues extends Record<string, unknown> {
  key: string;
  label: string;
  type: FieldType;
  options: string[];
  requiredToSolve: boolean;
  position: number | string;
  active: boolean;
}

const toForm = (field: TicketField | null, nextPosition: number): FieldFormValues => ({
  key: field?.key ?? '',
  label: field?.label ?? '',
  type: field?.type ?? 'text',
  options: field?.options ?? [],
  requiredToSolve: field?.requiredToSolve ?? false,
  position: field?.position ?? nextPosition,
  active: field?.active ?? true,
});

const position = (value: number | string) => (value === '' ? undefined : Number(value));

/** The server refuses a select without options; say so before sending. */
const CreateSchema = CreateTicketFieldInput.refine((v) => !hasOptions(v.type) || v.options.length > 0, {
  path: ['options'],
});

interface CustomFieldFormProps {
  field: TicketField | null;
  /** Where a new field goes: after the last one. */
  nextPosition: number;
  onDone: () => void;
}

/** Create or change a ticket field; its key and type are fixed once created (tickets hold values by key). */
export function CustomFieldForm({ field, nextPosition, onDone }: CustomFieldFormProps) {
  const { t } = useTranslation();
  const { form, onSubmit, formError, saving } = useAdminForm<FieldFormValues, TicketField>({
    schema: field ? UpdateTicketFieldInput : CreateSchema,
    initialValues: toForm(field, nextPosition),
    toInput: (v) =>
      field
        ? {
            label: v.label,
            ...(hasOptions(v.type) ? { options: v.options } : {}),
            requiredToSolve: v.requiredToSolve,
            position: position(v.position),
            active: v.active,
          }
        : {
            key: v.key,
            label: v.label,
            type: v.type,
            options: hasOptions(v.type) ? v.options : [],
            requiredToSolve: v.requiredToSolve,
            position: position(v.position),
          },
    save: (input: never) => (field ? updateTicketField(field.id, input) : createTicketField(input)),
    invalidate: [qk.ticketFields],
    savedMessage: t('admin.customFields.saved'),
    codeFields: { conflict: { field: 'key', message: t('admin.customFields.keyTaken') } },
    onSaved: onDone,
  });
  const type = form.getValues().type;

  return (
    <DrawerForm
      onSubmit={onSubmit}
      onCancel={onDone}
      formError={formError}
      saving={saving}
      submitLabel={field ? t('admin.common.saveChanges') : t('admin.common.create')}
    >
      <TextInput
        label={t('admin.customFields.fields.label')}
        withAsterisk
        data-autofocus
        {...form.getInputProps('label')}
      />
      <TextInput
        label={t('admin.customFields.fields.key')}
        description={t(field ? 'admin.customFields.fields.keyFixed' : 'admin.customFields.fields.keyHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        disabled={field !== null}
        withAsterisk={!field}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        {...form.getInputProps('key')}
      />
      <Select
        label={t('admin.customFields.fields.type')}
        description={field ? t('admin.customFields.fields.typeFixed') : undefined}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        data={FIELD_TYPES.map((value) => ({ value, label: t(`admin.customFields.types.${value}`) }))}
        allowDeselect={false}
        disabled={field !== null}
        {...form.getInputProps('type')}
      />
      {hasOptions(type) && (
        <TagsInput
          label={t('admin.customFields.fields.options')}
          description={t('admin.customFields.fields.optionsHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          withAsterisk
          clearable
          {...form.getInputProps('options')}
        />
      )}
      <Checkbox
        label={t('admin.customFields.fields.requiredToSolve')}
        description={t('admin.customFields.fields.requiredToSolveHint')}
        {...form.getInputProps('requiredToSolve', { type: 'checkbox' })}
      />
      <NumberInput
        label={t('admin.customFields.fields.position')}
        description={t('admin.customFields.fields.positionHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        min={0}
        max={10_000}
        allowDecimal={false}
        w={160}
        {...form.getInputProps('position')}
      />
      {field && (
        <Switch
          label={t('admin.customFields.fields.active')}
          description={t('admin.customFields.fields.activeHint')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
      )}
    </DrawerForm>
  );
}
