/**
 * Wall-clock time in an IANA zone ↔ instants, with Intl only (works in Node and the browser).
 * Instants are epoch milliseconds; local dates are 'YYYY-MM-DD'.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

const offsets = new Map<string, number>();
const QUARTER_HOUR = 900_000;

function computeOffset(timeZone: string, instant: number): number {
  const parts = formatter(timeZone).formatToParts(new Date(instant));
  const get = (t: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === t)!.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The zone's offset from UTC (ms) at `instant`. Zones change offset only on quarter hours, so
 * the answer is cached per quarter hour (formatting a date is the slow part).
 */
export function zoneOffsetMs(timeZone: string, instant: number): number {
  const bucket = Math.floor(instant / QUARTER_HOUR);
  const key = `${timeZone} ${bucket}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = computeOffset(timeZone, bucket * QUARTER_HOUR);
    if (offsets.size > 50_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** The local date ('YYYY-MM-DD') of `instant` in the zone. */
export function localDateOf(timeZone: string, instant: number): string {
  return new Date(instant + zoneOffsetMs(timeZone, instant)).toISOString().slice(0, 10);
}

/**
 * The instant at which the zone's clocks show `minuteOfDay` on `date` (0–1440; 1440 is the next
 * midnight). A wall time skipped by a spring-forward gap moves on by the gap's length (02:30 → 03:30,
 * as Temporal's 'compatible' does); a wall
 * time that occurs twice (autumn) maps to its first occurrence.
 */
export function zonedInstant(timeZone: string, date: string, minuteOfDay: number): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d) + minuteOfDay * 60_000;
  const before = wall - zoneOffsetMs(timeZone, wall - 86_400_000);
  const after = wall - zoneOffsetMs(timeZone, wall + 86_400_000);
  // Offsets the day before and the day after bound every transition on this day.
  const candidates = [before, after]
    .filter((t) => t + zoneOffsetMs(timeZone, t) === wall)
    .sort((a, b) => a - b);
  if (candidates.length) return candidates[0]!;
  // In a gap: the wall time does not exist; the clock jumps from `before`'s offset to `after`'s.
  return Math.max(before, after);
}

/** Adds `days` to a 'YYYY-MM-DD' date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** ISO weekday of a 'YYYY-MM-DD' date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}
