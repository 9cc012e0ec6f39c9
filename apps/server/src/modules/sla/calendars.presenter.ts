import type { Calendar, CalendarPreview, CalendarPreviewInput } from '@kontakt/contracts';
import { addBusinessMs, addDays, businessMsBetween, localDateOf, openSpansOn } from '@kontakt/domain';
import type { CalendarRow } from './sla.table.ts';
import { holidaysAround, toBusinessCalendar } from './holidays.ts';

export const presentCalendar = (row: CalendarRow, now: Date): Calendar => ({
  id: row.id,
  name: row.name,
  timeZone: row.timeZone,
  weekly: row.weekly,
  holidayCountry: row.holidayCountry,
  closures: row.closures,
  extraOpenings: row.extraOpenings,
  holidays: holidaysAround(row.holidayCountry, now),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The admin's preview: start + minutes of open time, the open and elapsed minutes between two
 * instants, and the open hours and holidays of the 30 local days from the first instant given.
 */
export function previewCalendar(row: CalendarRow, input: CalendarPreviewInput): CalendarPreview {
  const firstAt = Date.parse((input.start ?? input.from)!);
  const cal = toBusinessCalendar(row, new Date(firstAt));
  const names = new Map(holidaysAround(row.holidayCountry, new Date(firstAt)).map((h) => [h.date, h.name]));
  const start = input.start ? Date.parse(input.start) : null;
  const from = input.from ? Date.parse(input.from) : null;
  const to = input.to ? Date.parse(input.to) : null;
  const firstDate = localDateOf(cal.timeZone, firstAt);
  return {
    dueAt: start !== null ? iso(addBusinessMs(cal, start, input.minutes! * MINUTE)) : null,
    businessMinutes: from !== null ? businessMsBetween(cal, from, to!) / MINUTE : null,
    calendarMinutes: from !== null ? (to! - from) / MINUTE : null,
    days: Array.from({ length: 30 }, (_, i) => {
      const date = addDays(firstDate, i);
      return {
        date,
        open: openSpansOn(cal, date).map(([f, t]) => ({ from: iso(f), to: iso(t) })),
        holiday: names.get(date) ?? null,
      };
    }),
  };
}
