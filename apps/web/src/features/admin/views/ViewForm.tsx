import { Divider, MultiSelect, Select, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CreateViewInput, TicketColumn, TicketSort, UpdateViewInput, type View } from '@kontakt/contracts';
import { qk } from '../../../api/query-keys.ts';
import { createView, updateView } from '../../../api/ticket-settings.ts';
import { DrawerForm } from '../shared/AdminDrawer.tsx';
import { useAdminForm } from '../shared/use-admin-form.ts';
import { DeleteViewButton } from './DeleteViewButton.tsx';
import { viewInput, viewToForm, type ViewFormValues } from './view-form.ts';
import { ViewFiltersFields } from './ViewFiltersFields.tsx';

/** Create or change a shared view: its name, the tickets it shows, their order and columns. */
export function ViewForm({ view, onDone }: { view: View | null; onDone: () => void }) {
  const { t } = useTranslation();
  const { form, onSubmit, formError, saving } = useAdminForm<ViewFormValues, View>({
    schema: view ? UpdateViewInput : CreateViewInput,
    initialValues: viewToForm(view),
    // New views here are shared with everyone; personal views are made in the inbox.
    toInput: (values) => (view ? viewInput(values, view.filters) : { ...viewInput(values), shared: true }),
    save: (input: never) => (view ? updateView(view.id, input) : createView(input)),
    invalidate: [qk.views],
    savedMessage: t('admin.views.saved'),
    onSaved: onDone,
  });

  return (
    <DrawerForm
      onSubmit={onSubmit}
      onCancel={onDone}
      formError={formError}
      saving={saving}
      submitLabel={view ? t('admin.common.saveChanges') : t('admin.common.create')}
      actions={view ? <DeleteViewButton view={view} onDeleted={onDone} /> : undefined}
    >
      <TextInput
        label={t('admin.views.fields.name')}
        withAsterisk
        data-autofocus
        {...form.getInputProps('name')}
      />
      <Divider my={4} />
      <Title order={2} size="h5">
        {t('admin.views.filters.heading')}
      </Title>
      <ViewFiltersFields form={form} />
      <Divider my={4} />
      <Select
        label={t('admin.views.fields.sort')}
        data={TicketSort.options.map((s) => ({ value: s, label: t(`admin.views.sort.${s}`) }))}
        allowDeselect={false}
        {...form.getInputProps('sort')}
      />
      <MultiSelect
        label={t('admin.views.fields.columns')}
        description={t('admin.views.fields.columnsHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        data={TicketColumn.options.map((c) => ({ value: c, label: t(`admin.views.columns.${c}`) }))}
        withAsterisk
        {...form.getInputProps('columns')}
      />
    </DrawerForm>
  );
}
