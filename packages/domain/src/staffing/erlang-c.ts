/**
 * Erlang C staffing (DOMAIN.md §4): load A = λ·AHT, Erlang B by recursion, then C(N, A).
 * Every function is total: N ≤ A is an unstable queue (everyone waits, service level 0),
 * reported as such rather than thrown.
 */

/** One interval's traffic: contacts offered in `intervalSeconds`, handled in `ahtSeconds` each. */
export interface Traffic {
  contacts: number;
  intervalSeconds: number;
  ahtSeconds: number;
}

/** Offered load in Erlangs. */
export const offeredLoad = (t: Traffic): number =>
  t.intervalSeconds > 0 ? (t.contacts * t.ahtSeconds) / t.intervalSeconds : 0;

/** Erlang B (blocking probability) by the stable recursion B₀ = 1, B_k = A·B_{k−1} / (k + A·B_{k−1}). */
export function erlangB(agents: number, load: number): number {
  let b = 1;
  for (let k = 1; k <= agents; k++) b = (load * b) / (k + load * b);
  return b;
}

/** Erlang C: the probability that a contact waits; 1 when N ≤ A (unstable), 0 without load. */
export function erlangC(agents: number, load: number): number {
  if (load <= 0) return 0;
  if (agents <= load) return 1;
  const b = erlangB(agents, load);
  return (agents * b) / (agents - load * (1 - b));
}

/** Share answered within `thresholdSeconds`: 1 − C·e^(−(N−A)·T/AHT); 0 when unstable. */
export function erlangCServiceLevel(
  agents: number,
  load: number,
  ahtSeconds: number,
  thresholdSeconds: number,
): number {
  if (load <= 0) return 1;
  if (agents <= load) return 0;
  const c = erlangC(agents, load);
  return clamp01(1 - c * Math.exp((-(agents - load) * thresholdSeconds) / ahtSeconds));
}

/** Average speed of answer C·AHT / (N − A); null when unstable (the queue grows without end). */
export function erlangCAsa(agents: number, load: number, ahtSeconds: number): number | null {
  if (load <= 0) return 0;
  if (agents <= load) return null;
  return (erlangC(agents, load) * ahtSeconds) / (agents - load);
}

export const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/** What an interval looks like with a given number of agents. */
export interface StaffingOutcome {
  agents: number;
  /** Erlangs. */
  load: number;
  /** A / N, capped at 1 (an unstable queue keeps everyone busy). */
  occupancy: number;
  probabilityOfWaiting: number;
  serviceLevel: number;
  /** Seconds; null when the queue is unstable. */
  asaSeconds: number | null;
  stable: boolean;
}

export function erlangCOutcome(t: Traffic, agents: number, thresholdSeconds: number): StaffingOutcome {
  const load = offeredLoad(t);
  return {
    agents,
    load,
    occupancy: agents > 0 ? Math.min(1, load / agents) : load > 0 ? 1 : 0,
    probabilityOfWaiting: erlangC(agents, load),
    serviceLevel: erlangCServiceLevel(agents, load, t.ahtSeconds, thresholdSeconds),
    asaSeconds: erlangCAsa(agents, load, t.ahtSeconds),
    stable: load <= 0 || agents > load,
  };
}

/** Upper bound for any search over agent counts (far above any real interval's need). */
export const MAX_AGENTS = 100_000;

/**
 * The smallest N > A whose service level reaches the target; null when none up to MAX_AGENTS does.
 * `serviceLevelOf` lets Erlang A reuse the search (where N ≤ A can already be enough).
 */
export function smallestAgents(
  target: number,
  serviceLevelOf: (agents: number) => number,
  from: number,
): number | null {
  for (let n = Math.max(1, from); n <= MAX_AGENTS; n++) if (serviceLevelOf(n) >= target - 1e-12) return n;
  return null;
}

/** Erlang C agents required for `target` (0–1) answered within `thresholdSeconds`. */
export function erlangCRequiredAgents(t: Traffic, target: number, thresholdSeconds: number): number | null {
  const load = offeredLoad(t);
  if (load <= 0) return 0;
  return smallestAgents(
    target,
    (n) => erlangCServiceLevel(n, load, t.ahtSeconds, thresholdSeconds),
    Math.floor(load) + 1,
  );
}

/** Scheduled staff = required ÷ (1 − shrinkage), rounded up (tolerating floating-point dust). */
export function scheduledStaff(required: number, shrinkage: number): number {
  if (required <= 0) return 0;
  const raw = required / (1 - shrinkage);
  const rounded = Math.round(raw);
  return Math.abs(raw - rounded) < 1e-9 ? rounded : Math.ceil(raw);
}
