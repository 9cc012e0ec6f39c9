import { useMemo } from 'react';
import { Select } from '@mantine/core';
import { CreateCalendarInput, UpdateCalendarInput, type Calendar } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { createCalendar, deleteCalendar, updateCalendar } from '../../../api/calendars.ts';
import { qk } from '../../../api/query-keys.ts';
import { useAdminForm } from '../shared/use-admin-form.ts';
import {
  CALENDARS_KEY,
  HOLIDAY_COUNTRIES,
  initialValues,
  timeZoneOptions,
  toInput,
  type CalendarValues,
} from './calendar-values.ts';
import { ItemDrawerForm } from './ItemDrawerForm.tsx';
import { DatedRanges } from './DatedRanges.tsx';
import { WeeklyHours } from './WeeklyHours.tsx';

/** Creates a calendar (no `calendar`) or changes one: zone, weekly hours, holidays, exceptions. */
export function CalendarForm({ calendar, onDone }: { calendar?: Calendar; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const admin = useAdminForm<CalendarValues, Calendar>({
    mode: 'uncontrolled',
    schema: calendar ? UpdateCalendarInput : CreateCalendarInput,
    initialValues: initialValues(calendar),
    toInput,
    save: (input: CreateCalendarInput) =>
      calendar ? updateCalendar(calendar.id, input) : createCalendar(input),
    invalidate: [CALENDARS_KEY],
    savedMessage: calendar ? t('admin.calendars.saved') : t('admin.calendars.created'),
    codeFields: { conflict: { field: 'name', message: t('admin.calendars.nameTaken') } },
    onSaved: onDone,
  });
  const { form } = admin;
  const zones = useMemo(() => timeZoneOptions(form.getValues().timeZone), [form]);
  const countries = useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
    return HOLIDAY_COUNTRIES.map((code) => ({ value: code, label: names.of(code) ?? code }));
  }, [i18n.language]);

  return (
    <ItemDrawerForm
      admin={admin}
      onDone={onDone}
      submitLabel={calendar ? t('admin.common.saveChanges') : t('admin.calendars.create')}
      nameLabel={t('admin.calendars.fields.name')}
      remove={calendar && (() => deleteCalendar(calendar.id))}
      invalidate={[CALENDARS_KEY, qk.queues]}
      deletedMessage={t('admin.calendars.deleted')}
    >
      <Select
        label={t('admin.calendars.fields.timeZone')}
        description={t('admin.calendars.fields.timeZoneHint')}
        data={zones}
        searchable
        allowDeselect={false}
        withAsterisk
        key={form.key('timeZone')}
        {...form.getInputProps('timeZone')}
      />
      <Select
        label={t('admin.calendars.fields.holidayCountry')}
        description={t('admin.calendars.fields.holidayCountryHint')}
        placeholder={t('admin.calendars.noHolidays')}
        data={countries}
        searchable
        clearable
        key={form.key('holidayCountry')}
        {...form.getInputProps('holidayCountry')}
      />
      <WeeklyHours form={form} />
      <DatedRanges form={form} field="closures" />
      <DatedRanges form={form} field="extraOpenings" />
    </ItemDrawerForm>
  );
}
