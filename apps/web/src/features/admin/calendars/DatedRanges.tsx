import { ActionIcon, Button, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RowError } from './RowError.tsx';
import { rowKey, TIME_INPUT, type CalendarValues } from './calendar-values.ts';

/** Tenant closures or extra openings: a date, and hours unless it is the whole day. */
export function DatedRanges({
  form,
  field,
}: {
  form: UseFormReturnType<CalendarValues>;
  field: 'closures' | 'extraOpenings';
}) {
  const { t } = useTranslation();
  const rows = form.getValues()[field];
  const label = t(`admin.calendars.fields.${field}`);

  return (
    <Input.Wrapper
      label={label}
      description={t(`admin.calendars.fields.${field}Hint`)}
      error={form.errors[field]}
    >
      <Stack gap={4} mt={4}>
        {rows.map((row, index) => (
          <div key={row.key}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <TextInput
                type="date"
                size="xs"
                w={150}
                aria-label={t('admin.calendars.date', { list: label, n: index + 1 })}
                key={form.key(`${field}.${index}.date`)}
                {...form.getInputProps(`${field}.${index}.date`, { withError: false })}
                error={!!form.errors[`${field}.${index}.date`]}
              />
              <TextInput
                {...TIME_INPUT}
                placeholder={t('admin.calendars.wholeDay')}
                w={86}
                aria-label={t('admin.calendars.from', { list: label, n: index + 1 })}
                key={form.key(`${field}.${index}.start`)}
                {...form.getInputProps(`${field}.${index}.start`, { withError: false })}
                error={!!form.errors[`${field}.${index}.start`]}
              />
              <Text size="sm" pt={4} aria-hidden>
                –
              </Text>
              <TextInput
                {...TIME_INPUT}
                placeholder={t('admin.calendars.wholeDay')}
                w={86}
                aria-label={t('admin.calendars.to', { list: label, n: index + 1 })}
                key={form.key(`${field}.${index}.end`)}
                {...form.getInputProps(`${field}.${index}.end`, { withError: false })}
                error={!!form.errors[`${field}.${index}.end`]}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={2}
                aria-label={t('admin.calendars.removeDated', { list: label, n: index + 1 })}
                onClick={() => form.removeListItem(field, index)}
              >
                <IconX size={14} aria-hidden />
              </ActionIcon>
            </Group>
            <RowError form={form} path={`${field}.${index}`} />
          </div>
        ))}
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} aria-hidden />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => form.insertListItem(field, { key: rowKey(), date: '', start: '', end: '' })}
        >
          {t(`admin.calendars.add.${field}`)}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}
