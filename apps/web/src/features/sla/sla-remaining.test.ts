import { describe, expect, it } from 'vitest';
import type { Calendar, TicketSlaTarget } from '@kontakt/contracts';
import { slaBadgeState, splitMinutes, toBusinessCalendar } from './sla-remaining.ts';

const office: Calendar = {
  id: '0190a000-0000-7000-8000-0000000000e1',
  name: 'Biuro',
  timeZone: 'Europe/Warsaw',
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '08:00', end: '16:00' })),
  holidayCountry: 'PL',
  holidays: [{ date: '2026-11-11', name: 'Narodowe Święto Niepodległości' }],
  closures: [],
  extraOpenings: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const cal = toBusinessCalendar(office);

const target = (over: Partial<TicketSlaTarget> = {}): TicketSlaTarget => ({
  target: 'first_response',
  minutes: 240,
  businessHours: true,
  dueAt: '2026-11-09T10:00:00.000Z', // Monday 11:00 in Warsaw
  warnAt: '2026-11-09T09:12:00.000Z',
  metAt: null,
  breachedAt: null,
  warnedAt: null,
  paused: false,
  remainingMinutes: 240,
  ...over,
});
const at = (iso: string) => Date.parse(iso);

describe('SLA badge state', () => {
  it('counts business minutes left in the calendar (Friday 15:00 → Monday 11:00 is 4 hours)', () => {
    expect(slaBadgeState(target(), cal, at('2026-11-06T14:00:00Z'))).toEqual({
      state: 'normal',
      minutes: 240,
    });
    expect(slaBadgeState(target(), cal, at('2026-11-07T12:00:00Z'))).toEqual({
      state: 'normal',
      minutes: 180,
    });
  });

  it('counts elapsed time for calendar-time targets and without a calendar', () => {
    const wall = target({ businessHours: false });
    expect(slaBadgeState(wall, cal, at('2026-11-09T08:00:00Z')).minutes).toBe(120);
    expect(slaBadgeState(target(), null, at('2026-11-09T08:00:00Z')).minutes).toBe(120);
  });

  it('warns from the warning instant and is breached from the due instant', () => {
    expect(slaBadgeState(target(), cal, at('2026-11-09T09:12:00Z')).state).toBe('warning');
    expect(slaBadgeState(target(), cal, at('2026-11-09T10:00:00Z')).state).toBe('breached');
    expect(slaBadgeState(target(), cal, at('2026-11-09T10:30:00Z'))).toEqual({
      state: 'breached',
      minutes: -30,
    });
  });

  it('shows the stored time left while paused and nothing left to count once met', () => {
    expect(slaBadgeState(target({ paused: true, dueAt: null, remainingMinutes: 75 }), cal, 0)).toEqual({
      state: 'paused',
      minutes: 75,
    });
    expect(slaBadgeState(target({ metAt: '2026-11-09T09:00:00.000Z' }), cal, 0).state).toBe('met');
  });

  it('splits minutes into days, hours and minutes', () => {
    expect(splitMinutes(1565)).toEqual({ d: 1, h: 2, m: 5 });
    expect(splitMinutes(-30.4)).toEqual({ d: 0, h: 0, m: 30 });
  });
});
