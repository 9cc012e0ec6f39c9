const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60 * 60],
  ['hour', 24 * 60 * 60],
  ['day', 7 * 24 * 60 * 60],
  ['week', 30 * 24 * 60 * 60],
  ['month', 365 * 24 * 60 * 60],
  ['year', Infinity],
];
const SECONDS: Record<string, number> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86400,
  week: 604800,
  month: 2592000,
  year: 31536000,
};

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const absoluteFormats = new Map<string, Intl.DateTimeFormat>();

/** "5 minutes ago" / "před 5 minutami" / "5 minut temu", in the agent's language. */
export function formatRelative(iso: string, now: number, locale: string): string {
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
    relativeFormats.set(locale, format);
  }
  const seconds = (Date.parse(iso) - now) / 1000;
  const abs = Math.abs(seconds);
  // Under a minute reads as "now": the list does not tick every second.
  if (abs < 45) return format.format(0, 'second');
  const [unit] = UNITS.find(([, limit]) => abs < limit)!;
  return format.format(Math.round(seconds / SECONDS[unit]!), unit);
}

/** The full date and time, for tooltips and `<time title>`. */
export function formatDateTime(iso: string, locale: string): string {
  let format = absoluteFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    absoluteFormats.set(locale, format);
  }
  return format.format(new Date(iso));
}
