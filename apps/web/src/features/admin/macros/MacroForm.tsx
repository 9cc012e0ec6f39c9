import { SegmentedControl, Stack, Switch, Textarea, Input } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { CreateMacroInput, type Macro } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { createMacro, deleteMacro, MACROS_KEY, updateMacro } from '../../../api/macros.ts';
import { ActionList } from '../automation-rules/ActionList.tsx';
import type { RuleValues } from '../automation-rules/rule-values.ts';
import { useRuleOptions } from '../automation-rules/use-rule-options.ts';
import { DrawerForm } from '../shared/AdminDrawer.tsx';
import { DeleteButton } from '../shared/DeleteButton.tsx';
import { NameAndDescription } from '../shared/NameAndDescription.tsx';
import { useAdminForm } from '../shared/use-admin-form.ts';
import { initialValues, LANGUAGES, placeMacroErrors, toInput, type MacroValues } from './macro-values.ts';

/** Creates a macro (no `macro`) or changes one: name, who sees it, its reply and its actions. */
export function MacroForm({ macro, onDone }: { macro?: Macro; onDone: () => void }) {
  const { t } = useTranslation();
  const options = useRuleOptions();
  const { form, onSubmit, formError, saving } = useAdminForm<MacroValues, Macro>({
    schema: CreateMacroInput,
    initialValues: initialValues(macro),
    toInput,
    save: (input: CreateMacroInput) => (macro ? updateMacro(macro.id, input) : createMacro(input)),
    invalidate: [MACROS_KEY],
    savedMessage: macro ? t('admin.macros.saved') : t('admin.macros.created'),
    codeFields: { conflict: { field: 'name', message: t('admin.macros.nameTaken') } },
    mapErrors: placeMacroErrors,
    onSaved: onDone,
  });

  return (
    <DrawerForm
      onSubmit={onSubmit}
      onCancel={onDone}
      formError={formError}
      saving={saving}
      submitLabel={macro ? t('admin.common.saveChanges') : t('admin.macros.create')}
      actions={
        macro?.abilities.delete && (
          <DeleteButton
            id={macro.id}
            remove={deleteMacro}
            listKey={MACROS_KEY}
            onDone={onDone}
            texts={{
              delete: t('admin.macros.delete'),
              confirm: t('admin.macros.deleteConfirm'),
              deleted: t('admin.macros.deleted'),
            }}
          />
        )
      }
    >
      <NameAndDescription
        form={form}
        nameLabel={t('admin.macros.fields.name')}
        descriptionLabel={t('admin.macros.fields.description')}
      />
      <Input.Wrapper label={t('admin.macros.fields.scope')}>
        <SegmentedControl
          fullWidth
          mt={4}
          data={[
            { value: 'organization', label: t('admin.macros.scope.organization') },
            { value: 'personal', label: t('admin.macros.scope.personal') },
          ]}
          {...form.getInputProps('scope')}
        />
      </Input.Wrapper>
      <Switch
        label={t('admin.macros.fields.active')}
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
      <Input.Wrapper label={t('admin.macros.fields.reply')} description={t('admin.macros.fields.replyHint')}>
        <Stack gap={6} mt={6}>
          {LANGUAGES.map((language) => (
            <Textarea
              key={language}
              label={t(`admin.macros.languages.${language}`)}
              autosize
              minRows={2}
              maxRows={8}
              {...form.getInputProps(`reply.${language}`)}
            />
          ))}
        </Stack>
      </Input.Wrapper>
      <ActionList form={form as unknown as UseFormReturnType<RuleValues>} options={options} />
    </DrawerForm>
  );
}
