import { describe, expect, it } from 'vitest';
import type { CreateComplaintInput } from '@kontakt/contracts';
import {
  alertAt,
  complaintClockState,
  daysLeft,
  dueComplaintAlerts,
  type ComplaintClockFacts,
} from './clock.ts';
import { complaintIssues, toAmount } from './validate.ts';

// PL complaint received 2026-07-31: due Fri 2026-08-14, ends 22:00 UTC (midnight in Warsaw).
const T = (iso: string) => Date.parse(iso);
const pl: ComplaintClockFacts = {
  regime: 'pl_consumer',
  timeZone: 'Europe/Warsaw',
  dueDate: '2026-08-14',
  deadlineAt: T('2026-08-14T22:00:00Z'),
  answerSentAt: null,
  answerDeliveredAt: null,
  decision: null,
};
const cz: ComplaintClockFacts = { ...pl, regime: 'cz_consumer', timeZone: 'Europe/Prague' };
const none = { alertD3At: null, alertD1At: null, missedAt: null };

describe('complaint clock state', () => {
  it('runs, is due soon from the start of D−3, and is deemed accepted (PL) after the due day', () => {
    expect(alertAt(pl, 3)).toBe(T('2026-08-10T22:00:00Z'));
    expect(complaintClockState(pl, T('2026-08-10T21:59:59Z'))).toBe('running');
    expect(complaintClockState(pl, T('2026-08-10T22:00:00Z'))).toBe('due_soon');
    expect(complaintClockState(pl, T('2026-08-14T21:59:59Z'))).toBe('due_soon');
    expect(complaintClockState(pl, T('2026-08-14T22:00:00Z'))).toBe('deemed_accepted');
    expect(complaintClockState(cz, T('2026-08-14T22:00:00Z'))).toBe('overdue_consumer_options');
  });

  it('PL consumer: the answer must reach the consumer; delivery counts over sending', () => {
    const sent = { ...pl, answerSentAt: T('2026-08-14T20:00:00Z') };
    expect(complaintClockState(sent, T('2026-08-20T00:00:00Z'))).toBe('answered_in_time');
    const lateDelivery = { ...sent, answerDeliveredAt: T('2026-08-15T08:00:00Z') };
    expect(complaintClockState(lateDelivery, T('2026-08-20T00:00:00Z'))).toBe('deemed_accepted');
    // PL financial: sending is what counts.
    expect(complaintClockState({ ...lateDelivery, regime: 'pl_financial' }, T('2026-08-20T00:00:00Z'))).toBe(
      'answered_in_time',
    );
  });

  it('an answer after the deadline does not undo a missed deadline', () => {
    const late = { ...pl, answerSentAt: T('2026-08-15T07:00:00Z') };
    expect(complaintClockState(late, T('2026-08-16T00:00:00Z'))).toBe('deemed_accepted');
  });

  it('CZ: settled and informed; an accepted repair counts only when carried out by the due date', () => {
    const informed = { ...cz, answerSentAt: T('2026-08-12T08:00:00Z') };
    expect(complaintClockState(informed, T('2026-08-12T09:00:00Z'))).toBe('due_soon');
    const rejected = { ...informed, decision: { outcome: 'rejected' as const, carriedOutOn: null } };
    expect(complaintClockState(rejected, T('2026-08-12T09:00:00Z'))).toBe('answered_in_time');
    const repaired = { ...informed, decision: { outcome: 'accepted' as const, carriedOutOn: '2026-08-14' } };
    expect(complaintClockState(repaired, T('2026-08-20T00:00:00Z'))).toBe('answered_in_time');
    const repairedLate = {
      ...informed,
      decision: { outcome: 'accepted' as const, carriedOutOn: '2026-08-17' },
    };
    expect(complaintClockState(repairedLate, T('2026-08-20T00:00:00Z'))).toBe('overdue_consumer_options');
  });

  it('days left count local dates', () => {
    expect(daysLeft(pl, T('2026-08-13T22:30:00Z'))).toBe(0); // already the 14th in Warsaw
    expect(daysLeft(pl, T('2026-08-13T21:30:00Z'))).toBe(1);
    expect(daysLeft(pl, T('2026-08-16T10:00:00Z'))).toBe(-2);
  });
});

describe('complaint alerts', () => {
  it('announces D−3, then D−1, then the missed deadline, each once', () => {
    expect(dueComplaintAlerts(pl, none, T('2026-08-01T00:00:00Z'))).toEqual({
      due: [],
      nextCheckAt: T('2026-08-10T22:00:00Z'),
    });
    expect(dueComplaintAlerts(pl, none, T('2026-08-11T06:00:00Z'))).toEqual({
      due: ['d3'],
      nextCheckAt: T('2026-08-12T22:00:00Z'),
    });
    const d3 = { ...none, alertD3At: 1 };
    expect(dueComplaintAlerts(pl, d3, T('2026-08-11T07:00:00Z')).due).toEqual([]);
    expect(dueComplaintAlerts(pl, d3, T('2026-08-13T06:00:00Z'))).toEqual({
      due: ['d1'],
      nextCheckAt: T('2026-08-14T22:00:00Z'),
    });
    expect(dueComplaintAlerts(pl, { ...d3, alertD1At: 2 }, T('2026-08-15T00:00:00Z'))).toEqual({
      due: ['missed'],
      nextCheckAt: null,
    });
    expect(
      dueComplaintAlerts(pl, { ...d3, alertD1At: 2, missedAt: 3 }, T('2026-08-16T00:00:00Z')).due,
    ).toEqual([]);
  });

  it('a late sweep folds skipped alerts; an answered complaint has nothing left', () => {
    expect(dueComplaintAlerts(pl, none, T('2026-08-13T06:00:00Z')).due).toEqual(['d1']);
    expect(dueComplaintAlerts(pl, none, T('2026-08-20T06:00:00Z')).due).toEqual(['missed']);
    const answered = { ...pl, answerSentAt: T('2026-08-05T10:00:00Z') };
    expect(dueComplaintAlerts(answered, none, T('2026-08-13T06:00:00Z'))).toEqual({
      due: [],
      nextCheckAt: null,
    });
  });
});

const NOW = T('2026-07-31T10:00:00Z');
const valid: CreateComplaintInput = {
  jurisdiction: 'CZ',
  regime: 'cz_consumer',
  receivedAt: '2026-07-31T09:00:00Z',
  channel: 'phone',
  consumer: { name: 'Jiří Dvořák', email: 'jiri@example.test', phone: null, address: null, kind: 'consumer' },
  product: { name: 'Pračka', model: null, serialNumber: null, sku: null },
  orderNumber: null,
  purchaseDate: '2026-05-01',
  deliveryDate: '2026-05-03',
  price: { amount: '12990.00', currency: 'CZK' },
  proofOfPurchase: null,
  description: 'Neždímá.',
  noticedOn: '2026-07-30',
  demand: { kind: 'price_reduction', amount: { amount: '1500', currency: 'CZK' } },
  condition: null,
  attachmentIds: [],
  refundAccount: null,
  answerChannel: 'email',
  language: 'cs',
  extended: false,
};
const codes = (c: Partial<CreateComplaintInput>) =>
  complaintIssues({ ...valid, ...c }, NOW).map((i) => `${i.code}@${i.field}`);

describe('complaint validation', () => {
  it('accepts a complete record', () => expect(codes({})).toEqual([]));

  it.each([
    [{ regime: 'pl_consumer' as const }, 'regime_not_in_jurisdiction@regime'],
    [{ consumer: { ...valid.consumer, kind: 'business' as const } }, 'not_a_consumer@consumer.kind'],
    [
      { consumer: { ...valid.consumer, email: null }, answerChannel: 'in_person' as const },
      'complaint_incomplete@consumer',
    ],
    [
      { consumer: { ...valid.consumer, email: null }, answerChannel: 'email' as const },
      'complaint_incomplete@consumer',
    ],
    [{ answerChannel: 'post' as const }, 'complaint_incomplete@consumer.address'],
    [{ demand: { kind: 'price_reduction' as const, amount: null } }, 'complaint_incomplete@demand.amount'],
    [{ receivedAt: '2026-07-31T10:00:01Z' }, 'date_in_future@receivedAt'],
    [{ noticedOn: '2026-08-01' }, 'date_in_future@noticedOn'],
    [{ deliveryDate: '2026-04-30' }, 'delivery_before_purchase@deliveryDate'],
    [{ price: { amount: '12990.001', currency: 'CZK' as const } }, 'invalid_amount_precision@price'],
    [
      { demand: { kind: 'price_reduction' as const, amount: { amount: '10', currency: 'EUR' as const } } },
      'currency_mismatch@demand.amount',
    ],
    [
      { demand: { kind: 'withdrawal' as const, amount: { amount: '12990.01', currency: 'CZK' as const } } },
      'amount_exceeds_price@demand.amount',
    ],
  ])('refuses %j with %s', (change, code) => {
    expect(codes(change)).toContain(code);
  });

  it('a PL sole trader buying as a consumer is covered; today is the legal zone’s today', () => {
    const pl = { jurisdiction: 'PL' as const, regime: 'pl_consumer' as const };
    expect(codes({ ...pl, consumer: { ...valid.consumer, kind: 'sole_trader_as_consumer' } })).toEqual([]);
    // 23:30 UTC on 31 July is already 1 August in Warsaw.
    expect(complaintIssues({ ...valid, ...pl, noticedOn: '2026-08-01' }, T('2026-07-31T23:30:00Z'))).toEqual(
      [],
    );
  });

  it('stores amounts in minor units', () => {
    expect(toAmount({ amount: '199.9', currency: 'PLN' })).toEqual({
      amountMinor: 19990,
      amount: '199.90',
      currency: 'PLN',
    });
    expect(toAmount({ amount: '7', currency: 'EUR' })).toEqual({
      amountMinor: 700,
      amount: '7.00',
      currency: 'EUR',
    });
    expect(toAmount({ amount: '0.005', currency: 'EUR' })).toBeNull();
  });
});
