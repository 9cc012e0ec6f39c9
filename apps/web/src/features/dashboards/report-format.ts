/** Number formats of the dashboards and the wallboard; null (an empty set) is "n/a", never 0. */

export type Maybe = number | null | undefined;

const isNumber = (v: Maybe): v is number => typeof v === 'number' && Number.isFinite(v);

/** A share 0–1 as a percentage ("87.5 %"), or the n/a text. */
export function formatShare(value: Maybe, locale: string, na: string, digits = 1): string {
  if (!isNumber(value)) return na;
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A plain number in the locale, or the n/a text. */
export function formatNumber(value: Maybe, locale: string, na: string, digits = 1): string {
  if (!isNumber(value)) return na;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** Seconds as "1 h 05 min", "4 min 05 s" or "12 s"; null is the n/a text. */
export function formatSeconds(value: Maybe, na: string): string {
  if (!isNumber(value)) return na;
  const s = Math.max(0, Math.round(value));
  const pad = (n: number) => String(n).padStart(2, '0');
  if (s >= 86_400) return `${Math.floor(s / 86_400)} d ${Math.floor((s % 86_400) / 3600)} h`;
  if (s >= 3600) return `${Math.floor(s / 3600)} h ${pad(Math.floor((s % 3600) / 60))} min`;
  if (s >= 60) return `${Math.floor(s / 60)} min ${pad(s % 60)} s`;
  return `${s} s`;
}

/** Seconds as minutes with one decimal, for chart axes (null stays null: no bar). */
export const toMinutes = (value: Maybe): number | null =>
  isNumber(value) ? Math.round(value / 6) / 10 : null;

/** Share 0–1 as a percentage number for chart axes (null stays null). */
export const toPercent = (value: Maybe): number | null =>
  isNumber(value) ? Math.round(value * 1000) / 10 : null;

/** A local date 'YYYY-MM-DD' (or month 'YYYY-MM') shown in the locale, without time-zone shifts. */
export function formatDate(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const at = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    ...(d === undefined ? { month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' }),
  }).format(at);
}
