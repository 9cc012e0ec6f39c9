import type { ComplaintClockState, ComplaintRegime } from '@kontakt/contracts';
import { addDays, localDateOf, zonedInstant } from '../calendars/zoned-time.ts';
import { endOfLocalDay } from '../statutory/deadline.ts';

/** What the clock of a complaint depends on (instants in epoch ms). */
export interface ComplaintClockFacts {
  regime: ComplaintRegime;
  timeZone: string;
  dueDate: string;
  deadlineAt: number;
  answerSentAt: number | null;
  answerDeliveredAt: number | null;
  /** The decision, when made: rejected, or accepted with the local date the remedy was carried out. */
  decision: { outcome: 'accepted' | 'rejected'; carriedOutOn: string | null } | null;
}

/**
 * The instant the clock stopped, or null while it runs:
 * - PL consumer: the answer reaching the consumer — delivery when recorded, else sending
 *   (an e-mail sent is on a durable medium; *interpretation*, DOMAIN.md §1);
 * - PL financial: the answer sent;
 * - CZ: settled (rejected, or the remedy carried out) and the consumer informed — the later of the two.
 */
export function clockStoppedAt(f: ComplaintClockFacts): number | null {
  if (f.regime === 'pl_consumer') return f.answerDeliveredAt ?? f.answerSentAt;
  if (f.regime === 'pl_financial') return f.answerSentAt ?? f.answerDeliveredAt;
  const informed = f.answerSentAt ?? f.answerDeliveredAt;
  if (informed === null || !f.decision) return null;
  if (f.decision.outcome === 'rejected') return informed;
  if (!f.decision.carriedOutOn) return null;
  // The remedy's date counts by the day: carried out after the due date is late whenever informed.
  const late = f.decision.carriedOutOn > f.dueDate;
  return late ? Math.max(informed, endOfLocalDay(f.timeZone, f.decision.carriedOutOn)) : informed;
}

/** The state when the deadline passed unanswered: PL deemed accepted; CZ the consumer's options. */
const missed = (regime: ComplaintRegime): ComplaintClockState =>
  regime === 'cz_consumer' ? 'overdue_consumer_options' : 'deemed_accepted';

/** The D−n alert instants: the start of the local day n days before the due date. */
export function alertAt(f: Pick<ComplaintClockFacts, 'timeZone' | 'dueDate'>, daysBefore: number): number {
  return zonedInstant(f.timeZone, addDays(f.dueDate, -daysBefore), 0);
}

/**
 * Where the statutory clock stands at `now`. It never pauses (pending statuses do not count);
 * an answer after the deadline does not undo a missed deadline.
 */
export function complaintClockState(f: ComplaintClockFacts, now: number): ComplaintClockState {
  const stopped = clockStoppedAt(f);
  if (stopped !== null && stopped <= now)
    return stopped <= f.deadlineAt ? 'answered_in_time' : missed(f.regime);
  if (now >= f.deadlineAt) return missed(f.regime);
  if (now >= alertAt(f, 3)) return 'due_soon';
  return 'running';
}

/** Whole local days from today (in the legal zone) to the due date; negative when past. */
export function daysLeft(f: Pick<ComplaintClockFacts, 'timeZone' | 'dueDate'>, now: number): number {
  const today = localDateOf(f.timeZone, now);
  return Math.round((Date.parse(`${f.dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** Markers of what has been announced (the sweep records each once). */
export interface ComplaintAlertMarkers {
  alertD3At: number | null;
  alertD1At: number | null;
  missedAt: number | null;
}

export type ComplaintAlert = 'd3' | 'd1' | 'missed';

/**
 * The alerts due at `now` and not yet announced, and the next instant anything can change
 * (null when the clock stopped and everything is announced). Alerts skipped over by a late sweep
 * are folded: past the deadline only `missed` is announced.
 */
export function dueComplaintAlerts(
  f: ComplaintClockFacts,
  m: ComplaintAlertMarkers,
  now: number,
): { due: ComplaintAlert[]; nextCheckAt: number | null } {
  const state = complaintClockState(f, now);
  if (state === 'answered_in_time') return { due: [], nextCheckAt: null };
  const isMissed = state === 'deemed_accepted' || state === 'overdue_consumer_options';
  if (isMissed) return { due: m.missedAt === null ? ['missed'] : [], nextCheckAt: null };
  const d3 = alertAt(f, 3);
  const d1 = alertAt(f, 1);
  const due: ComplaintAlert[] = [];
  if (now >= d1) {
    if (m.alertD1At === null) due.push('d1');
  } else if (now >= d3 && m.alertD3At === null) due.push('d3');
  const nextCheckAt = [d3, d1, f.deadlineAt].find((t) => t > now) ?? f.deadlineAt;
  return { due, nextCheckAt };
}
