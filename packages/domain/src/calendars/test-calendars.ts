import type { BusinessCalendar, WeeklyInterval } from './calendar.ts';

/** Fixed holidays of a year plus Easter-relative ones, as DOMAIN.md §2 lists them (tests only). */
const PL_EASTER: Record<number, string> = { 2026: '2026-04-05', 2027: '2027-03-28' };
const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function plHolidays(year: number): string[] {
  const e = PL_EASTER[year]!;
  const fixed = ['01-01', '01-06', '05-01', '05-03', '08-15', '11-01', '11-11', '12-24', '12-25', '12-26'];
  return [...fixed.map((d) => `${year}-${d}`), e, shift(e, 1), shift(e, 49), shift(e, 60)];
}

export function czHolidays(year: number): string[] {
  const e = PL_EASTER[year]!;
  const fixed = [
    '01-01',
    '05-01',
    '05-08',
    '07-05',
    '07-06',
    '09-28',
    '10-28',
    '11-17',
    '12-24',
    '12-25',
    '12-26',
  ];
  return [...fixed.map((d) => `${year}-${d}`), shift(e, -2), shift(e, 1)];
}

export const weekdays = (start: string, end: string): WeeklyInterval[] =>
  [1, 2, 3, 4, 5].map((day) => ({ day, start, end }));

export const officeHours = (
  timeZone: string,
  holidays: string[],
  extra: Partial<BusinessCalendar> = {},
): BusinessCalendar => ({
  timeZone,
  weekly: weekdays('08:00', '16:00'),
  holidays,
  closures: [],
  extraOpenings: [],
  ...extra,
});

export const PL = officeHours('Europe/Warsaw', [...plHolidays(2026), ...plHolidays(2027)]);
export const CZ = officeHours('Europe/Prague', [...czHolidays(2026), ...czHolidays(2027)]);
export const ALWAYS: BusinessCalendar = {
  timeZone: 'Europe/Warsaw',
  weekly: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, start: '00:00', end: '24:00' })),
  holidays: [],
  closures: [],
  extraOpenings: [],
};
