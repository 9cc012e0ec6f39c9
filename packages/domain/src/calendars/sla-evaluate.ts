import { addBusinessMs, businessMsBetween } from './business-time.ts';
import type { BusinessCalendar } from './calendar.ts';
import {
  SLA_TARGETS,
  type SlaClock,
  type SlaState,
  type SlaTarget,
  type SlaTargetSpec,
  type SlaTargets,
} from './sla-clock.ts';

/** Default share of a target after which it warns (DOMAIN.md §2). */
export const DEFAULT_WARNING_SHARE = 0.8;

/** Where one target stands. Instants are epoch ms. */
export interface SlaTargetResult {
  businessHours: boolean;
  minutes: number;
  startedAt: number;
  /** When the target is (or was) due; null while paused before reaching it. */
  dueAt: number | null;
  warnAt: number | null;
  metAt: number | null;
  /** The due instant, once it passed unmet or the target was met late. */
  breachedAt: number | null;
  warnedAt: number | null;
  paused: boolean;
  /** Minutes of the target left at `now` (negative when overdue). */
  remainingMinutes: number;
  state: 'running' | 'warning' | 'paused' | 'met' | 'breached';
}

export type SlaResult = Partial<Record<SlaTarget, SlaTargetResult>>;

interface Measure {
  between(a: number, b: number): number;
  add(from: number, ms: number): number;
}

const measureFor = (spec: SlaTargetSpec, cal: BusinessCalendar): Measure =>
  spec.businessHours
    ? { between: (a, b) => businessMsBetween(cal, a, b), add: (f, ms) => addBusinessMs(cal, f, ms) }
    : { between: (a, b) => b - a, add: (f, ms) => f + ms };

/** The instant the clock's running time reaches `ms`; null if it stopped (or paused) before. */
function reachedAt(c: SlaClock, ms: number, m: Measure): number | null {
  let left = ms;
  for (const [from, to] of c.segments) {
    if (to === null) return m.add(from, left);
    const d = m.between(from, to);
    if (left <= d) return m.add(from, left);
    left -= d;
  }
  return null;
}

function elapsed(c: SlaClock, now: number, m: Measure): number {
  return c.segments.reduce((sum, [from, to]) => sum + m.between(from, Math.max(from, to ?? now)), 0);
}

function evaluateOne(c: SlaClock, spec: SlaTargetSpec, share: number, cal: BusinessCalendar, now: number) {
  const m = measureFor(spec, cal);
  const targetMs = spec.minutes * 60_000;
  const dueAt = reachedAt(c, targetMs, m);
  const warnAt = reachedAt(c, targetMs * share, m);
  const late = dueAt !== null && (c.metAt !== null ? dueAt < c.metAt : dueAt <= now);
  const breachedAt = c.breachedAt ?? (late ? dueAt : null);
  const paused = c.metAt === null && c.segments.at(-1)?.[1] !== null;
  const state: SlaTargetResult['state'] =
    c.metAt !== null
      ? 'met'
      : breachedAt !== null
        ? 'breached'
        : paused
          ? 'paused'
          : warnAt !== null && warnAt <= now
            ? 'warning'
            : 'running';
  return {
    businessHours: spec.businessHours,
    minutes: spec.minutes,
    startedAt: c.startedAt!,
    dueAt,
    warnAt,
    metAt: c.metAt,
    breachedAt,
    warnedAt: c.warnedAt,
    paused,
    remainingMinutes: (targetMs - elapsed(c, now, m)) / 60_000,
    state,
  };
}

/**
 * Where each target of a ticket stands at `now`: due and warning instants computed from the
 * clock's running periods, so a priority change (other targets) keeps the elapsed time and
 * counts from the original start. Targets the policy lacks, or clocks not started, are absent.
 */
export function evaluateSla(
  state: SlaState,
  targets: SlaTargets,
  calendar: BusinessCalendar,
  now: number,
  warningShare = DEFAULT_WARNING_SHARE,
): SlaResult {
  const out: SlaResult = {};
  for (const t of SLA_TARGETS) {
    const spec = targets[t];
    const c = state.clocks[t];
    if (spec && c.startedAt !== null) out[t] = evaluateOne(c, spec, warningShare, calendar, now);
  }
  return out;
}
