import Holidays from 'date-holidays';
import type { BusinessCalendar } from '@kontakt/domain';
import type { CalendarRow } from './sla.table.ts';

/**
 * Public holidays by country, from `date-holidays` (data CC BY-SA) filtered to type `public`:
 * without the filter PL would close on Good Friday and other observances. Dates are the
 * country's local dates, never UTC midnights.
 */
const cache = new Map<string, Array<{ date: string; name: string }>>();

export const isHolidayCountry = (country: string): boolean =>
  Object.hasOwn(new Holidays().getCountries('en'), country);

export function publicHolidays(country: string, year: number): Array<{ date: string; name: string }> {
  const key = `${country}:${year}`;
  let hit = cache.get(key);
  if (!hit) {
    const h = new Holidays(country, { types: ['public'] });
    hit = (h.getHolidays(year) || [])
      .filter((d) => d.type === 'public')
      .map((d) => ({ date: d.date.slice(0, 10), name: d.name }));
    cache.set(key, hit);
  }
  return hit;
}

/** Holidays from last year to two years ahead of `now`: far enough for any SLA target. */
export function holidaysAround(country: string | null, now: Date) {
  if (!country) return [];
  const y = now.getUTCFullYear();
  return [y - 1, y, y + 1, y + 2].flatMap((year) => publicHolidays(country, year));
}

/** Around the clock in UTC: what business-hours targets count in when a queue has no calendar. */
export const ALWAYS_OPEN: BusinessCalendar = {
  timeZone: 'UTC',
  weekly: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, start: '00:00', end: '24:00' })),
  holidays: [],
  closures: [],
  extraOpenings: [],
};

const built = new Map<string, BusinessCalendar>();

/**
 * The pure calendar the domain computes with; the same object while the row is unchanged, so
 * the domain's per-day cache stays warm across requests.
 */
export function toBusinessCalendar(row: CalendarRow, now: Date): BusinessCalendar {
  const key = `${row.id}:${row.updatedAt.getTime()}:${now.getUTCFullYear()}`;
  let cal = built.get(key);
  if (!cal) {
    if (built.size > 500) built.clear();
    cal = {
      timeZone: row.timeZone,
      weekly: row.weekly,
      holidays: holidaysAround(row.holidayCountry, now).map((h) => h.date),
      closures: row.closures,
      extraOpenings: row.extraOpenings,
    };
    built.set(key, cal);
  }
  return cal;
}
