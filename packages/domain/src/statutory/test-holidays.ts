import { czHolidays } from '../calendars/test-calendars.ts';

/**
 * Public holidays of DOMAIN.md §2 computed from the rules (tests only): the server answers the
 * same from `date-holidays`, which the domain does not import.
 */
function easterSunday(year: number): string {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function plYear(year: number): Map<string, string> {
  const e = easterSunday(year);
  const fixed: Array<[string, string]> = [
    ['01-01', 'Nowy Rok'],
    ['01-06', 'Trzech Króli'],
    ['05-01', 'Święto Pracy'],
    ['05-03', 'Święto Konstytucji 3 Maja'],
    ['08-15', 'Wniebowzięcie NMP'],
    ['11-01', 'Wszystkich Świętych'],
    ['11-11', 'Święto Niepodległości'],
    ...(year >= 2025 ? ([['12-24', 'Wigilia']] as Array<[string, string]>) : []),
    ['12-25', 'Boże Narodzenie'],
    ['12-26', 'Drugi dzień Bożego Narodzenia'],
  ];
  return new Map([
    ...fixed.map(([d, n]): [string, string] => [`${year}-${d}`, n]),
    [e, 'Wielkanoc'],
    [shift(e, 1), 'Poniedziałek Wielkanocny'],
    [shift(e, 49), 'Zielone Świątki'],
    [shift(e, 60), 'Boże Ciało'],
  ]);
}

const lookup = (byYear: (y: number) => Map<string, string>) => (date: string) =>
  byYear(Number(date.slice(0, 4))).get(date) ?? null;

export const plHolidayOn = lookup(plYear);

/** CZ holidays of 2026–2027 (Good Friday included) from the SLA tests' calendars. */
const cz = new Set([...czHolidays(2026), ...czHolidays(2027)]);
export const czHolidayOn = (date: string) => (cz.has(date) ? 'státní svátek' : null);
