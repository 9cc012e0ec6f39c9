import { MultiSelect, NumberInput, Switch, Text } from '@mantine/core';
import { CreateSlaPolicyInput, UpdateSlaPolicyInput, type SlaPolicy } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { createSlaPolicy, deleteSlaPolicy, updateSlaPolicy } from '../../../api/sla-policies.ts';
import { ItemDrawerForm } from '../calendars/ItemDrawerForm.tsx';
import { useAdminQueues } from '../shared/admin-queries.ts';
import { useAdminForm } from '../shared/use-admin-form.ts';
import {
  CHANNELS,
  FLAGS,
  initialValues,
  placePolicyErrors,
  PRIORITIES,
  SLA_POLICIES_KEY,
  toInput,
  TYPES,
  type PolicyValues,
} from './policy-values.ts';
import { TargetsGrid } from './TargetsGrid.tsx';
import { CompanyConditionSelect } from './CompanyConditionSelect.tsx';

/** Creates an SLA policy (no `policy`) or changes one: which tickets, which promises, when to warn. */
export function PolicyForm({ policy, onDone }: { policy?: SlaPolicy; onDone: () => void }) {
  const { t } = useTranslation();
  const queues = useAdminQueues();
  const admin = useAdminForm<PolicyValues, SlaPolicy>({
    mode: 'uncontrolled',
    schema: policy ? UpdateSlaPolicyInput : CreateSlaPolicyInput,
    initialValues: initialValues(policy),
    toInput,
    mapErrors: (errors, values) => placePolicyErrors(errors, values, t('admin.slaPolicies.cellInvalid')),
    save: (input: CreateSlaPolicyInput) =>
      policy ? updateSlaPolicy(policy.id, input) : createSlaPolicy(input),
    invalidate: [SLA_POLICIES_KEY],
    savedMessage: policy ? t('admin.slaPolicies.saved') : t('admin.slaPolicies.created'),
    onSaved: onDone,
  });
  const { form } = admin;
  const condition = (
    field: 'queueIds' | 'priorities' | 'types' | 'channels' | 'customerFlags',
    data: { value: string; label: string }[],
  ) => (
    <MultiSelect
      label={t(`admin.slaPolicies.conditions.${field}`)}
      placeholder={form.getValues()[field].length ? undefined : t('admin.slaPolicies.conditions.any')}
      data={data}
      clearable
      searchable
      key={form.key(field)}
      {...form.getInputProps(field)}
    />
  );

  return (
    <ItemDrawerForm
      admin={admin}
      onDone={onDone}
      submitLabel={policy ? t('admin.common.saveChanges') : t('admin.slaPolicies.create')}
      nameLabel={t('admin.slaPolicies.fields.name')}
      remove={policy && (() => deleteSlaPolicy(policy.id))}
      invalidate={[SLA_POLICIES_KEY]}
      deletedMessage={t('admin.slaPolicies.deleted')}
    >
      <Switch
        label={t('admin.slaPolicies.fields.active')}
        key={form.key('active')}
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
      <Text size="sm" fw={500} mt="xs">
        {t('admin.slaPolicies.conditions.title')}
      </Text>
      <Text size="xs" c="dimmed" mt={-8}>
        {t('admin.slaPolicies.conditions.hint')}
      </Text>
      {condition(
        'queueIds',
        (queues.data ?? []).map((q) => ({ value: q.id, label: q.name })),
      )}
      {condition(
        'priorities',
        PRIORITIES.map((p) => ({ value: p, label: t(`ticket.priority.${p}`) })),
      )}
      {condition(
        'types',
        TYPES.map((v) => ({ value: v, label: t(`ticket.type.${v}`) })),
      )}
      {condition(
        'channels',
        CHANNELS.map((v) => ({ value: v, label: t(`ticket.channel.${v}`) })),
      )}
      {condition(
        'customerFlags',
        FLAGS.map((v) => ({ value: v, label: t(`customer.flags.${v}`) })),
      )}
      <CompanyConditionSelect
        key={form.key('companyIds')}
        defaultValue={form.getValues().companyIds}
        onChange={(ids) => form.setFieldValue('companyIds', ids)}
        error={form.errors.companyIds}
      />
      <TargetsGrid form={form} />
      <NumberInput
        label={t('admin.slaPolicies.fields.warning')}
        description={t('admin.slaPolicies.fields.warningHint')}
        suffix=" %"
        min={5}
        max={99}
        allowDecimal={false}
        w={200}
        key={form.key('warningPercent')}
        {...form.getInputProps('warningPercent')}
      />
      <Text size="xs" c="dimmed">
        {t('admin.slaPolicies.calendarHint')}
      </Text>
    </ItemDrawerForm>
  );
}
