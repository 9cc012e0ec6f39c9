import { describe, expect, it } from 'vitest';
import { computeStatutoryDeadline } from '../statutory/deadline.ts';
import { plHolidayOn } from '../statutory/test-holidays.ts';
import {
  dueRefundAlerts,
  refundClockState,
  returnRefundState,
  shipmentMovesForward,
  withdrawalState,
  type PaymentClockFacts,
} from './refund.ts';

const T = (iso: string) => Date.parse(iso);
// Refund clock started Fri 2026-07-31 in Warsaw: day 14 is Fri 2026-08-14, ends 22:00 UTC.
const f: PaymentClockFacts = {
  timeZone: 'Europe/Warsaw',
  dueDate: '2026-08-14',
  deadlineAt: T('2026-08-14T22:00:00Z'),
  paidAt: null,
};

describe('refund clock', () => {
  it.each([
    ['2026-08-01T10:00:00Z', null, 'running'],
    ['2026-08-10T21:59:59Z', null, 'running'],
    ['2026-08-10T22:00:00Z', null, 'due_soon'],
    ['2026-08-14T21:59:59Z', null, 'due_soon'],
    ['2026-08-14T22:00:00Z', null, 'overdue'],
    ['2026-08-20T10:00:00Z', '2026-08-14T21:00:00Z', 'paid_in_time'],
    ['2026-08-20T10:00:00Z', '2026-08-15T08:00:00Z', 'paid_late'],
    // A payment recorded with a later instant does not count yet.
    ['2026-08-02T10:00:00Z', '2026-08-03T10:00:00Z', 'running'],
  ] as const)('at %s paid %s → %s', (now, paidAt, state) => {
    expect(refundClockState({ ...f, paidAt: paidAt ? T(paidAt) : null }, T(now))).toBe(state);
  });

  it('uses the EU refund rule: 14 days from the notice, rolled over a PL holiday', () => {
    // Notice Sat 2026-08-01: day 14 is Sat 2026-08-15 (Assumption) → Mon 2026-08-17.
    const d = computeStatutoryDeadline({
      ruleId: 'eu_refund',
      jurisdiction: 'PL',
      startAt: new Date('2026-08-01T09:00:00Z'),
      holidayOn: plHolidayOn,
    });
    expect(d.dueDate).toBe('2026-08-17');
    expect(d.shifts.map((s) => s.reason)).toEqual(['holiday', 'sunday']);
  });

  it.each([
    [{ alertAt: null, missedAt: null }, '2026-08-01T10:00:00Z', [], T('2026-08-10T22:00:00Z')],
    [{ alertAt: null, missedAt: null }, '2026-08-11T10:00:00Z', ['due_soon'], T('2026-08-14T22:00:00Z')],
    [{ alertAt: 1, missedAt: null }, '2026-08-11T10:00:00Z', [], T('2026-08-14T22:00:00Z')],
    [{ alertAt: null, missedAt: null }, '2026-08-15T10:00:00Z', ['overdue'], null],
    [{ alertAt: 1, missedAt: 2 }, '2026-08-15T10:00:00Z', [], null],
  ] as const)('alerts with markers %o at %s → %o', (markers, now, due, next) => {
    expect(dueRefundAlerts(f, markers, T(now))).toEqual({ due, nextCheckAt: next });
  });

  it('announces nothing once paid', () => {
    expect(
      dueRefundAlerts(
        { ...f, paidAt: T('2026-08-02T00:00:00Z') },
        { alertAt: null, missedAt: null },
        T('2026-08-20T00:00:00Z'),
      ),
    ).toEqual({ due: [], nextCheckAt: null });
  });

  it('a return refund has not started without the notice', () => {
    expect(returnRefundState(null, T('2030-01-01T00:00:00Z'))).toBe('not_started');
  });
});

describe('withdrawal period', () => {
  const w = { timeZone: 'Europe/Warsaw', dueDate: '2026-08-14', deadlineAt: T('2026-08-14T22:00:00Z') };
  it.each([
    ['2026-08-01T10:00:00Z', null, 'open'],
    ['2026-08-12T10:00:00Z', null, 'due_soon'],
    ['2026-08-14T22:00:00Z', null, 'lapsed'],
    ['2026-08-20T10:00:00Z', '2026-08-14T21:59:59Z', 'exercised_in_time'],
    ['2026-08-20T10:00:00Z', '2026-08-14T22:00:01Z', 'exercised_late'],
  ] as const)('at %s notice %s → %s', (now, notice, state) => {
    expect(withdrawalState({ ...w, noticeAt: notice ? T(notice) : null }, T(now))).toBe(state);
  });

  it('runs 12 months longer when the consumer was not informed, from the last parcel', () => {
    const start = new Date('2026-07-31T12:00:00Z');
    const informed = computeStatutoryDeadline({
      ruleId: 'eu_withdrawal',
      jurisdiction: 'PL',
      startAt: start,
      holidayOn: plHolidayOn,
    });
    const not = computeStatutoryDeadline({
      ruleId: 'eu_withdrawal',
      jurisdiction: 'PL',
      startAt: start,
      informed: false,
      holidayOn: plHolidayOn,
    });
    expect(informed.dueDate).toBe('2026-08-14');
    expect(not.dueDate > '2027-08-01').toBe(true);
  });
});

describe('return shipment', () => {
  it.each([
    ['awaiting', 'in_transit', true],
    ['awaiting', 'received', true],
    ['received', 'in_transit', false],
    ['inspected', 'inspected', false],
    ['inspected', 'refunded', true],
  ] as const)('%s → %s allowed: %s', (from, to, ok) => {
    expect(shipmentMovesForward(from, to)).toBe(ok);
  });
});
