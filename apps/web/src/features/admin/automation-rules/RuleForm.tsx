import { Group, NumberInput, Select, Switch, Textarea } from '@mantine/core';
import { CreateAutomationRuleInput, type AutomationEvent, type AutomationRule } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import {
  createAutomationRule,
  deleteAutomationRule,
  updateAutomationRule,
} from '../../../api/automation-rules.ts';
import { ItemDrawerForm } from '../calendars/ItemDrawerForm.tsx';
import { useAdminForm } from '../shared/use-admin-form.ts';
import { ActionList } from './ActionList.tsx';
import { ConditionGroup } from './ConditionGroup.tsx';
import { initialValues, placeRuleErrors, RULES_KEY, toInput, type RuleValues } from './rule-values.ts';
import { useRuleOptions } from './use-rule-options.ts';

/** Creates a rule (no `rule`) or changes one: event, conditions in two groups, actions. */
export function RuleForm({ rule, onDone }: { rule?: AutomationRule; onDone: () => void }) {
  const { t } = useTranslation();
  const options = useRuleOptions();
  const admin = useAdminForm<RuleValues, AutomationRule>({
    mode: 'uncontrolled',
    // Both create and change are checked as a whole rule; a change also sends its version.
    schema: CreateAutomationRuleInput,
    initialValues: initialValues(rule),
    toInput: (values) => toInput(values, options),
    mapErrors: placeRuleErrors,
    save: (input: CreateAutomationRuleInput) =>
      rule ? updateAutomationRule(rule.id, { ...input, version: rule.version }) : createAutomationRule(input),
    invalidate: [RULES_KEY],
    savedMessage: rule ? t('admin.automationRules.saved') : t('admin.automationRules.created'),
    onSaved: onDone,
  });
  const { form } = admin;
  const event = form.getValues().event;

  return (
    <ItemDrawerForm
      admin={admin}
      onDone={onDone}
      submitLabel={rule ? t('admin.common.saveChanges') : t('admin.automationRules.create')}
      nameLabel={t('admin.automationRules.fields.name')}
      remove={rule && (() => deleteAutomationRule(rule.id))}
      invalidate={[RULES_KEY]}
      deletedMessage={t('admin.automationRules.deleted')}
    >
      <Textarea
        label={t('admin.automationRules.fields.description')}
        autosize
        minRows={1}
        maxRows={4}
        key={form.key('description')}
        {...form.getInputProps('description')}
      />
      <Switch
        label={t('admin.automationRules.fields.active')}
        key={form.key('active')}
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
      <Select
        label={t('admin.automationRules.fields.event')}
        data={options.events}
        allowDeselect={false}
        withAsterisk
        key={form.key('event')}
        defaultValue={event}
        onChange={(value) => value && form.setFieldValue('event', value as AutomationEvent)}
        error={form.errors.event}
      />
      {event === 'time' && (
        <Group gap="xs" grow align="flex-start">
          <NumberInput
            label={t('admin.automationRules.fields.timeHours')}
            min={1}
            max={8760}
            allowDecimal={false}
            key={form.key('timeHours')}
            {...form.getInputProps('timeHours')}
          />
          <Select
            label={t('admin.automationRules.fields.timeSince')}
            data={options.anchors}
            allowDeselect={false}
            key={form.key('timeSince')}
            {...form.getInputProps('timeSince')}
          />
        </Group>
      )}
      <ConditionGroup form={form} group="all" options={options} />
      <ConditionGroup form={form} group="any" options={options} />
      <ActionList form={form} options={options} />
    </ItemDrawerForm>
  );
}
