/**
 * Erlang A (M/M/N+M): Erlang C with exponentially distributed patience (mean `patienceSeconds`).
 * The birth–death chain (births λ; deaths nμ up to N, then Nμ + (n−N)θ) is solved in log space so
 * large loads neither overflow nor underflow. P(abandon) = θ·E[queue]/λ. A contact that finds j
 * others waiting is answered with probability a/(a+(j+1)θ) (a = Nμ) and, if so, after a sum of
 * exponential phases whose distribution function is the regularized incomplete beta
 * I_x(j+1, a/θ+1) with x = 1 − e^(−θT); both follow by telescoping and are exact.
 * As patience grows (θ → 0) every figure converges to Erlang C.
 */
import { clamp01, offeredLoad, smallestAgents, type StaffingOutcome, type Traffic } from './erlang-c.ts';

/** Queue lengths beyond this are not represented (only reached with near-infinite patience under overload). */
const MAX_QUEUE_STATES = 2_000_000;
/** States whose probability is below e^−46 (≈1e−20) of the largest one are dropped from the tail. */
const TAIL_CUTOFF = 46;

export interface ErlangAOutcome extends StaffingOutcome {
  /** Share of offered contacts that give up waiting. */
  probabilityOfAbandon: number;
  /** Mean number waiting. */
  averageQueueLength: number;
}

interface Chain {
  /** Normalized stationary probabilities p_0 … p_{N+K}. */
  p: Float64Array;
}

function solveChain(agents: number, lambda: number, mu: number, theta: number): Chain {
  const logs: number[] = [0];
  let max = 0;
  for (let n = 1; n <= agents; n++) {
    const v = logs[n - 1]! + Math.log(lambda / (n * mu));
    logs.push(v);
    if (v > max) max = v;
  }
  for (let k = 1; k <= MAX_QUEUE_STATES; k++) {
    const rate = agents * mu + k * theta;
    const v = logs[logs.length - 1]! + Math.log(lambda / rate);
    logs.push(v);
    if (v > max) max = v;
    if (rate > lambda && v < max - TAIL_CUTOFF) break;
  }
  const p = new Float64Array(logs.length);
  let sum = 0;
  for (let i = 0; i < logs.length; i++) {
    p[i] = Math.exp(logs[i]! - max);
    sum += p[i]!;
  }
  for (let i = 0; i < p.length; i++) p[i] = p[i]! / sum;
  return { p };
}

/** Erlang A figures for `agents` agents; `thresholdSeconds` is the service-level threshold. */
export function erlangAOutcome(
  t: Traffic,
  agents: number,
  thresholdSeconds: number,
  patienceSeconds: number,
): ErlangAOutcome {
  const load = offeredLoad(t);
  const lambda = t.contacts / t.intervalSeconds;
  if (load <= 0 || lambda <= 0) {
    return {
      agents,
      load: 0,
      occupancy: 0,
      probabilityOfWaiting: 0,
      serviceLevel: 1,
      asaSeconds: 0,
      stable: true,
      probabilityOfAbandon: 0,
      averageQueueLength: 0,
    };
  }
  const mu = 1 / t.ahtSeconds;
  const theta = 1 / patienceSeconds;
  const { p } = solveChain(agents, lambda, mu, theta);
  const a = agents * mu;

  let busy = 0; // E[min(n, N)]: agents talking
  let waitProb = 0;
  let queue = 0;
  for (let n = 0; n < p.length; n++) {
    busy += Math.min(n, agents) * p[n]!;
    if (n >= agents) {
      waitProb += p[n]!;
      queue += (n - agents) * p[n]!;
    }
  }
  let answered = 1 - waitProb; // those who find a free agent
  let answeredInTime = answered;
  let answeredWaitSum = 0;
  if (agents === 0) {
    answered = 0;
    answeredInTime = 0;
  } else {
    // I_x(m, b) by I_x(1, b) = 1 − (1−x)^b and I_x(m+1, b) = I_x(m, b) − x^m (1−x)^b Γ(m+b)/(Γ(m+1)Γ(b)).
    const b = a / theta + 1;
    const logOneMinusX = -theta * thresholdSeconds;
    const x = -Math.expm1(logOneMinusX);
    let incBeta = -Math.expm1(b * logOneMinusX);
    let logTerm = x > 0 ? Math.log(x) + b * logOneMinusX + Math.log(b) : -Infinity;
    let phaseSum = 0;
    for (let j = 0; agents + j < p.length; j++) {
      const pj = p[agents + j]!;
      const served = a / (a + (j + 1) * theta);
      phaseSum += 1 / (a + (j + 1) * theta);
      answered += pj * served;
      answeredInTime += pj * served * clamp01(incBeta);
      answeredWaitSum += pj * served * phaseSum;
      const m = j + 1;
      incBeta -= Math.exp(logTerm);
      logTerm += Math.log((x * (m + b)) / (m + 1));
    }
  }
  return {
    agents,
    load,
    occupancy: agents > 0 ? clamp01(busy / agents) : 1,
    probabilityOfWaiting: clamp01(waitProb),
    serviceLevel: clamp01(answeredInTime),
    asaSeconds: answered > 0 ? answeredWaitSum / answered : null,
    stable: true,
    probabilityOfAbandon: clamp01((theta * queue) / lambda),
    averageQueueLength: queue,
  };
}

/** Erlang A agents required for the target; null when none up to the search bound reaches it. */
export function erlangARequiredAgents(
  t: Traffic,
  target: number,
  thresholdSeconds: number,
  patienceSeconds: number,
): number | null {
  const load = offeredLoad(t);
  if (load <= 0) return 0;
  const sl = (n: number) => erlangAOutcome(t, n, thresholdSeconds, patienceSeconds).serviceLevel;
  // Service level grows with N: double to an upper bound, then bisect.
  let hi = Math.max(1, Math.ceil(load));
  while (sl(hi) < target - 1e-12) {
    if (hi >= 100_000) return smallestAgents(target, sl, hi);
    hi *= 2;
  }
  let lo = 0;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (sl(mid) >= target - 1e-12) hi = mid;
    else lo = mid;
  }
  return hi;
}
