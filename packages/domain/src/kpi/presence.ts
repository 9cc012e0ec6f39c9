/** A presence state held from `from` to `to` (epoch ms). `reasonCode` as logged. */
export interface PresenceSpan {
  from: number;
  to: number;
  state: 'online' | 'away' | 'busy' | 'offline';
  reasonCode: string | null;
}

/** The presence reason code that marks after-contact work. */
export const AFTER_CONTACT_WORK = 'after_contact_work';

type Interval = readonly [number, number];

/** Merges overlapping intervals (sorted, disjoint result). */
export function unionIntervals(xs: readonly Interval[]): Array<[number, number]> {
  const sorted = xs.filter(([a, b]) => b > a).sort((p, q) => p[0] - q[0]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

const overlap = (xs: readonly Interval[], a: number, b: number) =>
  xs.reduce((s, [x, y]) => s + Math.max(0, Math.min(y, b) - Math.max(x, a)), 0);

/** Turns a presence log (ordered changes) into spans, the last one running until `end`. */
export function presenceSpans(
  changes: ReadonlyArray<{ at: number; state: PresenceSpan['state']; reasonCode: string | null }>,
  end: number,
): PresenceSpan[] {
  const sorted = [...changes].sort((a, b) => a.at - b.at);
  return sorted
    .map((c, i) => ({
      from: c.at,
      to: Math.min(sorted[i + 1]?.at ?? end, end),
      state: c.state,
      reasonCode: c.reasonCode,
    }))
    .filter((s) => s.to > s.from);
}

/**
 * Occupancy and utilization of one agent (DOMAIN.md §3). Handle = chat talk time (union of the
 * agent's active chats) plus after-contact work (presence reason `after_contact_work`), counted
 * while logged in; available = online and not handling; utilization basis = logged-in time
 * (any state but offline). Seconds.
 */
export function presenceBreakdown(spans: readonly PresenceSpan[], talk: readonly Interval[]) {
  const loggedIn = unionIntervals(spans.filter((s) => s.state !== 'offline').map((s) => [s.from, s.to]));
  const acw = spans.filter((s) => s.state !== 'offline' && s.reasonCode === AFTER_CONTACT_WORK);
  const talkIn = unionIntervals(talk).flatMap(([a, b]) =>
    loggedIn.map(([x, y]) => [Math.max(a, x), Math.min(b, y)] as [number, number]),
  );
  const handle = unionIntervals([...talkIn, ...acw.map((s) => [s.from, s.to] as [number, number])]);
  const online = spans.filter((s) => s.state === 'online');
  const handleMs = handle.reduce((s, [a, b]) => s + (b - a), 0);
  const onlineMs = online.reduce((s, x) => s + (x.to - x.from), 0);
  const onlineHandling = online.reduce((s, x) => s + overlap(handle, x.from, x.to), 0);
  const loggedInMs = loggedIn.reduce((s, [a, b]) => s + (b - a), 0);
  return {
    handleSeconds: handleMs / 1000,
    availableSeconds: (onlineMs - onlineHandling) / 1000,
    loggedInSeconds: loggedInMs / 1000,
  };
}

/** Occupancy handle ÷ (handle + available) and utilization (handle + available) ÷ logged-in. */
export function occupancyUtilization(t: {
  handleSeconds: number;
  availableSeconds: number;
  loggedInSeconds: number;
}) {
  const working = t.handleSeconds + t.availableSeconds;
  return {
    occupancy: working > 0 ? t.handleSeconds / working : null,
    utilization: t.loggedInSeconds > 0 ? Math.min(1, working / t.loggedInSeconds) : null,
    utilizationBasis: 'logged_in' as const,
  };
}
