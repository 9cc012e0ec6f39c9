/** `YYYY-MM-DD` of a date in UTC, for date inputs. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The last `days` days up to today (the end is exclusive: tomorrow 00:00 UTC). */
export function lastDays(days: number, now = new Date()): { from: string; to: string } {
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  const from = new Date(to.getTime() - days * 86_400_000);
  return { from: isoDay(from), to: isoDay(to) };
}

/** A day range from inputs as instants for the API. */
export const rangeInstants = (r: { from: string; to: string }) => ({
  from: `${r.from}T00:00:00Z`,
  to: `${r.to}T00:00:00Z`,
});
