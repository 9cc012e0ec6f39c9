import { ActionIcon, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RowError } from './RowError.tsx';
import { nextInterval, TIME_INPUT, weekdayName, WEEKDAYS, type CalendarValues } from './calendar-values.ts';

/** Open hours per weekday: several intervals a day, each added or removed on its own. */
export function WeeklyHours({ form }: { form: UseFormReturnType<CalendarValues> }) {
  const { t, i18n } = useTranslation();
  const weekly = form.getValues().weekly;
  const listError = form.errors.weekly;

  return (
    <Input.Wrapper label={t('admin.calendars.fields.weekly')} error={listError} withAsterisk>
      <Stack gap={6} mt={4}>
        {WEEKDAYS.map((day) => {
          const dayName = weekdayName(i18n.language, day, 'long');
          const rows = weekly.map((row, index) => ({ row, index })).filter(({ row }) => row.day === day);
          return (
            <Group key={day} align="flex-start" gap="xs" wrap="nowrap">
              <Text size="sm" w={110} pt={6} tt="capitalize">
                {dayName}
              </Text>
              <Stack gap={4} style={{ flex: 1 }}>
                {rows.length === 0 && (
                  <Text size="sm" c="dimmed" pt={6}>
                    {t('admin.calendars.closed')}
                  </Text>
                )}
                {rows.map(({ row, index }) => (
                  <div key={row.key}>
                    <Group gap={6} wrap="nowrap" align="flex-start">
                      <TextInput
                        {...TIME_INPUT}
                        aria-label={t('admin.calendars.opensAt', { day: dayName })}
                        key={form.key(`weekly.${index}.start`)}
                        {...form.getInputProps(`weekly.${index}.start`, { withError: false })}
                        error={!!form.errors[`weekly.${index}.start`]}
                      />
                      <Text size="sm" pt={4} aria-hidden>
                        –
                      </Text>
                      <TextInput
                        {...TIME_INPUT}
                        aria-label={t('admin.calendars.closesAt', { day: dayName })}
                        key={form.key(`weekly.${index}.end`)}
                        {...form.getInputProps(`weekly.${index}.end`, { withError: false })}
                        error={!!form.errors[`weekly.${index}.end`]}
                      />
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        mt={2}
                        aria-label={t('admin.calendars.removeInterval', { day: dayName })}
                        onClick={() => form.removeListItem('weekly', index)}
                      >
                        <IconX size={14} aria-hidden />
                      </ActionIcon>
                    </Group>
                    <RowError form={form} path={`weekly.${index}`} />
                  </div>
                ))}
              </Stack>
              <ActionIcon
                variant="subtle"
                mt={2}
                aria-label={t('admin.calendars.addInterval', { day: dayName })}
                onClick={() => form.insertListItem('weekly', nextInterval(day, rows.at(-1)?.row))}
              >
                <IconPlus size={14} aria-hidden />
              </ActionIcon>
            </Group>
          );
        })}
      </Stack>
    </Input.Wrapper>
  );
}
