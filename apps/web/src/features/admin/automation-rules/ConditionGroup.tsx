import {
  ActionIcon,
  Button,
  Group,
  Input,
  Paper,
  Select,
  Stack,
  TagsInput,
  TextInput,
  MultiSelect,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { operatorsOf } from '@kontakt/contracts';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { newCondition, valueShape, type RuleValues } from './rule-values.ts';
import type { RuleOptions } from './use-rule-options.ts';

/** One group of conditions: all must hold (`all`), or at least one (`any`). */
export function ConditionGroup({
  form,
  group,
  options,
}: {
  form: UseFormReturnType<RuleValues>;
  group: 'all' | 'any';
  options: RuleOptions;
}) {
  const { t } = useTranslation();
  const rows = form.getValues()[group];
  const label = t(`admin.automationRules.groups.${group}`);

  return (
    <Input.Wrapper label={label} description={t(`admin.automationRules.groups.${group}Hint`)}>
      <Stack gap={6} mt={6}>
        {rows.map((row, i) => {
          const path = `${group}.${i}`;
          const n = i + 1;
          const shape = valueShape(row.operator);
          const valueError = form.errors[`${path}.value`] ?? form.errors[`${path}.values`];
          const choices = options.choicesOf(row.field);
          const setField = (field: string | null) => {
            if (!field) return;
            form.setFieldValue(`${path}.field`, field);
            const ops = operatorsOf(field);
            if (!ops.includes(form.getValues()[group][i]!.operator as never))
              form.setFieldValue(`${path}.operator`, ops[0] ?? 'is');
            form.setFieldValue(`${path}.value`, '');
            form.setFieldValue(`${path}.values`, []);
          };
          return (
            <Paper key={row.rowId} withBorder p={8} radius="sm">
              <Group gap={6} align="flex-start" wrap="nowrap">
                <Stack gap={6} style={{ flex: 1 }}>
                  <Group gap={6} grow align="flex-start">
                    <Select
                      size="xs"
                      aria-label={t('admin.automationRules.conditionField', { group: label, n })}
                      data={options.conditionFields}
                      searchable
                      allowDeselect={false}
                      key={form.key(`${path}.field`)}
                      defaultValue={row.field}
                      onChange={setField}
                      error={form.errors[`${path}.field`]}
                    />
                    <Select
                      size="xs"
                      aria-label={t('admin.automationRules.conditionOperator', { group: label, n })}
                      data={operatorsOf(row.field).map((op) => ({
                        value: op,
                        label: t(`admin.automationRules.operators.${op}`),
                      }))}
                      allowDeselect={false}
                      key={form.key(`${path}.operator`)}
                      defaultValue={row.operator}
                      onChange={(op) => op && form.setFieldValue(`${path}.operator`, op)}
                      error={form.errors[`${path}.operator`]}
                    />
                  </Group>
                  {shape === 'one' &&
                    (choices.length ? (
                      <Select
                        size="xs"
                        aria-label={t('admin.automationRules.conditionValue', { group: label, n })}
                        data={choices}
                        searchable
                        key={form.key(`${path}.value`)}
                        {...form.getInputProps(`${path}.value`, { withError: false })}
                        error={valueError}
                      />
                    ) : (
                      <TextInput
                        size="xs"
                        aria-label={t('admin.automationRules.conditionValue', { group: label, n })}
                        key={form.key(`${path}.value`)}
                        {...form.getInputProps(`${path}.value`, { withError: false })}
                        error={valueError}
                      />
                    ))}
                  {shape === 'list' &&
                    (choices.length ? (
                      <MultiSelect
                        size="xs"
                        aria-label={t('admin.automationRules.conditionValue', { group: label, n })}
                        data={choices}
                        searchable
                        key={form.key(`${path}.values`)}
                        {...form.getInputProps(`${path}.values`, { withError: false })}
                        error={valueError}
                      />
                    ) : (
                      <TagsInput
                        size="xs"
                        aria-label={t('admin.automationRules.conditionValue', { group: label, n })}
                        key={form.key(`${path}.values`)}
                        {...form.getInputProps(`${path}.values`, { withError: false })}
                        error={valueError}
                      />
                    ))}
                  {row.field === 'time.business_hours' && (
                    <Select
                      size="xs"
                      aria-label={t('admin.automationRules.conditionCalendar', { group: label, n })}
                      placeholder={t('admin.automationRules.queueCalendar')}
                      data={options.calendars}
                      clearable
                      key={form.key(`${path}.calendarId`)}
                      {...form.getInputProps(`${path}.calendarId`)}
                    />
                  )}
                </Stack>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('admin.automationRules.removeCondition', { group: label, n })}
                  onClick={() => form.removeListItem(group, i)}
                >
                  <IconX size={14} aria-hidden />
                </ActionIcon>
              </Group>
            </Paper>
          );
        })}
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} aria-hidden />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => form.insertListItem(group, newCondition())}
        >
          {t(`admin.automationRules.addCondition.${group}`)}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}
