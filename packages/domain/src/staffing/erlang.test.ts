import { describe, expect, it } from 'vitest';
import {
  erlangB,
  erlangC,
  erlangCAsa,
  erlangCOutcome,
  erlangCRequiredAgents,
  erlangCServiceLevel,
  offeredLoad,
  scheduledStaff,
} from './erlang-c.ts';
import { erlangAOutcome, erlangARequiredAgents } from './erlang-a.ts';

/** Erlang C from its textbook closed form (factorials), as an independent check for small N. */
function erlangCClosedForm(n: number, a: number): number {
  let sum = 0;
  let term = 1;
  for (let k = 0; k < n; k++) {
    if (k > 0) term *= a / k;
    sum += term;
  }
  const last = (term * a) / n; // A^N / N!
  const top = last * (n / (n - a));
  return top / (sum + top);
}

describe('Erlang C (DOMAIN.md §4)', () => {
  it('matches the check: A = 1, N = 2 → C = 1/3, ASA 20 s and SL(10 s) = 0.717839 with AHT 60 s', () => {
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
    expect(erlangCAsa(2, 1, 60)).toBeCloseTo(20, 9);
    expect(erlangCServiceLevel(2, 1, 60, 10)).toBeCloseTo(0.717839, 6);
  });

  it.each([
    { n: 1, a: 0.5 },
    { n: 3, a: 2 },
    { n: 11, a: 10 },
    { n: 13, a: 10 },
    { n: 25, a: 20.5 },
    { n: 60, a: 55 },
  ])('agrees with the closed form for N = $n, A = $a', ({ n, a }) => {
    expect(erlangC(n, a)).toBeCloseTo(erlangCClosedForm(n, a), 10);
  });

  it.each([
    { n: 0, a: 1 },
    { n: 2, a: 2 },
    { n: 5, a: 7.5 },
  ])('treats N ≤ A as unstable without throwing (N = $n, A = $a)', ({ n, a }) => {
    expect(erlangC(n, a)).toBe(1);
    expect(erlangCServiceLevel(n, a, 60, 20)).toBe(0);
    expect(erlangCAsa(n, a, 60)).toBeNull();
    expect(erlangCOutcome({ contacts: a * 30, intervalSeconds: 1800, ahtSeconds: 60 }, n, 20)).toMatchObject({
      stable: false,
      probabilityOfWaiting: 1,
      serviceLevel: 0,
      asaSeconds: null,
      occupancy: 1,
    });
  });

  it('stays finite for very large loads (Erlang B recursion, no factorials)', () => {
    const c = erlangC(5200, 5000);
    expect(Number.isFinite(c)).toBe(true);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
    expect(erlangB(5200, 5000)).toBeGreaterThan(0);
  });

  it('has no waiting without load', () => {
    expect(erlangC(3, 0)).toBe(0);
    expect(erlangCServiceLevel(0, 0, 60, 20)).toBe(1);
  });

  it.each([
    // 100 contacts in 30 min at 180 s: A = 10; 13 agents answer 79.6 % in 20 s, so 80 % needs 14.
    { contacts: 100, interval: 1800, aht: 180, target: 0.8, t: 20, required: 14 },
    { contacts: 100, interval: 1800, aht: 180, target: 0.79, t: 20, required: 13 },
    // The DOMAIN check traffic: A = 1, SL(10) with 2 agents is 0.718 < 0.8, so 3.
    { contacts: 30, interval: 1800, aht: 60, target: 0.8, t: 10, required: 3 },
    { contacts: 30, interval: 1800, aht: 60, target: 0.7, t: 10, required: 2 },
    { contacts: 0, interval: 1800, aht: 60, target: 0.8, t: 20, required: 0 },
  ])('needs $required agents for $contacts contacts, AHT $aht s, $target in $t s', (row) => {
    const traffic = { contacts: row.contacts, intervalSeconds: row.interval, ahtSeconds: row.aht };
    const required = erlangCRequiredAgents(traffic, row.target, row.t);
    expect(required).toBe(row.required);
    if (required && required > 1) {
      const load = offeredLoad(traffic);
      expect(erlangCServiceLevel(required, load, row.aht, row.t)).toBeGreaterThanOrEqual(row.target);
      expect(erlangCServiceLevel(required - 1, load, row.aht, row.t)).toBeLessThan(row.target);
    }
  });

  it.each([
    { required: 14, shrinkage: 0.3, scheduled: 20 }, // 14 / 0.7 = 20 exactly (floating point gives 20.000000000000004)
    { required: 13, shrinkage: 0.3, scheduled: 19 },
    { required: 7, shrinkage: 0, scheduled: 7 },
    { required: 0, shrinkage: 0.5, scheduled: 0 },
    { required: 3, shrinkage: 0.25, scheduled: 4 },
  ])(
    'schedules $required ÷ (1 − $shrinkage) rounded up = $scheduled',
    ({ required, shrinkage, scheduled }) => {
      expect(scheduledStaff(required, shrinkage)).toBe(scheduled);
    },
  );
});

describe('Erlang A', () => {
  const traffic = { contacts: 100, intervalSeconds: 1800, ahtSeconds: 180 }; // A = 10

  it.each([11, 12, 13, 15])('converges to Erlang C as patience grows (N = %i)', (n) => {
    const c = erlangCOutcome(traffic, n, 20);
    const a = erlangAOutcome(traffic, n, 20, 1e9);
    expect(a.probabilityOfWaiting).toBeCloseTo(c.probabilityOfWaiting, 5);
    expect(a.serviceLevel).toBeCloseTo(c.serviceLevel, 5);
    expect(a.asaSeconds!).toBeCloseTo(c.asaSeconds!, 2);
    expect(a.probabilityOfAbandon).toBeLessThan(1e-5);
  });

  it('abandonment from the queue length equals abandonment seen by waiting contacts', () => {
    const a = erlangAOutcome(traffic, 10, 20, 120);
    expect(a.stable).toBe(true);
    expect(a.probabilityOfAbandon).toBeGreaterThan(0.01);
    // θ·E[Q]/λ against the share who are not answered, each from a different formula.
    const lambda = traffic.contacts / traffic.intervalSeconds;
    expect(a.probabilityOfAbandon).toBeCloseTo(((1 / 120) * a.averageQueueLength) / lambda, 12);
    expect(a.serviceLevel).toBeLessThanOrEqual(1 - a.probabilityOfAbandon + 1e-9);
  });

  it('stays stable and finite when agents are fewer than the load', () => {
    const a = erlangAOutcome(traffic, 8, 20, 60);
    expect(a.stable).toBe(true);
    expect(a.probabilityOfWaiting).toBeGreaterThan(0.5);
    expect(a.probabilityOfAbandon).toBeGreaterThan(0.1);
    expect(a.probabilityOfAbandon).toBeLessThan(1);
    expect(a.occupancy).toBeLessThanOrEqual(1);
    expect(Number.isFinite(a.asaSeconds!)).toBe(true);
  });

  it('impatient contacts make short waits: M/M/1+M with patience equal to AHT', () => {
    // Single agent, λ = μ = θ: p_n ∝ 1/n!·… — the chain is then Poisson(1) shifted; check by hand.
    const single = { contacts: 60, intervalSeconds: 3600, ahtSeconds: 60 };
    const a = erlangAOutcome(single, 1, 0, 60);
    // Birth rate 1/60, death rate n/60 for n ≥ 1: p_n = e^−1 / n!, so P(wait) = 1 − e^−1.
    expect(a.probabilityOfWaiting).toBeCloseTo(1 - Math.exp(-1), 10);
    // E[queue] = E[n] − P(n ≥ 1) = 1 − (1 − e^−1) = e^−1; P(abandon) = θ·E[Q]/λ = e^−1.
    expect(a.probabilityOfAbandon).toBeCloseTo(Math.exp(-1), 10);
    expect(a.serviceLevel).toBeCloseTo(Math.exp(-1), 10);
  });

  it('needs no more agents than Erlang C for the same target, and at least one', () => {
    const c = erlangCRequiredAgents(traffic, 0.8, 20)!;
    const a = erlangARequiredAgents(traffic, 0.8, 20, 180)!;
    expect(a).toBeGreaterThanOrEqual(1);
    expect(a).toBeLessThanOrEqual(c);
    expect(erlangAOutcome(traffic, a, 20, 180).serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(erlangAOutcome(traffic, a - 1, 20, 180).serviceLevel).toBeLessThan(0.8);
  });
});
