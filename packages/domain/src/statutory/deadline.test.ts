import { describe, expect, it } from 'vitest';
import type { Jurisdiction, StatutoryRuleId } from '@kontakt/contracts';
import { addMonthsClamped, computeStatutoryDeadline } from './deadline.ts';
import { czHolidayOn, plHolidayOn } from './test-holidays.ts';

const holidays = { PL: plHolidayOn, CZ: czHolidayOn };
const due = (
  ruleId: StatutoryRuleId,
  jurisdiction: Jurisdiction,
  startAt: string,
  opts: { extended?: boolean; informed?: boolean; agreedDueDate?: string } = {},
) =>
  computeStatutoryDeadline({
    ruleId,
    jurisdiction,
    startAt: new Date(startAt),
    holidayOn: holidays[jurisdiction],
    ...opts,
  });

// Noon local time in summer and winter: the local date is unambiguous.
const pl = (date: string) => `${date}T10:00:00Z`;

describe('statutory deadlines (DOMAIN.md §1)', () => {
  it.each([
    // [rule, jurisdiction, start, due date, version, skipped days]
    ['pl_consumer_complaint', 'PL', pl('2026-07-31'), '2026-08-14', '2023-01-01', []],
    [
      'pl_consumer_complaint',
      'PL',
      pl('2026-08-01'),
      '2026-08-17',
      '2023-01-01',
      ['2026-08-15:holiday', '2026-08-16:sunday'],
    ],
    ['pl_consumer_complaint', 'PL', pl('2027-03-15'), '2027-03-30', '2023-01-01', ['2027-03-29:holiday']],
    // 12-24 is a PL holiday since 2025: 24, 25, 26 holidays, then the weekend.
    [
      'pl_consumer_complaint',
      'PL',
      pl('2025-12-10'),
      '2025-12-29',
      '2023-01-01',
      [
        '2025-12-24:holiday',
        '2025-12-25:holiday',
        '2025-12-26:holiday',
        '2025-12-27:saturday',
        '2025-12-28:sunday',
      ],
    ],
    ['pl_consumer_complaint', 'PL', pl('2024-12-10'), '2024-12-24', '2023-01-01', []],
    // The 2023 rule change: 30 days for complaints received before 2023-01-01.
    ['pl_consumer_complaint', 'PL', pl('2022-12-31'), '2023-01-30', '2014-12-25', []],
    ['pl_consumer_complaint', 'PL', pl('2023-01-01'), '2023-01-16', '2023-01-01', ['2023-01-15:sunday']],
    ['pl_financial_complaint', 'PL', pl('2026-07-31'), '2026-08-31', '2015-10-11', ['2026-08-30:sunday']],
    // Good Friday is a working day in PL.
    ['pl_financial_complaint', 'PL', pl('2027-02-24'), '2027-03-26', '2015-10-11', []],
    ['cz_consumer_complaint', 'CZ', pl('2026-06-10'), '2026-07-10', '2014-01-01', []],
    ['cz_consumer_complaint', 'CZ', pl('2026-12-15'), '2027-01-14', '2014-01-01', []],
    // …but a CZ holiday: Good Friday, the weekend and Easter Monday.
    [
      'cz_consumer_complaint',
      'CZ',
      pl('2027-02-24'),
      '2027-03-30',
      '2014-01-01',
      ['2027-03-26:holiday', '2027-03-27:saturday', '2027-03-28:sunday', '2027-03-29:holiday'],
    ],
    ['eu_withdrawal', 'PL', pl('2026-07-31'), '2026-08-14', '2014-06-13', []],
    [
      'eu_refund',
      'CZ',
      pl('2026-12-10'),
      '2026-12-28',
      '2014-06-13',
      ['2026-12-24:holiday', '2026-12-25:holiday', '2026-12-26:holiday', '2026-12-27:sunday'],
    ],
    [
      'gdpr_request',
      'PL',
      pl('2026-01-31'),
      '2026-03-02',
      '2018-05-25',
      ['2026-02-28:saturday', '2026-03-01:sunday'],
    ],
    ['gdpr_request', 'CZ', pl('2026-03-31'), '2026-04-30', '2018-05-25', []],
  ] as const)('%s %s started %s is due %s (version %s)', (rule, j, start, dueDate, version, skipped) => {
    const d = due(rule, j, start);
    expect(d.dueDate).toBe(dueDate);
    expect(d.ruleVersion).toBe(version);
    expect(d.shifts.map((s) => `${s.date}:${s.reason}`)).toEqual(skipped);
    expect(d.reasons).toHaveLength(1 + skipped.length);
  });

  it('names the holiday it moved over and says why in the reasons', () => {
    const d = due('pl_consumer_complaint', 'PL', pl('2027-03-15'));
    expect(d.nominalDueDate).toBe('2027-03-29');
    expect(d.shifts).toEqual([{ date: '2027-03-29', reason: 'holiday', name: 'Poniedziałek Wielkanocny' }]);
    expect(d.reasons[1]).toContain('public holiday (Poniedziałek Wielkanocny)');
  });

  it('takes the receipt date in the legal zone: late on 31 Dec UTC is 1 Jan in Warsaw', () => {
    const newYear = due('pl_consumer_complaint', 'PL', '2022-12-31T23:30:00Z');
    expect(newYear).toMatchObject({
      startDate: '2023-01-01',
      ruleVersion: '2023-01-01',
      dueDate: '2023-01-16',
    });
    const oldYear = due('pl_consumer_complaint', 'PL', '2022-12-31T22:59:59Z');
    expect(oldYear).toMatchObject({
      startDate: '2022-12-31',
      ruleVersion: '2014-12-25',
      dueDate: '2023-01-30',
    });
    // Late in the evening in Prague is already the next day: the count starts a day later.
    expect(due('cz_consumer_complaint', 'CZ', '2026-06-09T22:30:00Z').dueDate).toBe('2026-07-10');
  });

  it('ends at the local midnight after the due date, in summer and winter time', () => {
    expect(due('pl_consumer_complaint', 'PL', pl('2026-07-31')).deadlineAt).toBe('2026-08-14T22:00:00.000Z');
    expect(due('pl_consumer_complaint', 'PL', pl('2026-03-16')).deadlineAt).toBe('2026-03-30T22:00:00.000Z');
    expect(due('pl_consumer_complaint', 'PL', pl('2026-10-12')).deadlineAt).toBe('2026-10-26T23:00:00.000Z');
    expect(due('cz_consumer_complaint', 'CZ', pl('2026-12-15')).deadlineAt).toBe('2027-01-14T23:00:00.000Z');
  });

  it('PL financial sector: 60 days with a reasoned notice', () => {
    expect(due('pl_financial_complaint', 'PL', pl('2026-07-31'), { extended: true }).dueDate).toBe(
      '2026-09-29',
    );
  });

  it('CZ: a later date only by the recorded agreement, never an earlier one', () => {
    const agreed = due('cz_consumer_complaint', 'CZ', pl('2026-06-10'), { agreedDueDate: '2026-08-31' });
    expect(agreed.dueDate).toBe('2026-08-31');
    expect(agreed.nominalDueDate).toBe('2026-07-10');
    expect(agreed.deadlineAt).toBe('2026-08-31T22:00:00.000Z');
    expect(agreed.reasons.at(-1)).toContain('agreement');
    expect(
      due('cz_consumer_complaint', 'CZ', pl('2026-06-10'), { agreedDueDate: '2026-07-01' }).dueDate,
    ).toBe('2026-07-10');
  });

  it('EU withdrawal: 12 months more when the consumer was not informed, then rolled forward', () => {
    const pl14 = due('eu_withdrawal', 'PL', pl('2026-07-31'), { informed: false });
    expect(pl14.nominalDueDate).toBe('2027-08-14');
    expect(pl14.dueDate).toBe('2027-08-16'); // Sat, then Sunday 15 Aug (a PL holiday anyway)
    expect(pl14.shifts.map((s) => s.reason)).toEqual(['saturday', 'holiday']);
  });

  it('GDPR: same date next month (last day when none), +2 months when extended', () => {
    expect(addMonthsClamped('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsClamped('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsClamped('2026-12-15', 1)).toBe('2027-01-15');
    expect(due('gdpr_request', 'PL', pl('2026-01-31'), { extended: true }).dueDate).toBe('2026-04-30');
  });

  it('GDPR breach: 72 elapsed hours across the DST change and a weekend, never moved', () => {
    const d = due('gdpr_breach', 'PL', '2026-10-23T10:00:00Z');
    expect(d.deadlineAt).toBe('2026-10-26T10:00:00.000Z');
    expect(d.dueDate).toBe('2026-10-26');
    expect(d.shifts).toEqual([]);
  });
});
