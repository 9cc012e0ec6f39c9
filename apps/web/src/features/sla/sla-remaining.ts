import type { Calendar, TicketSlaTarget } from '@kontakt/contracts';
import { businessMinutesBetween, type BusinessCalendar } from '@kontakt/domain';

/** What a badge shows: colour follows `state`; `minutes` is the target time left (negative: overdue). */
export interface SlaBadgeState {
  state: 'normal' | 'warning' | 'breached' | 'paused' | 'met';
  minutes: number;
}

/** The pure calendar of the domain package, from the API's calendar. */
export const toBusinessCalendar = (c: Calendar): BusinessCalendar => ({
  timeZone: c.timeZone,
  weekly: c.weekly,
  holidays: c.holidays.map((h) => h.date),
  closures: c.closures,
  extraOpenings: c.extraOpenings,
});

/**
 * Where a target stands at `now`, counted as the server counts it: business-hours targets in the
 * queue calendar's open time (around the clock when the queue has none), others in elapsed time.
 */
export function slaBadgeState(
  target: TicketSlaTarget,
  calendar: BusinessCalendar | null,
  now: number,
): SlaBadgeState {
  if (target.metAt) return { state: 'met', minutes: 0 };
  if (target.paused || !target.dueAt) return { state: 'paused', minutes: target.remainingMinutes };
  const due = Date.parse(target.dueAt);
  const minutes =
    target.businessHours && calendar
      ? businessMinutesBetween(calendar, new Date(now), new Date(due))
      : (due - now) / 60_000;
  const state =
    target.breachedAt !== null || now >= due
      ? 'breached'
      : target.warnAt !== null && now >= Date.parse(target.warnAt)
        ? 'warning'
        : 'normal';
  return { state, minutes };
}

/** Whole minutes as days, hours and minutes ("1 d 2 h", "3 h 5 min", "12 min"). */
export function splitMinutes(total: number): { d: number; h: number; m: number } {
  const abs = Math.max(0, Math.round(Math.abs(total)));
  return { d: Math.floor(abs / 1440), h: Math.floor((abs % 1440) / 60), m: abs % 60 };
}
