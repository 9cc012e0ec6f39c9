import type { Calendar, CreateCalendarInput, DatedRange, WeeklyInterval } from '@kontakt/contracts';

/** The admin list of calendars (the queue form reads it too). */
export const CALENDARS_KEY = ['calendars'] as const;

/** ISO weekdays, Monday first. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Countries offered for public holidays: PL and CZ first (verified), then neighbours and the rest. */
export const HOLIDAY_COUNTRIES = [
  'PL',
  'CZ',
  'SK',
  'DE',
  'AT',
  'HU',
  'LT',
  'UA',
  'GB',
  'IE',
  'FR',
  'NL',
  'BE',
  'IT',
  'ES',
  'PT',
  'DK',
  'SE',
  'NO',
  'FI',
  'CH',
  'RO',
  'US',
] as const;

/** A row of a list editor; `key` keeps each row's inputs in place when another row is removed. */
interface Row {
  key: string;
}
export interface WeeklyRow extends Row {
  day: number;
  start: string;
  end: string;
}
/** A dated exception; empty start and end mean the whole day. */
export interface DatedRow extends Row {
  date: string;
  start: string;
  end: string;
}

export interface CalendarValues {
  name: string;
  timeZone: string;
  holidayCountry: string | null;
  weekly: WeeklyRow[];
  closures: DatedRow[];
  extraOpenings: DatedRow[];
  [key: string]: unknown;
}

let counter = 0;
/** A key for a new list row, unique on this page. */
export const rowKey = () => `row-${++counter}`;

const toDatedRow = (r: DatedRange): DatedRow => ({
  key: rowKey(),
  date: r.date,
  start: r.start ?? '',
  end: r.end ?? '',
});

/** Monday to Friday, 8 to 16, in the browser's zone: where a new calendar starts. */
export function initialValues(calendar?: Calendar): CalendarValues {
  const weekly: WeeklyInterval[] =
    calendar?.weekly ?? [1, 2, 3, 4, 5].map((day) => ({ day, start: '08:00', end: '16:00' }));
  return {
    name: calendar?.name ?? '',
    timeZone: calendar?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    holidayCountry: calendar ? calendar.holidayCountry : 'PL',
    weekly: weekly.map((w) => ({ key: rowKey(), ...w })),
    closures: (calendar?.closures ?? []).map(toDatedRow),
    extraOpenings: (calendar?.extraOpenings ?? []).map(toDatedRow),
  };
}

const toDated = ({ date, start, end }: DatedRow): DatedRange => ({
  date,
  ...(start || end ? { start, end } : {}),
});

/** The request body: rows without their keys; a dated row without times covers the whole day. */
export function toInput(values: CalendarValues): CreateCalendarInput {
  return {
    name: values.name,
    timeZone: values.timeZone,
    holidayCountry: values.holidayCountry,
    weekly: values.weekly.map(({ day, start, end }) => ({ day, start, end })),
    closures: values.closures.map(toDated),
    extraOpenings: values.extraOpenings.map(toDated),
  };
}

/** Time zones the browser knows (the server accepts the same IANA names). */
export function timeZoneOptions(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

/** Weekly hours in a line per run of equal days: "Mon–Fri 08:00–16:00; Sat 09:00–12:00". */
export function summarizeWeekly(weekly: readonly WeeklyInterval[], dayName: (day: number) => string): string {
  const byDay = WEEKDAYS.map((day) =>
    weekly
      .filter((w) => w.day === day)
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((w) => `${w.start}–${w.end}`)
      .join(', '),
  );
  const parts: string[] = [];
  for (let i = 0; i < 7; i++) {
    if (!byDay[i]) continue;
    let j = i;
    while (j + 1 < 7 && byDay[j + 1] === byDay[i]) j++;
    const days = i === j ? dayName(i + 1) : `${dayName(i + 1)}–${dayName(j + 1)}`;
    parts.push(`${days} ${byDay[i]}`);
    i = j;
  }
  return parts.join('; ');
}

/** A weekday's name in `locale` (1 = Monday), e.g. "Mon" or "poniedziałek". */
export function weekdayName(locale: string, day: number, width: 'short' | 'long' = 'short'): string {
  // 1 January 2024 was a Monday.
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(Date.UTC(2024, 0, day));
}

/** A new interval for `day`: after the day's last one (two hours, up to midnight), else 8 to 16. */
export function nextInterval(day: number, last?: WeeklyRow): WeeklyRow {
  if (!last) return { key: rowKey(), day, start: '08:00', end: '16:00' };
  const [h = 0, m = 0] = last.end.split(':').map(Number);
  const end = Math.min(h * 60 + m + 120, 24 * 60);
  const hhmm = `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
  return { key: rowKey(), day, start: last.end, end: hhmm };
}

/**
 * Props of a wall-time text box ("08:00"); not `type="time"`, which cannot hold the "24:00"
 * that ends a day.
 */
export const TIME_INPUT = {
  size: 'xs',
  w: 72,
  placeholder: 'HH:MM',
  maxLength: 5,
  inputMode: 'numeric',
  autoComplete: 'off',
} as const;
