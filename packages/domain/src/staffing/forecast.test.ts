import { describe, expect, it } from 'vitest';
import { erlangCRequiredAgents } from './erlang-c.ts';
import { averageSlotVolumes, forecastWeek, slotStart, SLOTS_PER_DAY } from './forecast.ts';

const params = { weeks: 2, ahtSeconds: 180, serviceLevelTarget: 0.8, thresholdSeconds: 20, shrinkage: 0.3 };

describe('forecast aggregation', () => {
  it.each([
    { counts: [], weeks: 4, index: 0, expected: 0 },
    { counts: [{ weekday: 1, slot: 0, contacts: 8 }], weeks: 4, index: 0, expected: 2 },
    // Monday 09:00 is slot 18 of day 1; Wednesday 14:30 is slot 29 of day 3.
    { counts: [{ weekday: 1, slot: 18, contacts: 30 }], weeks: 3, index: 18, expected: 10 },
    {
      counts: [{ weekday: 3, slot: 29, contacts: 5 }],
      weeks: 2,
      index: 2 * SLOTS_PER_DAY + 29,
      expected: 2.5,
    },
    // Sunday 23:30 is the last slot of the week.
    { counts: [{ weekday: 7, slot: 47, contacts: 7 }], weeks: 1, index: 7 * SLOTS_PER_DAY - 1, expected: 7 },
    // Out-of-range buckets are ignored rather than wrapping into another slot.
    { counts: [{ weekday: 8, slot: 0, contacts: 7 }], weeks: 1, index: 0, expected: 0 },
  ])('averages $counts over $weeks weeks into slot $index', ({ counts, weeks, index, expected }) => {
    const v = averageSlotVolumes(counts, weeks);
    expect(v).toHaveLength(336);
    expect(v[index]).toBe(expected);
    expect(v.reduce((a, b) => a + b, 0)).toBe(expected);
  });

  it('adds several rows for the same slot', () => {
    const v = averageSlotVolumes(
      [
        { weekday: 2, slot: 20, contacts: 3 },
        { weekday: 2, slot: 20, contacts: 5 },
      ],
      2,
    );
    expect(v[SLOTS_PER_DAY + 20]).toBe(4);
  });

  it.each([
    [0, '00:00'],
    [1, '00:30'],
    [19, '09:30'],
    [47, '23:30'],
  ])('names slot %i as %s', (slot, label) => {
    expect(slotStart(slot)).toBe(label);
  });

  it('staffs each slot by Erlang C and schedules with shrinkage', () => {
    const week = forecastWeek([{ weekday: 1, slot: 18, contacts: 200 }], params);
    expect(week).toHaveLength(336);
    const monday9 = week[18]!;
    expect(monday9).toMatchObject({ weekday: 1, slot: 18, start: '09:00', expectedContacts: 100 });
    expect(monday9.agentsRequired).toBe(
      erlangCRequiredAgents({ contacts: 100, intervalSeconds: 1800, ahtSeconds: 180 }, 0.8, 20),
    );
    expect(monday9.agentsRequired).toBe(14);
    expect(monday9.scheduledStaff).toBe(20);
    expect(monday9.serviceLevel).toBeGreaterThanOrEqual(0.8);
    const quiet = week[19]!;
    expect(quiet).toMatchObject({
      expectedContacts: 0,
      agentsRequired: 0,
      scheduledStaff: 0,
      serviceLevel: null,
    });
  });
});
