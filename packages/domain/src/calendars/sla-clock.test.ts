import { describe, expect, it } from 'vitest';
import { applySlaEvent, markSlaFired, replaySla, type SlaEvent, type SlaTargets } from './sla-clock.ts';
import { evaluateSla } from './sla-evaluate.ts';
import { PL } from './test-calendars.ts';

const t = (iso: string) => Date.parse(iso);
const iso = (ms: number | null | undefined) => (ms == null ? null : new Date(ms).toISOString());
const biz = (minutes: number) => ({ minutes, businessHours: true });

/** first response 4 h, next response 2 h, resolution 2 days of 8 h — all in PL office hours. */
const NORMAL: SlaTargets = { first_response: biz(240), next_response: biz(120), resolution: biz(960) };
const URGENT: SlaTargets = { first_response: biz(120), next_response: biz(60), resolution: biz(480) };

// Mon 2026-11-02 09:00 Warsaw (CET, UTC+1)
const MON_0900 = t('2026-11-02T08:00:00Z');
const created: SlaEvent = { kind: 'created', at: MON_0900, status: 'new', priority: 'normal' };

const evaluate = (events: SlaEvent[], now: string, targets = NORMAL) =>
  evaluateSla(replaySla(events)!, targets, PL, t(now));

describe('SLA clock', () => {
  it('due and warning instants after creation', () => {
    const r = evaluate([created], '2026-11-02T08:00:00Z');
    expect(iso(r.first_response!.dueAt)).toBe('2026-11-02T12:00:00.000Z');
    expect(iso(r.first_response!.warnAt)).toBe('2026-11-02T11:12:00.000Z'); // 80 % of 240 = 192 min
    expect(iso(r.resolution!.dueAt)).toBe('2026-11-04T08:00:00.000Z');
    expect(r.next_response).toBeUndefined();
    expect(r.first_response!.state).toBe('running');
  });

  it('a ticket created on Saturday starts its clock on Monday at opening', () => {
    const sat: SlaEvent = { ...created, at: t('2026-11-07T09:00:00Z') } as SlaEvent;
    const r = evaluate([sat], '2026-11-07T09:00:00Z');
    expect(iso(r.first_response!.dueAt)).toBe('2026-11-09T11:00:00.000Z');
  });

  it('warning and breach states follow the clock', () => {
    expect(evaluate([created], '2026-11-02T11:12:00Z').first_response!.state).toBe('warning');
    const late = evaluate([created], '2026-11-02T12:00:00Z').first_response!;
    expect(late.state).toBe('breached');
    expect(iso(late.breachedAt)).toBe('2026-11-02T12:00:00.000Z');
  });

  it('a public agent reply meets first response; late replies record the breach instant', () => {
    const onTime = evaluate(
      [created, { kind: 'agent_reply', at: t('2026-11-02T12:00:00Z') }],
      '2026-11-03T08:00:00Z',
    );
    expect(onTime.first_response).toMatchObject({ state: 'met', breachedAt: null });
    const late = evaluate(
      [created, { kind: 'agent_reply', at: t('2026-11-02T12:01:00Z') }],
      '2026-11-03T08:00:00Z',
    );
    expect(late.first_response!.state).toBe('met');
    expect(iso(late.first_response!.breachedAt)).toBe('2026-11-02T12:00:00.000Z');
  });

  it('pending statuses pause every clock; the customer reply resumes them and starts next response', () => {
    const events: SlaEvent[] = [
      created,
      { kind: 'agent_reply', at: t('2026-11-02T09:00:00Z') },
      { kind: 'status', at: t('2026-11-02T09:00:00Z'), status: 'pending_customer' },
    ];
    const paused = evaluate(events, '2026-11-03T12:00:00Z');
    expect(paused.resolution).toMatchObject({
      state: 'paused',
      paused: true,
      dueAt: null,
      remainingMinutes: 900,
    });
    events.push(
      { kind: 'status', at: t('2026-11-03T13:00:00Z'), status: 'open' },
      { kind: 'customer_message', at: t('2026-11-03T13:00:00Z') },
    );
    const resumed = evaluate(events, '2026-11-03T13:00:00Z');
    // 900 min left from Tue 14:00: 120 Tue + 480 Wed + 300 Thu → Thu 13:00 local
    expect(iso(resumed.resolution!.dueAt)).toBe('2026-11-05T12:00:00.000Z');
    // next response 120 min from Tue 14:00 lands exactly on closing: Tue 16:00, not Wed morning
    expect(iso(resumed.next_response!.dueAt)).toBe('2026-11-03T15:00:00.000Z');
    expect(resumed.first_response!.state).toBe('met');
  });

  it('pending_third_party pauses too; on_hold does not', () => {
    const at = t('2026-11-02T09:00:00Z');
    const third = evaluate(
      [created, { kind: 'status', at, status: 'pending_third_party' }],
      '2026-11-02T14:00:00Z',
    );
    expect(third.first_response!.paused).toBe(true);
    const hold = evaluate([created, { kind: 'status', at, status: 'on_hold' }], '2026-11-02T09:00:00Z');
    expect(iso(hold.first_response!.dueAt)).toBe('2026-11-02T12:00:00.000Z');
  });

  it('a priority change recomputes from the original start keeping elapsed time', () => {
    const events: SlaEvent[] = [
      created,
      { kind: 'priority', at: t('2026-11-02T09:00:00Z'), priority: 'urgent' },
    ];
    const r = evaluate(events, '2026-11-02T09:00:00Z', URGENT);
    expect(replaySla(events)!.priority).toBe('urgent');
    expect(iso(r.first_response!.dueAt)).toBe('2026-11-02T10:00:00.000Z'); // 09:00 + 120 min
    expect(iso(r.resolution!.dueAt)).toBe('2026-11-03T08:00:00.000Z'); // 09:00 + 480 min
  });

  it('a shorter target already exceeded before a pause is due inside the earlier running time', () => {
    const events: SlaEvent[] = [
      created,
      { kind: 'status', at: t('2026-11-02T11:00:00Z'), status: 'pending_customer' },
      { kind: 'priority', at: t('2026-11-02T12:00:00Z'), priority: 'urgent' },
    ];
    const r = evaluate(events, '2026-11-02T12:00:00Z', URGENT);
    expect(iso(r.first_response!.dueAt)).toBe('2026-11-02T10:00:00.000Z');
    expect(r.first_response!.state).toBe('breached');
  });

  it('reopen resumes the resolution clock with the time already used', () => {
    const events: SlaEvent[] = [
      created,
      { kind: 'agent_reply', at: t('2026-11-02T10:00:00Z') },
      { kind: 'status', at: t('2026-11-02T10:00:00Z'), status: 'solved' },
    ];
    const solved = evaluate(events, '2026-11-02T10:00:00Z');
    expect(solved.resolution).toMatchObject({ state: 'met', metAt: t('2026-11-02T10:00:00Z') });
    events.push(
      { kind: 'status', at: t('2026-11-03T08:00:00Z'), status: 'open' },
      { kind: 'customer_message', at: t('2026-11-03T08:00:00Z') },
    );
    const reopened = evaluate(events, '2026-11-03T08:00:00Z');
    // 120 used; 840 left from Tue 09:00: 420 Tue + 420 Wed → Wed 15:00 local
    expect(reopened.resolution).toMatchObject({ state: 'running', metAt: null });
    expect(iso(reopened.resolution!.dueAt)).toBe('2026-11-04T14:00:00.000Z');
  });

  it('calendar-time targets run around the clock, DST included', () => {
    const targets: SlaTargets = { resolution: { minutes: 1440, businessHours: false } };
    const sat: SlaEvent = { kind: 'created', at: t('2026-10-24T10:00:00Z'), status: 'new', priority: 'low' };
    const r = evaluateSla(replaySla([sat])!, targets, PL, t('2026-10-24T10:00:00Z'));
    expect(iso(r.resolution!.dueAt)).toBe('2026-10-25T10:00:00.000Z');
    expect(r.first_response).toBeUndefined();
  });

  it('a customer message before the first response starts no next-response clock', () => {
    const r = evaluate(
      [created, { kind: 'customer_message', at: t('2026-11-02T09:00:00Z') }],
      '2026-11-02T09:00:00Z',
    );
    expect(r.next_response).toBeUndefined();
  });

  it('a second customer message keeps the next-response clock of the first unanswered one', () => {
    const events: SlaEvent[] = [
      created,
      { kind: 'agent_reply', at: t('2026-11-02T09:00:00Z') },
      { kind: 'customer_message', at: t('2026-11-02T10:00:00Z') },
      { kind: 'customer_message', at: t('2026-11-02T11:00:00Z') },
    ];
    expect(iso(evaluate(events, '2026-11-02T11:00:00Z').next_response!.dueAt)).toBe(
      '2026-11-02T12:00:00.000Z',
    );
  });

  it('records an announced breach once and keeps the state it was given unchanged', () => {
    const s = replaySla([created])!;
    const fired = markSlaFired(s, 'first_response', 'breach', t('2026-11-02T12:00:00Z'));
    const again = markSlaFired(fired, 'first_response', 'breach', t('2026-11-02T13:00:00Z'));
    expect(iso(again.clocks.first_response.breachedAt)).toBe('2026-11-02T12:00:00.000Z');
    expect(s.clocks.first_response.breachedAt).toBeNull();
    expect(() => applySlaEvent(null, { kind: 'agent_reply', at: 0 })).toThrow();
  });
});
