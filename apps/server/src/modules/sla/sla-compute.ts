import type { TicketSlaTarget } from '@kontakt/contracts';
import {
  DEFAULT_WARNING_SHARE,
  SLA_TARGETS,
  evaluateSla,
  type BusinessCalendar,
  type SlaState,
  type SlaTarget,
  type SlaTargets,
} from '@kontakt/domain';

/** What a ticket stores about its SLA (tickets.sla). */
export interface StoredSla {
  /** The policy whose targets apply; null when none matches (the clocks still run). */
  policyId: string | null;
  calendarId: string | null;
  warningShare: number;
  state: SlaState;
  targets: TicketSlaTarget[];
  /** created_at (ms) of the last message the clocks heard, and the ids heard at that instant. */
  seenAt: number;
  seenIds: string[];
}

/** A warning or breach still to announce. */
export interface SlaTimer {
  target: SlaTarget;
  kind: 'warning' | 'breach';
  at: number;
}

export interface SlaColumns {
  firstResponseDueAt: Date | null;
  nextResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  slaNextFireAt: Date | null;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The targets as the ticket presents them, from the clock state at `now`. */
export function presentTargets(
  state: SlaState,
  targets: SlaTargets,
  cal: BusinessCalendar,
  now: number,
  share = DEFAULT_WARNING_SHARE,
): TicketSlaTarget[] {
  const r = evaluateSla(state, targets, cal, now, share);
  return SLA_TARGETS.flatMap((t) => {
    const x = r[t];
    if (!x) return [];
    return [
      {
        target: t,
        minutes: x.minutes,
        businessHours: x.businessHours,
        dueAt: iso(x.dueAt),
        warnAt: iso(x.warnAt),
        metAt: iso(x.metAt),
        breachedAt: iso(x.breachedAt),
        warnedAt: iso(x.warnedAt),
        paused: x.paused,
        remainingMinutes: Math.round(x.remainingMinutes * 100) / 100,
      },
    ];
  });
}

/** The targets a stored SLA was computed with (to recompute without the policy). */
export const storedTargets = (targets: readonly TicketSlaTarget[]): SlaTargets =>
  Object.fromEntries(targets.map((t) => [t.target, { minutes: t.minutes, businessHours: t.businessHours }]));

/** Warnings and breaches still to announce: of running targets, not yet announced. */
export function pendingTimers(sla: StoredSla): SlaTimer[] {
  return sla.targets.flatMap((t): SlaTimer[] => {
    if (t.metAt || t.paused) return [];
    const clock = sla.state.clocks[t.target];
    const out: SlaTimer[] = [];
    if (t.warnAt && clock.warnedAt === null && clock.breachedAt === null)
      out.push({ target: t.target, kind: 'warning', at: Date.parse(t.warnAt) });
    if (t.dueAt && clock.breachedAt === null)
      out.push({ target: t.target, kind: 'breach', at: Date.parse(t.dueAt) });
    return out;
  });
}

const runningDue = (sla: StoredSla | null, target: SlaTarget) => {
  const t = sla?.targets.find((x) => x.target === target);
  return t && !t.metAt && !t.paused && t.dueAt ? new Date(t.dueAt) : null;
};

/** The ticket columns that mirror a stored SLA (due instants of running targets, next timer). */
export function slaColumns(sla: StoredSla | null): SlaColumns {
  const timers = sla ? pendingTimers(sla) : [];
  return {
    firstResponseDueAt: runningDue(sla, 'first_response'),
    nextResponseDueAt: runningDue(sla, 'next_response'),
    resolutionDueAt: runningDue(sla, 'resolution'),
    slaNextFireAt: timers.length ? new Date(Math.min(...timers.map((t) => t.at))) : null,
  };
}
