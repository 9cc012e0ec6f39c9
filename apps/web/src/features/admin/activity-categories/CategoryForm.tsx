import { Switch, TextInput } from '@mantine/core';
import {
  CreateActivityCategoryInput,
  UpdateActivityCategoryInput,
  type ActivityCategory,
} from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { createActivityCategory, timeKeys, updateActivityCategory } from '../../time-tracking/time-api.ts';
import { DrawerForm } from '../shared/AdminDrawer.tsx';
import { useAdminForm } from '../shared/use-admin-form.ts';

interface CategoryValues {
  name: string;
  active: boolean;
  isDefault: boolean;
  [key: string]: unknown;
}

/** Creates an activity category or renames, (de)activates it or makes it the timer's default. */
export function CategoryForm({ category, onDone }: { category?: ActivityCategory; onDone: () => void }) {
  const { t } = useTranslation();
  const { form, onSubmit, formError, saving } = useAdminForm<CategoryValues, ActivityCategory>({
    mode: 'uncontrolled',
    schema: category ? UpdateActivityCategoryInput : CreateActivityCategoryInput,
    initialValues: {
      name: category?.name ?? '',
      active: category?.active ?? true,
      isDefault: category?.isDefault ?? false,
    },
    toInput: ({ name, active, isDefault }) =>
      category
        ? { name, active, ...(isDefault && !category.isDefault ? { isDefault: true as const } : {}) }
        : { name, active },
    save: (input: CreateActivityCategoryInput & UpdateActivityCategoryInput) =>
      category ? updateActivityCategory(category.id, input) : createActivityCategory(input),
    invalidate: [timeKeys.categories],
    savedMessage: category ? t('admin.activityCategories.saved') : t('admin.activityCategories.created'),
    codeFields: { conflict: { field: 'name', message: t('admin.activityCategories.nameTaken') } },
    onSaved: onDone,
  });

  return (
    <DrawerForm
      onSubmit={onSubmit}
      onCancel={onDone}
      formError={formError}
      saving={saving}
      submitLabel={category ? t('admin.common.saveChanges') : t('admin.activityCategories.create')}
    >
      <TextInput
        label={t('admin.activityCategories.fields.name')}
        withAsterisk
        key={form.key('name')}
        {...form.getInputProps('name')}
      />
      <Switch
        label={t('admin.activityCategories.fields.active')}
        description={t('admin.activityCategories.fields.activeHint')}
        disabled={category?.isDefault}
        key={form.key('active')}
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
      {category && (
        <Switch
          label={t('admin.activityCategories.fields.isDefault')}
          description={t('admin.activityCategories.fields.isDefaultHint')}
          disabled={category.isDefault}
          key={form.key('isDefault')}
          {...form.getInputProps('isDefault', { type: 'checkbox' })}
        />
      )}
    </DrawerForm>
  );
}
