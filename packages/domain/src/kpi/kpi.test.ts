import { describe, expect, it } from 'vitest';
import { ALWAYS, PL } from '../calendars/test-calendars.ts';
import {
  abandonmentRate,
  averageHandleTime,
  averageSpeedOfAnswer,
  backlogAt,
  backlogBucket,
  ces,
  csat,
  durationsBetween,
  firstContactResolution,
  firstResponseAt,
  hasRepeatContact,
  median,
  medianOfHistogram,
  nextResponsePairs,
  nps,
  occupancyUtilization,
  presenceBreakdown,
  presenceSpans,
  ratio,
  reopenRate,
  serviceLevel,
  slaCompliance,
  slaOutcome,
  solveHistory,
  summarize,
  type KpiMessage,
  type OfferedContact,
} from './index.ts';

const T = Date.parse('2026-03-02T08:00:00Z'); // Monday 09:00 in Warsaw
const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

describe('mean and median; empty sets are n/a', () => {
  it.each([
    { values: [], count: 0, mean: null, median: null },
    { values: [10], count: 1, mean: 10, median: 10 },
    { values: [30, 10, 20], count: 3, mean: 20, median: 20 },
    { values: [1, 2, 3, 100], count: 4, mean: 26.5, median: 2.5 },
  ])('$values', ({ values, ...expected }) => {
    expect(summarize(values)).toEqual(expected);
  });

  it.each([
    { hist: [], expected: null },
    { hist: [[5, 3]] as Array<[number, number]>, expected: 5 },
    {
      hist: [
        [1, 1],
        [2, 1],
        [3, 1],
        [100, 1],
      ] as Array<[number, number]>,
      expected: 2.5,
    },
    {
      hist: [
        [9, 2],
        [1, 1],
        [4, 0],
      ] as Array<[number, number]>,
      expected: 9,
    },
  ])('median of a histogram $hist', ({ hist, expected }) => {
    expect(medianOfHistogram(hist)).toBe(expected);
    expect(medianOfHistogram(hist)).toBe(median(hist.flatMap(([v, n]) => Array<number>(n).fill(v))));
  });

  it('a ratio over nothing is null, never 0', () => {
    expect(ratio(0, 0)).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(ratio(0, 4).value).toBe(0);
  });
});

describe('first response time', () => {
  const msg = (
    minutes: number,
    authorType: KpiMessage['authorType'],
    kind: KpiMessage['kind'] = 'reply',
  ) => ({
    at: T + minutes * MIN,
    authorType,
    kind,
  });
  it.each([
    { name: 'first public agent reply', messages: [msg(0, 'customer'), msg(30, 'agent')], minutes: 30 },
    {
      name: 'auto-acknowledgement and internal note excluded',
      messages: [msg(0, 'customer'), msg(1, 'system'), msg(5, 'agent', 'note'), msg(45, 'agent')],
      minutes: 45,
    },
    {
      name: 'ticket opened by an agent with a public message: the next reply counts',
      messages: [msg(0, 'agent'), msg(20, 'customer'), msg(50, 'agent')],
      minutes: 50,
    },
    { name: 'no agent reply yet', messages: [msg(0, 'customer'), msg(3, 'system')], minutes: null },
  ])('$name', ({ messages, minutes }) => {
    const at = firstResponseAt(T, messages);
    expect(at === null ? null : (at - T) / MIN).toBe(minutes);
  });

  it('calendar and business variants (Friday 15:30 → Monday 08:30 in Warsaw office hours 08–16)', () => {
    const fri = Date.parse('2026-03-06T14:30:00Z');
    const mon = Date.parse('2026-03-09T07:30:00Z');
    const d = durationsBetween(PL, fri, mon);
    expect(d.calendar).toBe(65 * 3600);
    expect(d.business).toBe(60 * 60); // 30 min Friday (to 16:00) + 30 min Monday (from 08:00)
    expect(durationsBetween(ALWAYS, fri, mon).business).toBe(65 * 3600);
    expect(durationsBetween(null, fri, mon)).toEqual({ calendar: 65 * 3600, business: 65 * 3600 });
  });
});

describe('next response time: each customer message → the next public agent reply', () => {
  it('pairs every waiting customer message with the reply that follows, after the first response', () => {
    const m = (min: number, authorType: KpiMessage['authorType'], kind: KpiMessage['kind'] = 'reply') => ({
      at: T + min * MIN,
      authorType,
      kind,
    });
    const pairs = nextResponsePairs([
      m(0, 'customer'),
      m(10, 'agent'),
      m(20, 'customer'),
      m(25, 'customer'),
      m(28, 'agent', 'note'),
      m(40, 'agent'),
      m(50, 'customer'),
    ]);
    expect(pairs.map(([a, b]) => (b - a) / MIN)).toEqual([20, 15]);
  });
});

describe('resolution history and reopen', () => {
  it.each([
    { name: 'never solved', to: ['open'], first: null, last: null, reopens: 0 },
    { name: 'solved once', to: ['open', 'solved'], first: 2, last: 2, reopens: 0 },
    {
      name: 'solved, reopened, solved',
      to: ['open', 'solved', 'open', 'solved'],
      first: 2,
      last: 4,
      reopens: 1,
    },
    {
      name: 'reopened and still open: no last resolution',
      to: ['solved', 'open'],
      first: 1,
      last: null,
      reopens: 1,
    },
    { name: 'closed directly counts as solved', to: ['closed'], first: 1, last: 1, reopens: 0 },
    { name: 'solved then closed is one resolution', to: ['solved', 'closed'], first: 1, last: 1, reopens: 0 },
  ])('$name', ({ to, first, last, reopens }) => {
    const h = solveHistory(to.map((s, i) => ({ at: i + 1, to: s })));
    expect(h).toEqual({ firstSolvedAt: first, lastSolvedAt: last, reopenCount: reopens });
  });

  it('reopen rate = reopened ÷ solved', () => {
    expect(reopenRate(1, 4).value).toBe(0.25);
    expect(reopenRate(0, 0).value).toBeNull();
  });
});

describe('SLA compliance: met ÷ (met + breached); running past due counts as breached', () => {
  const now = T;
  it.each([
    { t: null, outcome: 'none' },
    { t: { metAt: T - 1, breachedAt: null, dueAt: T + HOUR }, outcome: 'met' },
    { t: { metAt: null, breachedAt: T - 1, dueAt: T - 2 }, outcome: 'breached' },
    { t: { metAt: null, breachedAt: null, dueAt: T - 1 }, outcome: 'breached' },
    { t: { metAt: null, breachedAt: null, dueAt: T + 1 }, outcome: 'running' },
    { t: { metAt: null, breachedAt: null, dueAt: null }, outcome: 'running' },
  ])('$outcome', ({ t, outcome }) => expect(slaOutcome(t, now)).toBe(outcome));

  it.each([
    { outcomes: [], value: null },
    { outcomes: ['running', 'none'], value: null },
    { outcomes: ['met', 'met', 'breached', 'running'], value: 2 / 3 },
  ] as const)('$outcomes → $value', ({ outcomes, value }) => {
    expect(slaCompliance(outcomes).value).toBe(value);
  });
});

describe('backlog at T and age buckets', () => {
  it.each([
    { age: 0, bucket: 'lt_1d' },
    { age: DAY - 1, bucket: 'lt_1d' },
    { age: DAY, bucket: 'd1_3' },
    { age: 3 * DAY, bucket: 'd3_7' },
    { age: 7 * DAY, bucket: 'd7_30' },
    { age: 30 * DAY, bucket: 'gt_30d' },
  ])('$age ms → $bucket', ({ age, bucket }) => expect(backlogBucket(age)).toBe(bucket));

  it('created ≤ T and not solved by T', () => {
    const at = T;
    const r = backlogAt(
      [
        { createdAt: T - 2 * DAY, solvedSpans: [] }, // open: d1_3
        { createdAt: T - HOUR, solvedSpans: [[T - MIN, null]] }, // solved before T
        { createdAt: T + 1, solvedSpans: [] }, // created after T
        { createdAt: T - 40 * DAY, solvedSpans: [[T - 20 * DAY, T - DAY]] }, // reopened: gt_30d
        { createdAt: T - 5 * DAY, solvedSpans: [[T + HOUR, null]] }, // solved after T: d3_7
      ],
      at,
    );
    expect(r).toEqual({ total: 3, buckets: { lt_1d: 0, d1_3: 1, d3_7: 1, d7_30: 0, gt_30d: 1 } });
  });
});

describe('FCR: no repeat contact for the same reason within N days, across channels', () => {
  const issue = (id: string, customerId: string | null, reasonId: string | null, days: number) => ({
    id,
    customerId,
    reasonId,
    createdAt: T + days * DAY,
  });
  const all = [
    issue('email-1', 'c1', 'delivery', 0),
    issue('phone-1', 'c1', 'delivery', 3), // a call after the e-mail: repeat of email-1
    issue('email-2', 'c2', 'delivery', 0),
    issue('chat-2', 'c2', 'invoice', 1), // other reason: no repeat
    issue('email-3', 'c3', 'delivery', 0),
    issue('email-3b', 'c3', 'delivery', 8), // outside 7 days
    issue('web-4', null, 'delivery', 0), // no customer: not judged
    issue('web-5', 'c5', null, 0), // no reason: not judged
  ];
  it.each([
    { id: 'email-1', repeat: true },
    { id: 'phone-1', repeat: false },
    { id: 'email-2', repeat: false },
    { id: 'email-3', repeat: false },
    { id: 'web-4', repeat: null },
    { id: 'web-5', repeat: null },
  ])('$id repeat=$repeat', ({ id, repeat }) => {
    expect(
      hasRepeatContact(
        all.find((i) => i.id === id)!,
        all,
        7,
      ),
    ).toBe(repeat);
  });

  it('ratio over the judged issues, window configurable', () => {
    expect(firstContactResolution(all, all, 7)).toEqual({ numerator: 5, denominator: 6, value: 5 / 6 });
    expect(firstContactResolution(all, all, 10).numerator).toBe(4);
    expect(firstContactResolution([], all, 7).value).toBeNull();
  });
});

describe('chat service level, abandonment and ASA (variant named)', () => {
  const c = (waitSeconds: number, outcome: 'answered' | 'abandoned'): OfferedContact => ({
    waitSeconds,
    answered: outcome === 'answered',
    abandoned: outcome === 'abandoned',
  });
  const contacts = [
    c(5, 'answered'),
    c(15, 'answered'),
    c(40, 'answered'),
    c(3, 'abandoned'),
    c(10, 'abandoned'),
    c(60, 'abandoned'),
  ];
  it.each([
    { variant: 'abandons_missed', numerator: 2, denominator: 6 },
    { variant: 'exclude_short_abandons', numerator: 2, denominator: 5 },
    { variant: 'abandons_within_met', numerator: 4, denominator: 6 },
    { variant: 'answered_only', numerator: 2, denominator: 3 },
  ] as const)('$variant', ({ variant, numerator, denominator }) => {
    expect(serviceLevel(contacts, 20, variant)).toEqual({
      numerator,
      denominator,
      value: numerator / denominator,
    });
  });

  it('empty sets are n/a', () => {
    expect(serviceLevel([], 20, 'abandons_missed').value).toBeNull();
    expect(abandonmentRate([], 'all').value).toBeNull();
    expect(averageSpeedOfAnswer([c(3, 'abandoned')])).toBeNull();
  });

  it.each([
    { variant: 'all', numerator: 3, denominator: 6 },
    { variant: 'exclude_short', numerator: 2, denominator: 5 },
  ] as const)('abandonment $variant', ({ variant, numerator, denominator }) => {
    expect(abandonmentRate(contacts, variant)).toMatchObject({ numerator, denominator });
  });

  it('ASA = wait of answered ÷ answered', () => expect(averageSpeedOfAnswer(contacts)).toBe(20));
});

describe('AHT with after-contact work', () => {
  it.each([
    { contacts: [], value: null },
    {
      contacts: [
        { talkSeconds: 300, holdSeconds: 60, afterContactSeconds: 40 },
        { talkSeconds: 100, holdSeconds: 0, afterContactSeconds: 100 },
      ],
      value: 300,
    },
  ])('$value', ({ contacts, value }) => expect(averageHandleTime(contacts).value).toBe(value));
});

describe('occupancy and utilization from presence', () => {
  it('handle = talk + after-contact work while logged in; available = online not handling', () => {
    const spans = presenceSpans(
      [
        { at: T, state: 'online', reasonCode: null },
        { at: T + 60 * MIN, state: 'busy', reasonCode: 'after_contact_work' },
        { at: T + 70 * MIN, state: 'away', reasonCode: 'break' },
        { at: T + 90 * MIN, state: 'offline', reasonCode: null },
      ],
      T + 120 * MIN,
    );
    // Two overlapping chats 10:00–10:20 and 10:10–10:30 (union 30 min), one after logging off.
    const talk = [
      [T + 0, T + 20 * MIN],
      [T + 10 * MIN, T + 30 * MIN],
      [T + 100 * MIN, T + 110 * MIN],
    ] as const;
    const b = presenceBreakdown(spans, talk);
    expect(b).toEqual({ handleSeconds: 40 * 60, availableSeconds: 30 * 60, loggedInSeconds: 90 * 60 });
    const o = occupancyUtilization(b);
    expect(o.occupancy).toBeCloseTo(40 / 70);
    expect(o.utilization).toBeCloseTo(70 / 90);
    expect(o.utilizationBasis).toBe('logged_in');
  });

  it('never logged in: n/a', () => {
    expect(occupancyUtilization(presenceBreakdown([], []))).toMatchObject({
      occupancy: null,
      utilization: null,
    });
  });
});

describe('CSAT, NPS, CES', () => {
  it.each([
    { ratings: [], value: null },
    { ratings: [5, 4, 3, 1], value: 0.5 },
    { ratings: [5], value: 1 },
  ])('CSAT $ratings', ({ ratings, value }) => expect(csat(ratings).value).toBe(value));

  it.each([
    { scores: [], value: null },
    { scores: [10, 9, 8, 7, 6, 0], value: 0 },
    { scores: [10, 10, 10, 6], value: 50 },
    { scores: [0, 1], value: -100 },
  ])('NPS $scores', ({ scores, value }) => expect(nps(scores).value).toBe(value));

  it.each([
    { scores: [], mean: null },
    { scores: [7, 5, 6], mean: 6 },
  ])('CES $scores', ({ scores, mean }) => expect(ces(scores).mean).toBe(mean));
});
