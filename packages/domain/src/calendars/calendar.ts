import { addDays, isoWeekday, localDateOf, zonedInstant } from './zoned-time.ts';

/** Local wall-clock interval 'HH:MM'–'HH:MM' (end may be '24:00'; end after start). */
export interface TimeRange {
  start: string;
  end: string;
}

/** Open hours on one ISO weekday (1 = Monday … 7 = Sunday). */
export interface WeeklyInterval extends TimeRange {
  day: number;
}

/** A dated exception: an extra opening, or a closure (the whole day when no range is given). */
export interface DatedRange {
  date: string;
  start?: string | undefined;
  end?: string | undefined;
}

/**
 * A business calendar. Pure data: the server fills `holidays` from the holiday country (local
 * dates, closed all day). On a date, the open hours are the weekly intervals (none on a holiday)
 * plus the extra openings, minus the closures.
 */
export interface BusinessCalendar {
  /** IANA zone in which the intervals and dates are read, e.g. 'Europe/Warsaw'. */
  timeZone: string;
  weekly: readonly WeeklyInterval[];
  holidays: readonly string[];
  closures: readonly DatedRange[];
  extraOpenings: readonly DatedRange[];
}

/** Half-open instant interval [from, to) in epoch ms. */
export type Span = readonly [number, number];

/** 'HH:MM' → minutes since midnight. */
export const minuteOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

type MinuteRange = [number, number];

function merge(ranges: MinuteRange[]): MinuteRange[] {
  const sorted = ranges.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: MinuteRange[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function subtract(ranges: MinuteRange[], cut: MinuteRange): MinuteRange[] {
  return ranges.flatMap(([a, b]): MinuteRange[] => {
    if (cut[1] <= a || cut[0] >= b) return [[a, b]];
    return [
      [a, Math.min(b, cut[0])],
      [Math.max(a, cut[1]), b],
    ].filter(([x, y]) => y! > x!) as MinuteRange[];
  });
}

const cache = new WeakMap<BusinessCalendar, { holidays: Set<string>; days: Map<string, Span[]> }>();

/** The open spans of a local date, as instants (so a DST day has its real length). */
export function openSpansOn(cal: BusinessCalendar, date: string): Span[] {
  let c = cache.get(cal);
  if (!c) {
    c = { holidays: new Set(cal.holidays), days: new Map() };
    cache.set(cal, c);
  }
  const hit = c.days.get(date);
  if (hit) return hit;
  const day = isoWeekday(date);
  let ranges: MinuteRange[] = c.holidays.has(date)
    ? []
    : cal.weekly.filter((w) => w.day === day).map((w) => [minuteOf(w.start), minuteOf(w.end)]);
  for (const o of cal.extraOpenings)
    if (o.date === date) ranges.push([minuteOf(o.start ?? '00:00'), minuteOf(o.end ?? '24:00')]);
  ranges = merge(ranges);
  for (const x of cal.closures)
    if (x.date === date)
      ranges = subtract(ranges, [minuteOf(x.start ?? '00:00'), minuteOf(x.end ?? '24:00')]);
  const spans = ranges.map(([a, b]): Span => [
    zonedInstant(cal.timeZone, date, a),
    zonedInstant(cal.timeZone, date, b),
  ]);
  if (c.days.size > 4000) c.days.clear();
  c.days.set(date, spans);
  return spans;
}

/** How many days in a row without open hours end the search (a calendar that never opens). */
const HORIZON_DAYS = 3 * 366;

export class CalendarNeverOpensError extends Error {
  constructor() {
    super('The calendar has no open hours within three years.');
  }
}

/** Open spans from the local day containing `from` onwards, in order (lazily, without end). */
export function* openSpansFrom(cal: BusinessCalendar, from: number): Generator<Span> {
  // One day back: an interval of the previous local date can reach past midnight after DST shifts.
  let date = addDays(localDateOf(cal.timeZone, from), -1);
  for (let closedDays = 0; closedDays <= HORIZON_DAYS; date = addDays(date, 1)) {
    const spans = openSpansOn(cal, date);
    closedDays = spans.length ? 0 : closedDays + 1;
    for (const s of spans) if (s[1] > from) yield s;
  }
  throw new CalendarNeverOpensError();
}
