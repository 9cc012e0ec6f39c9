import { openSpansFrom, openSpansOn, type BusinessCalendar } from './calendar.ts';
import { addDays, localDateOf } from './zoned-time.ts';

const MINUTE = 60_000;

/**
 * The instant `ms` of open time after `start`. Time outside the open hours does not count, so a
 * start outside hours begins at the next opening; a result landing exactly on closing time is
 * that closing time, never the next opening. Zero returns `start` unchanged.
 */
export function addBusinessMs(cal: BusinessCalendar, start: number, ms: number): number {
  if (ms <= 0) return start;
  let remaining = ms;
  for (const [from, to] of openSpansFrom(cal, start)) {
    const cursor = Math.max(from, start);
    if (remaining <= to - cursor) return cursor + remaining;
    remaining -= to - cursor;
  }
  /* c8 ignore next */
  throw new Error('unreachable');
}

/** Open time (ms) between two instants; negative when `b` is before `a`. */
export function businessMsBetween(cal: BusinessCalendar, a: number, b: number): number {
  if (b < a) return -businessMsBetween(cal, b, a);
  let total = 0;
  let date = addDays(localDateOf(cal.timeZone, a), -1);
  // A local day starts at most 14 h before its UTC midnight: past that, no span can begin before b.
  while (Date.parse(`${date}T00:00:00Z`) - 14 * 3_600_000 < b) {
    for (const [from, to] of openSpansOn(cal, date)) {
      const lo = Math.max(from, a);
      const hi = Math.min(to, b);
      if (hi > lo) total += hi - lo;
    }
    date = addDays(date, 1);
  }
  return total;
}

/** `start` plus `minutes` of open time (see addBusinessMs for the boundary rules). */
export function addBusinessMinutes(cal: BusinessCalendar, start: Date, minutes: number): Date {
  return new Date(addBusinessMs(cal, start.getTime(), minutes * MINUTE));
}

/** Minutes of open time between two instants (fractions for partial minutes). */
export function businessMinutesBetween(cal: BusinessCalendar, a: Date, b: Date): number {
  return businessMsBetween(cal, a.getTime(), b.getTime()) / MINUTE;
}

/** True when `instant` lies inside an open interval (opening included, closing excluded). */
export function isOpenAt(cal: BusinessCalendar, instant: Date): boolean {
  const t = instant.getTime();
  const date = localDateOf(cal.timeZone, t);
  return [addDays(date, -1), date].some((d) => openSpansOn(cal, d).some(([f, to]) => f <= t && t < to));
}
