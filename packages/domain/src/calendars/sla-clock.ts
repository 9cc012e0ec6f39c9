import type { Priority, TicketStatus } from '@kontakt/contracts';

/** The promises an SLA policy makes. */
export const SLA_TARGETS = ['first_response', 'next_response', 'resolution'] as const;
export type SlaTarget = (typeof SLA_TARGETS)[number];

/** One target: so many minutes, counted in the calendar's open hours or around the clock. */
export interface SlaTargetSpec {
  minutes: number;
  businessHours: boolean;
}
export type SlaTargets = Partial<Record<SlaTarget, SlaTargetSpec>>;

/** Statuses that pause every SLA clock (DOMAIN.md §2); they never pause statutory clocks. */
export const SLA_PAUSING_STATUSES: readonly TicketStatus[] = ['pending_customer', 'pending_third_party'];
const DONE: readonly TicketStatus[] = ['solved', 'closed'];

/**
 * One clock (epoch ms). `segments` are the periods it ran; the last is open (`null` end) while it
 * runs. `breachedAt` / `warnedAt` record a breach or warning once it was announced.
 */
export interface SlaClock {
  startedAt: number | null;
  segments: Array<[number, number | null]>;
  metAt: number | null;
  breachedAt: number | null;
  warnedAt: number | null;
}

/** What the clocks of one ticket remember between events (stored as JSON with the ticket). */
export interface SlaState {
  status: TicketStatus;
  priority: Priority;
  clocks: Record<SlaTarget, SlaClock>;
}

/** The ticket history the clocks listen to. Auto-acknowledgements and notes are not events. */
export type SlaEvent =
  | { kind: 'created'; at: number; status: TicketStatus; priority: Priority }
  | { kind: 'customer_message'; at: number }
  | { kind: 'agent_reply'; at: number }
  | { kind: 'status'; at: number; status: TicketStatus }
  | { kind: 'priority'; at: number; priority: Priority };

const idle = (): SlaClock => ({
  startedAt: null,
  segments: [],
  metAt: null,
  breachedAt: null,
  warnedAt: null,
});

const cloneClock = (c: SlaClock): SlaClock => ({ ...c, segments: c.segments.map(([a, b]) => [a, b]) });

function runs(target: SlaTarget, c: SlaClock, status: TicketStatus): boolean {
  if (c.startedAt === null || c.metAt !== null) return false;
  if (SLA_PAUSING_STATUSES.includes(status)) return false;
  // Response clocks wait while the ticket is solved; the resolution clock is met then.
  return target === 'resolution' || !DONE.includes(status);
}

/** Opens or closes each clock's running segment to match the status at `at`. */
function sync(s: SlaState, at: number): void {
  for (const t of SLA_TARGETS) {
    const c = s.clocks[t];
    const open = c.segments.at(-1);
    const running = open !== undefined && open[1] === null;
    if (runs(t, c, s.status) && !running) c.segments.push([at, null]);
    else if (!runs(t, c, s.status) && running) {
      if (open[0] === at) c.segments.pop();
      else open[1] = at;
    }
  }
}

function meet(c: SlaClock, at: number): void {
  if (c.startedAt !== null && c.metAt === null) c.metAt = at;
}

/** The clocks after one more event (the input is not changed). Events come in time order. */
export function applySlaEvent(prev: SlaState | null, e: SlaEvent): SlaState {
  if (e.kind === 'created') {
    const s: SlaState = {
      status: e.status,
      priority: e.priority,
      clocks: { first_response: idle(), next_response: idle(), resolution: idle() },
    };
    s.clocks.first_response.startedAt = e.at;
    s.clocks.resolution.startedAt = e.at;
    if (DONE.includes(e.status)) meet(s.clocks.resolution, e.at);
    sync(s, e.at);
    return s;
  }
  if (!prev) throw new Error('the first SLA event must be "created"');
  const s: SlaState = {
    ...prev,
    clocks: {
      first_response: cloneClock(prev.clocks.first_response),
      next_response: cloneClock(prev.clocks.next_response),
      resolution: cloneClock(prev.clocks.resolution),
    },
  };
  const { first_response: first, next_response: next, resolution } = s.clocks;
  if (
    e.kind === 'customer_message' &&
    first.metAt !== null &&
    (next.startedAt === null || next.metAt !== null)
  )
    s.clocks.next_response = { ...idle(), startedAt: e.at };
  if (e.kind === 'agent_reply') {
    meet(first, e.at);
    meet(next, e.at);
  }
  if (e.kind === 'status') {
    if (DONE.includes(e.status)) meet(resolution, e.at);
    else if (DONE.includes(s.status)) resolution.metAt = null; // reopened: resolution time resumes
    s.status = e.status;
  }
  if (e.kind === 'priority') s.priority = e.priority;
  sync(s, e.at);
  return s;
}

/** Folds a whole history (time order) into clock state. */
export const replaySla = (events: readonly SlaEvent[]): SlaState | null =>
  events.reduce<SlaState | null>((s, e) => applySlaEvent(s, e), null);

/** Records that the warning or breach of a target was announced (once per clock cycle). */
export function markSlaFired(
  s: SlaState,
  target: SlaTarget,
  kind: 'warning' | 'breach',
  at: number,
): SlaState {
  const c = cloneClock(s.clocks[target]);
  if (kind === 'warning') c.warnedAt ??= at;
  else c.breachedAt ??= at;
  return { ...s, clocks: { ...s.clocks, [target]: c } };
}
