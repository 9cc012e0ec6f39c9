import { useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Group,
  Loader,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { Calendar } from '@kontakt/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { previewCalendar } from '../../../api/calendars.ts';
import { useErrorMessage } from '../../../i18n/error-message.ts';
import { targetText } from '../sla-policies/policy-values.ts';
import { formatDay, formatTime, nextFridayAfternoon, zonedLocalToIso, zonedParts } from './zoned-format.ts';

/**
 * What the saved calendar means in practice: the due time of an example ticket, and the open
 * hours, holidays and exceptions of the next 30 days, all on the calendar's own clock.
 */
export function CalendarPreview({ calendar }: { calendar: Calendar }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {t('admin.calendars.preview.savedOnly', { zone: calendar.timeZone })}
      </Text>
      <DueCalculator calendar={calendar} />
      <NextDays calendar={calendar} />
    </Stack>
  );
}

/** "A ticket arriving Friday 15:00 with a 4-hour target is due …", asked of the server. */
function DueCalculator({ calendar }: { calendar: Calendar }) {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const [arrival, setArrival] = useState(() => nextFridayAfternoon(calendar.timeZone, Date.now()));
  const [hours, setHours] = useState<number>(4);
  const [minutes, setMinutes] = useState<number>(0);
  const start = zonedLocalToIso(calendar.timeZone, arrival);
  const total = hours * 60 + minutes;
  const due = useQuery({
    queryKey: ['calendar-preview', calendar.id, calendar.updatedAt, start, total],
    queryFn: () => previewCalendar(calendar.id, { start: start!, minutes: total }),
    enabled: start !== null,
    placeholderData: keepPreviousData,
  });

  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('admin.calendars.preview.calculator')}
      </Title>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          type="datetime-local"
          label={t('admin.calendars.preview.arrival')}
          value={arrival}
          onChange={(e) => setArrival(e.currentTarget.value)}
          style={{ flex: 1 }}
        />
        <NumberInput
          label={t('admin.calendars.preview.hours')}
          value={hours}
          onChange={(v) => setHours(Math.max(0, Math.floor(Number(v) || 0)))}
          min={0}
          max={8760}
          w={80}
        />
        <NumberInput
          label={t('admin.calendars.preview.minutes')}
          value={minutes}
          onChange={(v) => setMinutes(Math.min(59, Math.max(0, Math.floor(Number(v) || 0))))}
          min={0}
          max={59}
          w={80}
        />
      </Group>
      {due.error ? (
        <Alert color="red" py="xs">
          {describe(due.error)}
        </Alert>
      ) : (
        start &&
        due.data?.dueAt && (
          <Alert color="blue" py="xs" aria-live="polite">
            {t('admin.calendars.preview.sentence', {
              arrival: zonedParts(i18n.language, calendar.timeZone, start),
              target: targetText(t, total),
              due: zonedParts(i18n.language, calendar.timeZone, due.data.dueAt),
            })}
          </Alert>
        )
      )}
    </Stack>
  );
}

/** The next 30 local days: open hours, or why the calendar is closed. */
function NextDays({ calendar }: { calendar: Calendar }) {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const [now] = useState(() => new Date().toISOString());
  const days = useQuery({
    queryKey: ['calendar-preview', calendar.id, calendar.updatedAt, 'days', now],
    queryFn: () => previewCalendar(calendar.id, { start: now, minutes: 0 }),
  });
  const closures = useMemo(() => new Set(calendar.closures.map((c) => c.date)), [calendar.closures]);
  const openings = useMemo(
    () => new Set(calendar.extraOpenings.map((c) => c.date)),
    [calendar.extraOpenings],
  );
  const time = (iso: string, isEnd?: boolean) => formatTime(i18n.language, calendar.timeZone, iso, isEnd);

  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('admin.calendars.preview.next30')}
      </Title>
      {days.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {days.error && <Alert color="red">{describe(days.error)}</Alert>}
      {days.data && (
        <Table
          aria-label={t('admin.calendars.preview.next30')}
          verticalSpacing={3}
          fz="sm"
          withRowBorders={false}
          striped
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.calendars.preview.day')}</Table.Th>
              <Table.Th scope="col">{t('admin.calendars.preview.open')}</Table.Th>
              <Table.Th scope="col">{t('admin.calendars.preview.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {days.data.days.map((day) => (
              <Table.Tr key={day.date}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(i18n.language, day.date)}</Table.Td>
                <Table.Td c={day.open.length ? undefined : 'dimmed'}>
                  {day.open.length
                    ? day.open.map((s) => `${time(s.from)}–${time(s.to, true)}`).join(', ')
                    : t('admin.calendars.closed')}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {day.holiday && (
                      <Badge color="orange" variant="light" radius="sm" size="sm" tt="none">
                        {day.holiday}
                      </Badge>
                    )}
                    {closures.has(day.date) && (
                      <Badge color="red" variant="light" radius="sm" size="sm" tt="none">
                        {t('admin.calendars.preview.closure')}
                      </Badge>
                    )}
                    {openings.has(day.date) && (
                      <Badge color="teal" variant="light" radius="sm" size="sm" tt="none">
                        {t('admin.calendars.preview.extraOpening')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
