import { useQuery } from '@tanstack/react-query';
import { getOrganization } from '../../api/organization.ts';
import { qk } from '../../api/query-keys.ts';

/** A local calendar date ('YYYY-MM-DD') as "27 Nov 2026" in the reader's language. */
export function formatCalendarDate(locale: string, date: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(Date.parse(`${date}T00:00:00Z`));
}

/** An instant as date and time on the organization's wall clock. */
export function formatZonedInstant(locale: string, timeZone: string, iso: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(Date.parse(iso));
}

/** "YYYY-MM-DDTHH:MM" of an instant on `timeZone`'s wall clock (a datetime-local value). */
export function zonedLocalValue(timeZone: string, at: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The organization's time zone (dates are shown in it); `fallback` until it has loaded. */
export function useOrganizationZone(fallback = 'Europe/Warsaw'): string {
  const { data } = useQuery({ queryKey: qk.organization, queryFn: getOrganization, staleTime: 300_000 });
  return data?.settings.timeZone ?? fallback;
}
