import { useState } from 'react';
import { Alert, Center, Group, Loader, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { ForecastSlot, StaffingForecast } from '@kontakt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { listQueues } from '../../api/directory.ts';
import { qk } from '../../api/query-keys.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { getForecast, getStaffingSettings, staffingKeys } from './staffing-api.ts';
import { StaffingSettingsForm } from './StaffingSettingsForm.tsx';
import classes from './Staffing.module.css';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** Short weekday names (Monday first) in the language shown. */
function weekdayNames(language: string): string[] {
  const f = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' });
  return WEEKDAYS.map((d) => f.format(new Date(Date.UTC(2024, 0, d)))); // 1 Jan 2024 was a Monday
}

/** Half hours worth showing: from the first to the last with contacts on any day (all when none). */
function busyRows(slots: ForecastSlot[]): number[] {
  const busy = slots.filter((s) => s.expectedContacts > 0).map((s) => s.slot);
  const first = busy.length ? Math.min(...busy) : 0;
  const last = busy.length ? Math.max(...busy) : 47;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Required agents per weekday × half hour for the coming week, as a heat map and a chart. */
export function ForecastPanel() {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const [queue, setQueue] = useState<string | null>(null);
  const [weeks, setWeeks] = useState('4');
  const [day, setDay] = useState('1');
  const queues = useQuery({ queryKey: qk.queues, queryFn: listQueues });
  const settings = useQuery({ queryKey: staffingKeys.settings, queryFn: getStaffingSettings });
  const forecast = useQuery({
    queryKey: staffingKeys.forecast(queue, Number(weeks)),
    queryFn: () => getForecast(queue, Number(weeks)),
  });
  const names = weekdayNames(i18n.language);

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('staffing.settings.title')}
        </Title>
        {settings.data && (
          <StaffingSettingsForm key={JSON.stringify(settings.data)} settings={settings.data} />
        )}
      </Paper>
      <Group gap="sm" align="flex-end">
        <Select
          label={t('staffing.forecast.queue')}
          placeholder={t('staffing.forecast.allQueues')}
          data={(queues.data ?? []).map((q) => ({ value: q.id, label: q.name }))}
          value={queue}
          onChange={setQueue}
          clearable
          w={240}
        />
        <Select
          label={t('staffing.forecast.weeks')}
          data={['1', '2', '4', '6', '8', '12'].map((w) => ({
            value: w,
            label: t('staffing.forecast.weeksN', { count: Number(w) }),
          }))}
          value={weeks}
          onChange={(w) => w && setWeeks(w)}
          allowDeselect={false}
          w={160}
        />
      </Group>
      {forecast.isPending ? (
        <Center h={120}>
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      ) : forecast.error ? (
        <Alert color="red" role="alert">
          {describe(forecast.error)}
        </Alert>
      ) : (
        <ForecastBody forecast={forecast.data} names={names} day={day} onDay={setDay} />
      )}
    </Stack>
  );
}

function ForecastBody(props: {
  forecast: StaffingForecast;
  names: string[];
  day: string;
  onDay: (d: string) => void;
}) {
  const { t } = useTranslation();
  const { forecast: f, names } = props;
  const rows = busyRows(f.slots);
  const peak = Math.max(1, ...f.slots.map((s) => s.agentsRequired));
  const cell = (weekday: number, slot: number) => f.slots[(weekday - 1) * 48 + slot]!;
  const minutes = Math.round(f.ahtSeconds / 6) / 10;
  const dayData = f.slots
    .filter((s) => s.weekday === Number(props.day) && rows.includes(s.slot))
    .map((s) => ({ start: s.start, required: s.agentsRequired, scheduled: s.scheduledStaff }));

  return (
    <Stack gap="md">
      <Text size="sm">
        {t('staffing.forecast.summary', {
          count: f.contactsInHistory,
          weeks: f.weeks,
          target: Math.round(f.settings.serviceLevelTarget * 1000) / 10,
          seconds: f.settings.thresholdSeconds,
          timeZone: f.timeZone,
        })}
      </Text>
      <Alert color={f.ahtSource === 'organization_default' ? 'orange' : 'gray'} role="status" py={6}>
        {t(`staffing.forecast.aht.${f.ahtSource}`, { minutes })}
      </Alert>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            {t('staffing.forecast.chartTitle')}
          </Title>
          <Select
            aria-label={t('staffing.forecast.day')}
            data={WEEKDAYS.map((d) => ({ value: String(d), label: names[d - 1]! }))}
            value={props.day}
            onChange={(d) => d && props.onDay(d)}
            allowDeselect={false}
            w={120}
          />
        </Group>
        <div role="img" aria-label={t('staffing.forecast.chartTitle')}>
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={dayData}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="start" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Bar
                dataKey="required"
                name={t('staffing.forecast.required')}
                fill="var(--mantine-color-blue-6)"
              />
              <Bar
                dataKey="scheduled"
                name={t('staffing.forecast.scheduled')}
                fill="var(--mantine-color-teal-4)"
              />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </Paper>
      <div className={classes.heatWrap}>
        <Table aria-label={t('staffing.forecast.tableTitle')} className={classes.heat} withColumnBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('staffing.forecast.time')}</Table.Th>
              {WEEKDAYS.map((d) => (
                <Table.Th key={d} ta="center">
                  {names[d - 1]}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((slot) => (
              <Table.Tr key={slot}>
                <Table.Th scope="row">{cell(1, slot).start}</Table.Th>
                {WEEKDAYS.map((d) => {
                  const c = cell(d, slot);
                  const share = c.agentsRequired / peak;
                  return (
                    <Table.Td
                      key={d}
                      ta="center"
                      title={t('staffing.forecast.cellTitle', {
                        contacts: c.expectedContacts.toFixed(1),
                        required: c.agentsRequired,
                        scheduled: c.scheduledStaff,
                      })}
                      style={{
                        background: c.agentsRequired
                          ? `color-mix(in srgb, var(--mantine-color-blue-6) ${Math.round(15 + share * 70)}%, transparent)`
                          : undefined,
                      }}
                    >
                      {c.agentsRequired || '·'}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}
