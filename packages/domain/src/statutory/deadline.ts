import type { DeadlineShift, Jurisdiction, StatutoryDeadline, StatutoryRuleId } from '@kontakt/contracts';
import { addDays, isoWeekday, localDateOf, zonedInstant } from '../calendars/zoned-time.ts';
import { LEGAL_TIME_ZONES, ruleVersionOn, type PeriodLength } from './rules.ts';

/**
 * The public holiday on a local date of the jurisdiction ('YYYY-MM-DD'), by name, or null. The
 * server answers it from `date-holidays` (public only); the domain stays free of that data.
 */
export type HolidayLookup = (date: string) => string | null;

export interface StatutoryDeadlineInput {
  ruleId: StatutoryRuleId;
  jurisdiction: Jurisdiction;
  /** The start event's instant (received, lodged, last parcel, notice, awareness). */
  startAt: Date;
  holidayOn: HolidayLookup;
  /** The extended period (PL financial with a reasoned notice; GDPR with a notified extension). */
  extended?: boolean;
  /** EU withdrawal: whether the consumer was informed of the right (default true). */
  informed?: boolean;
  /** CZ: a later due date the consumer agreed to (recorded on the complaint). */
  agreedDueDate?: string | null;
}

const HOUR = 3_600_000;

/** `date` plus `months` calendar months; the last day of the month when that day does not exist. */
export function addMonthsClamped(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

function addLength(date: string, length: PeriodLength): string {
  if ('days' in length) return addDays(date, length.days);
  if ('months' in length) return addMonthsClamped(date, length.months);
  /* c8 ignore next */
  throw new Error('hour periods are not counted in days');
}

/** Why `date` is not a working day, or null when it is (Saturday, Sunday, public holiday). */
export function nonWorkingReason(date: string, holidayOn: HolidayLookup): DeadlineShift | null {
  const holiday = holidayOn(date);
  if (holiday !== null) return { date, reason: 'holiday', name: holiday };
  const wd = isoWeekday(date);
  if (wd === 6) return { date, reason: 'saturday', name: null };
  if (wd === 7) return { date, reason: 'sunday', name: null };
  return null;
}

/** The first working day from `date` on, with each day skipped. */
export function rollForward(
  date: string,
  holidayOn: HolidayLookup,
): { date: string; shifts: DeadlineShift[] } {
  const shifts: DeadlineShift[] = [];
  let d = date;
  for (let why = nonWorkingReason(d, holidayOn); why; why = nonWorkingReason(d, holidayOn)) {
    shifts.push(why);
    d = addDays(d, 1);
  }
  return { date: d, shifts };
}

/** The end of a local day: the next local midnight in the zone. */
export const endOfLocalDay = (timeZone: string, date: string): number =>
  zonedInstant(timeZone, addDays(date, 1), 0);

const describeShift = (s: DeadlineShift) =>
  `${s.date} is ${s.reason === 'holiday' ? `a public holiday (${s.name})` : `a ${s.reason}`}: moved to the next day`;

/**
 * A statutory deadline (DOMAIN.md §1): the rule version in force on the start's local date; the
 * start day not counted; the last day moved over Saturdays, Sundays and the jurisdiction's public
 * holidays where the rule says so; the deadline instant is the end of the due date in the legal
 * zone (72-hour rules: the exact instant, never moved).
 */
export function computeStatutoryDeadline(input: StatutoryDeadlineInput): StatutoryDeadline {
  const timeZone = LEGAL_TIME_ZONES[input.jurisdiction];
  const start = input.startAt.getTime();
  const startDate = localDateOf(timeZone, start);
  const rule = ruleVersionOn(input.ruleId, startDate);
  const length = input.extended && rule.extended ? rule.extended : rule.length;
  const base = { ruleId: input.ruleId, ruleVersion: rule.version, timeZone, startDate };
  if ('hours' in length) {
    const at = start + length.hours * HOUR;
    const due = localDateOf(timeZone, at);
    return {
      ...base,
      nominalDueDate: due,
      dueDate: due,
      deadlineAt: new Date(at).toISOString(),
      shifts: [],
      reasons: [
        `${length.hours} elapsed hours from ${new Date(start).toISOString()}, weekends and holidays included`,
      ],
    };
  }
  const reasons = [
    `Start ${startDate} (${timeZone}) is not counted; ${describeLength(length)} → ${addLength(startDate, length)}`,
  ];
  let nominal = addLength(startDate, length);
  if (input.ruleId === 'eu_withdrawal' && input.informed === false) {
    nominal = addMonthsClamped(nominal, 12);
    reasons.push(`Consumer not informed of the right: 12 months more → ${nominal}`);
  }
  const rolled = rule.rollForward ? rollForward(nominal, input.holidayOn) : { date: nominal, shifts: [] };
  reasons.push(...rolled.shifts.map(describeShift));
  let dueDate = rolled.date;
  if (input.agreedDueDate && input.agreedDueDate > dueDate) {
    dueDate = input.agreedDueDate;
    reasons.push(`Extended to ${dueDate} by the consumer's recorded agreement`);
  }
  return {
    ...base,
    nominalDueDate: nominal,
    dueDate,
    deadlineAt: new Date(endOfLocalDay(timeZone, dueDate)).toISOString(),
    shifts: rolled.shifts,
    reasons,
  };
}

const describeLength = (l: PeriodLength) =>
  'days' in l
    ? `${l.days} days`
    : 'months' in l
      ? `${l.months} month${l.months > 1 ? 's' : ''}`
      : `${l.hours} h`;
