import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, businessMinutesBetween, isOpenAt } from './business-time.ts';
import { CalendarNeverOpensError } from './calendar.ts';
import { zonedInstant } from './zoned-time.ts';
import { ALWAYS, CZ, PL, officeHours } from './test-calendars.ts';

const at = (iso: string) => new Date(iso);

describe('addBusinessMinutes (Mon–Fri 08:00–16:00 local)', () => {
  it.each([
    // [case, calendar, start (UTC), minutes, due (UTC)]
    ['Fri 15:00 + 4 h → Mon 11:00 (PL, winter)', PL, '2026-11-06T14:00:00Z', 240, '2026-11-09T10:00:00Z'],
    [
      'Fri 15:00 + 4 h, Mon 1 Nov holiday → Tue 11:00 (PL)',
      PL,
      '2027-10-29T13:00:00Z',
      240,
      '2027-11-02T10:00:00Z',
    ],
    [
      'Tue 15:00 + 4 h, Wed 28 Oct holiday → Thu 11:00 (CZ)',
      CZ,
      '2026-10-27T14:00:00Z',
      240,
      '2026-10-29T10:00:00Z',
    ],
    ['28 Oct is a working day in PL', PL, '2026-10-27T14:00:00Z', 240, '2026-10-28T10:00:00Z'],
    [
      'Good Friday works in PL, Easter Monday not → Tue',
      PL,
      '2026-04-03T13:00:00Z',
      240,
      '2026-04-07T09:00:00Z',
    ],
    [
      'Good Friday and Easter Monday off in CZ → Tue',
      CZ,
      '2026-04-02T13:00:00Z',
      240,
      '2026-04-07T09:00:00Z',
    ],
    ['Easter Monday 2027 (29 Mar) in PL', PL, '2027-03-26T14:00:00Z', 240, '2027-03-30T09:00:00Z'],
    ['24 Dec is a PL holiday (since 2025)', PL, '2026-12-23T14:00:00Z', 240, '2026-12-28T10:00:00Z'],
    ['1 and 3 May (PL) → Mon 4 May', PL, '2026-04-30T13:00:00Z', 240, '2026-05-04T09:00:00Z'],
    ['11 Nov (PL) counts nothing', PL, '2026-11-10T14:00:00Z', 120, '2026-11-12T08:00:00Z'],
    ['17 Nov (CZ) counts nothing', CZ, '2026-11-16T14:00:00Z', 120, '2026-11-18T08:00:00Z'],
    ['spring DST week: Fri CET → Mon CEST', PL, '2026-03-27T14:00:00Z', 240, '2026-03-30T09:00:00Z'],
    ['autumn DST week: Fri CEST → Mon CET', PL, '2026-10-23T13:00:00Z', 240, '2026-10-26T10:00:00Z'],
    ['spring DST week in Prague', CZ, '2026-03-27T14:00:00Z', 240, '2026-03-30T09:00:00Z'],
    [
      'lands exactly on closing → closing, not next morning',
      PL,
      '2026-11-02T07:00:00Z',
      480,
      '2026-11-02T15:00:00Z',
    ],
    ['15:00 + 60 → 16:00 closing', PL, '2026-11-02T14:00:00Z', 60, '2026-11-02T15:00:00Z'],
    ['one minute past closing → next morning', PL, '2026-11-02T14:00:00Z', 61, '2026-11-03T07:01:00Z'],
    ['created Saturday → starts Monday opening', PL, '2026-11-07T09:00:00Z', 60, '2026-11-09T08:00:00Z'],
    ['created before opening → starts at opening', PL, '2026-11-02T06:00:00Z', 30, '2026-11-02T07:30:00Z'],
    ['created exactly at closing → next opening', PL, '2026-11-02T15:00:00Z', 1, '2026-11-03T07:01:00Z'],
    ['created exactly at opening', PL, '2026-11-02T07:00:00Z', 60, '2026-11-02T08:00:00Z'],
    ['zero minutes → the start itself', PL, '2026-11-07T09:00:00Z', 0, '2026-11-07T09:00:00Z'],
    ['several weeks', PL, '2026-11-02T07:00:00Z', 480 * 10, '2026-11-16T15:00:00Z'],
  ])('%s', (_name, cal, start, minutes, due) => {
    expect(addBusinessMinutes(cal, at(start), minutes).toISOString()).toBe(at(due).toISOString());
  });

  it('round-trips with businessMinutesBetween', () => {
    const start = at('2026-03-26T10:17:00Z');
    for (const m of [1, 59, 240, 481, 2000]) {
      expect(businessMinutesBetween(PL, start, addBusinessMinutes(PL, start, m))).toBe(m);
    }
  });
});

describe('several intervals per day, closures and extra openings', () => {
  const split = officeHours('Europe/Warsaw', [], {
    weekly: [1, 2, 3, 4, 5].flatMap((day) => [
      { day, start: '08:00', end: '12:00' },
      { day, start: '13:00', end: '17:00' },
    ]),
  });
  it.each([
    ['lunch break is skipped', split, '2026-11-02T10:30:00Z', 60, '2026-11-02T12:30:00Z'],
    ['lands on the first closing → 12:00', split, '2026-11-02T10:00:00Z', 60, '2026-11-02T11:00:00Z'],
    [
      'whole-day closure',
      officeHours('Europe/Warsaw', [], { closures: [{ date: '2026-11-10' }] }),
      '2026-11-09T14:00:00Z',
      240,
      '2026-11-11T10:00:00Z',
    ],
    [
      'morning closure',
      officeHours('Europe/Warsaw', [], { closures: [{ date: '2026-11-10', start: '08:00', end: '12:00' }] }),
      '2026-11-09T14:00:00Z',
      240,
      '2026-11-10T14:00:00Z',
    ],
    [
      'extra Saturday opening',
      officeHours('Europe/Warsaw', [], {
        extraOpenings: [{ date: '2026-11-07', start: '10:00', end: '14:00' }],
      }),
      '2026-11-06T14:00:00Z',
      240,
      '2026-11-07T12:00:00Z',
    ],
    [
      'extra opening on a holiday',
      officeHours('Europe/Warsaw', ['2026-11-11'], {
        extraOpenings: [{ date: '2026-11-11', start: '08:00', end: '10:00' }],
      }),
      '2026-11-10T14:00:00Z',
      120,
      '2026-11-11T08:00:00Z',
    ],
  ])('%s', (_name, cal, start, minutes, due) => {
    expect(addBusinessMinutes(cal, at(start), minutes).toISOString()).toBe(at(due).toISOString());
  });

  it('a calendar that never opens is an error, not a hang', () => {
    const closed = officeHours('Europe/Warsaw', [], { weekly: [] });
    expect(() => addBusinessMinutes(closed, at('2026-11-02T07:00:00Z'), 1)).toThrow(CalendarNeverOpensError);
    expect(businessMinutesBetween(closed, at('2026-11-02T07:00:00Z'), at('2026-12-02T07:00:00Z'))).toBe(0);
  });
});

describe('businessMinutesBetween', () => {
  it.each([
    ['Fri 15:00 → Mon 11:00', PL, '2026-11-06T14:00:00Z', '2026-11-09T10:00:00Z', 240],
    ['reverse order is negative', PL, '2026-11-09T10:00:00Z', '2026-11-06T14:00:00Z', -240],
    ['same instant', PL, '2026-11-09T10:00:00Z', '2026-11-09T10:00:00Z', 0],
    ['over 11 Nov (PL)', PL, '2026-11-10T14:00:00Z', '2026-11-12T08:00:00Z', 120],
    ['weekend only', PL, '2026-11-07T00:00:00Z', '2026-11-08T22:00:00Z', 0],
    ['24/7: the spring DST day has 23 hours', ALWAYS, '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z', 1380],
    ['24/7: the autumn DST day has 25 hours', ALWAYS, '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z', 1500],
  ])('%s', (_name, cal, a, b, minutes) => {
    expect(businessMinutesBetween(cal, at(a), at(b))).toBe(minutes);
  });

  it('24/7 calendar: a day later across DST is 24 real hours', () => {
    expect(addBusinessMinutes(ALWAYS, at('2026-03-28T11:00:00Z'), 1440).toISOString()).toBe(
      '2026-03-29T11:00:00.000Z',
    );
  });
});

describe('isOpenAt and wall-time conversion', () => {
  it('opening is open, closing is closed', () => {
    expect(isOpenAt(PL, at('2026-11-02T07:00:00Z'))).toBe(true);
    expect(isOpenAt(PL, at('2026-11-02T14:59:59Z'))).toBe(true);
    expect(isOpenAt(PL, at('2026-11-02T15:00:00Z'))).toBe(false);
    expect(isOpenAt(PL, at('2026-11-11T10:00:00Z'))).toBe(false);
  });

  it('a skipped wall time moves forward by the gap; a repeated one takes the first', () => {
    expect(new Date(zonedInstant('Europe/Warsaw', '2026-03-29', 150)).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(new Date(zonedInstant('Europe/Prague', '2026-10-25', 150)).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(new Date(zonedInstant('Europe/Warsaw', '2026-07-01', 1440)).toISOString()).toBe(
      '2026-07-01T22:00:00.000Z',
    );
  });
});
