import type { Locale } from '@kontakt/contracts';

const TAG: Record<Locale, string> = { pl: 'pl-PL', cs: 'cs-CZ', en: 'en-GB' };

/** An instant as a date and time in the organization's zone. */
export const formatDateTime = (iso: string, locale: Locale, timeZone: string) =>
  new Intl.DateTimeFormat(TAG[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(iso),
  );

/** A local calendar date (YYYY-MM-DD) as a long date; it is already the organization's day. */
export const formatDay = (date: string, locale: Locale) => {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(TAG[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
};

export const formatAmount = (a: { amount: string; currency: string }, locale: Locale) =>
  new Intl.NumberFormat(TAG[locale], { style: 'currency', currency: a.currency }).format(Number(a.amount));

export const formatSize = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} kB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
