import { addDays, isoWeekday, localDateOf, zonedInstant } from '@kontakt/domain';

/** Wall time of an instant in `timeZone` ("08:00"); an end exactly at midnight reads "24:00". */
export function formatTime(locale: string, timeZone: string, iso: string, isEnd = false): string {
  const text = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(Date.parse(iso));
  return isEnd && text === '00:00' ? '24:00' : text;
}

/** A local date as "Fri 27 Nov". */
export function formatDay(locale: string, date: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(Date.parse(`${date}T00:00:00Z`));
}

/** An instant on the calendar's wall clock, in parts a sentence can place: weekday, date, time. */
export function zonedParts(locale: string, timeZone: string, iso: string) {
  const at = Date.parse(iso);
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone, ...options }).format(at);
  return {
    day: part({ weekday: 'long' }),
    date: part({ day: 'numeric', month: 'long' }),
    time: part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  };
}

/** "YYYY-MM-DDTHH:MM" (a datetime-local value) read in `timeZone` → ISO instant; null if invalid. */
export function zonedLocalToIso(timeZone: string, local: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const ms = zonedInstant(timeZone, match[1]!, Number(match[2]) * 60 + Number(match[3]));
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/** The coming Friday (today if it is Friday) at 15:00 in `timeZone`, as a datetime-local value. */
export function nextFridayAfternoon(timeZone: string, now: number): string {
  const today = localDateOf(timeZone, now);
  return `${addDays(today, (5 - isoWeekday(today) + 7) % 7)}T15:00`;
}
