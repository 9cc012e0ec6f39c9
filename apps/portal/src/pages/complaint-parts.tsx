import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComplaintClockState } from '@kontakt/contracts';
import { formatDay } from '../format.ts';
import { currentLocale } from '../i18n/index.ts';

const COLORS: Record<ComplaintClockState, string> = {
  running: 'blue',
  due_soon: 'yellow',
  answered_in_time: 'teal',
  deemed_accepted: 'grape',
  overdue_consumer_options: 'red',
};

export function StateBadge({ state }: { state: ComplaintClockState }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[state]} variant="light" size="lg" tt="none">
      {t(`complaints.state.${state}`)}
    </Badge>
  );
}

/** Today's date in the zone, as YYYY-MM-DD. */
function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Whole days from today (in the zone) to a local date. */
export function daysUntil(date: string, timeZone: string, now = new Date()): number {
  const ms = (d: string) =>
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((ms(date) - ms(todayIn(timeZone, now))) / 86_400_000);
}

/** The statutory deadline: the local due date in the organization's zone and the days left. */
export function Deadline({
  dueDate,
  timeZone,
  state,
}: {
  dueDate: string;
  timeZone: string;
  state: ComplaintClockState;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const days = daysUntil(dueDate, timeZone);
  const open = state === 'running' || state === 'due_soon';
  return (
    <Text>
      {t('complaints.dueBy', { date: formatDay(dueDate, locale), zone: timeZone })}
      {open && days >= 0 && (
        <>
          {' · '}
          {days === 0 ? t('complaints.dueToday') : t('complaints.daysLeft', { count: days })}
        </>
      )}
    </Text>
  );
}
