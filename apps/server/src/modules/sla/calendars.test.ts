import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildAgent, buildQueue, orgWithAdmin, signIn } from '../../../test/factories.ts';
import { api, PL_OFFICE, POLICY } from './sla.test-kit.ts';

const k = await startTestKontakt();
const { send, get } = api(k);
const { org, session: admin } = await orgWithAdmin(k);
const agent = await signIn(k, (await buildAgent(k, org)).email);
const foreign = (await orgWithAdmin(k)).session;

const createCalendar = async (body: object) => {
  const res = await send('POST', admin, '/calendars', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};

describe('calendars', () => {
  it('stores a calendar with the public holidays of its country (date-holidays, public only)', async () => {
    const cal = await createCalendar(PL_OFFICE);
    const dates = cal.holidays.map((h: { date: string }) => h.date);
    expect(dates).toEqual(
      expect.arrayContaining(['2026-11-01', '2026-11-11', '2026-12-24', '2026-04-06', '2026-06-04']),
    );
    expect(dates).not.toContain('2026-04-03'); // Good Friday works in PL
    const cz = await createCalendar({
      ...PL_OFFICE,
      name: 'Kancelář Praha',
      timeZone: 'Europe/Prague',
      holidayCountry: 'CZ',
    });
    const czDates = cz.holidays.map((h: { date: string }) => h.date);
    expect(czDates).toEqual(expect.arrayContaining(['2026-04-03', '2026-10-28', '2026-11-17', '2026-07-06']));
    expect(czDates).not.toContain('2026-11-01');
    expect((await get(agent, `/calendars/${cal.id}`)).statusCode).toBe(200);
    expect((await get(foreign, `/calendars/${cal.id}`)).statusCode).toBe(404);
  });

  it.each([
    ['an unknown time zone', { timeZone: 'Europe/Atlantis' }, 'validation_failed'],
    ['an unknown holiday country', { holidayCountry: 'XX' }, 'validation_failed'],
    [
      'an interval ending before it starts',
      { weekly: [{ day: 1, start: '16:00', end: '08:00' }] },
      'validation_failed',
    ],
    ['no open hours at all', { weekly: [] }, 'validation_failed'],
    [
      'a closure with only a start',
      { closures: [{ date: '2026-12-31', start: '12:00' }] },
      'validation_failed',
    ],
  ])('rejects %s with 400', async (_name, over, code) => {
    const res = await send('POST', admin, '/calendars', { ...PL_OFFICE, name: `Bad ${_name}`, ...over });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
  });

  it('only admins change calendars; names are unique', async () => {
    expect((await send('POST', agent, '/calendars', { ...PL_OFFICE, name: 'Agent' })).statusCode).toBe(403);
    const cal = await createCalendar({ ...PL_OFFICE, name: 'Dup' });
    expect((await send('POST', admin, '/calendars', { ...PL_OFFICE, name: 'dup' })).statusCode).toBe(409);
    const changed = await send('PATCH', admin, `/calendars/${cal.id}`, {
      closures: [{ date: '2026-12-31' }],
    });
    expect(changed.json().closures).toEqual([{ date: '2026-12-31' }]);
    expect((await send('DELETE', foreign, `/calendars/${cal.id}`)).statusCode).toBe(404);
    expect((await send('DELETE', admin, `/calendars/${cal.id}`)).statusCode).toBe(204);
    expect((await get(admin, `/calendars/${cal.id}`)).statusCode).toBe(404);
  });

  it('previews "Friday 15:00 with a 4-hour target" and the minutes between two instants', async () => {
    const cal = await createCalendar({ ...PL_OFFICE, name: 'Preview' });
    const res = await send('POST', admin, `/calendars/${cal.id}/preview`, {
      start: '2026-11-06T14:00:00Z',
      minutes: 240,
      from: '2026-11-10T14:00:00Z',
      to: '2026-11-12T09:00:00Z',
    });
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p.dueAt).toBe('2026-11-09T10:00:00.000Z');
    expect(p.businessMinutes).toBe(180); // Tue 15:00–16:00, Wed 11 Nov closed, Thu 08:00–10:00 local
    expect(p.calendarMinutes).toBe(2580);
    const holiday = p.days.find((d: { date: string }) => d.date === '2026-11-11');
    expect(holiday).toEqual({ date: '2026-11-11', open: [], holiday: 'Narodowe Święto Niepodległości' });
    expect(p.days.find((d: { date: string }) => d.date === '2026-11-09').open).toEqual([
      { from: '2026-11-09T07:00:00.000Z', to: '2026-11-09T15:00:00.000Z' },
    ]);
    expect(p.days).toHaveLength(30);
    const bad = await send('POST', admin, `/calendars/${cal.id}/preview`, { start: '2026-11-06T14:00:00Z' });
    expect(bad.statusCode).toBe(400);
  });

  it('previews across a CZ holiday and the DST change', async () => {
    const cz = await createCalendar({
      ...PL_OFFICE,
      name: 'Praha DST',
      timeZone: 'Europe/Prague',
      holidayCountry: 'CZ',
    });
    const res = await send('POST', admin, `/calendars/${cz.id}/preview`, {
      start: '2026-10-23T13:00:00Z',
      minutes: 720,
    });
    // Fri 15:00 CEST: 1 h; Mon 26 Oct (CET) 8 h; Tue 27 Oct 3 h → 11:00 CET; 28 Oct is not reached
    expect(res.json().dueAt).toBe('2026-10-27T10:00:00.000Z');
    const over = await send('POST', admin, `/calendars/${cz.id}/preview`, {
      start: '2026-10-27T14:00:00Z',
      minutes: 240,
    });
    expect(over.json().dueAt).toBe('2026-10-29T10:00:00.000Z');
  });

  it('assigns a calendar to a queue of the organization only', async () => {
    const cal = await createCalendar({ ...PL_OFFICE, name: 'Queue cal' });
    const queue = await buildQueue(k, org);
    const ok = await send('PUT', admin, `/queues/${queue.id}/calendar`, { calendarId: cal.id });
    expect(ok.json()).toEqual({ id: queue.id, calendarId: cal.id });
    // The queue list says which calendar each queue counts in (the admin's queue form shows it).
    const queuesRes = await get(admin, '/queues');
    const listed: Array<{ id: string; calendarId: string }> = queuesRes.json().items;
    expect(listed.find((q) => q.id === queue.id)!.calendarId).toBe(cal.id);
    expect(
      (await send('PUT', foreign, `/queues/${queue.id}/calendar`, { calendarId: null })).statusCode,
    ).toBe(404);
    const foreignCal = (await send('POST', foreign, '/calendars', { ...PL_OFFICE, name: 'Theirs' })).json();
    expect(
      (await send('PUT', admin, `/queues/${queue.id}/calendar`, { calendarId: foreignCal.id })).statusCode,
    ).toBe(404);
  });
});

describe('SLA policies', () => {
  it('are kept in order; a new one can go first; only admins see them', async () => {
    const a = (await send('POST', admin, '/sla-policies', POLICY)).json();
    const b = await send('POST', admin, '/sla-policies', {
      ...POLICY,
      name: 'VIP',
      position: 0,
      conditions: { customerFlags: ['vip'] },
    });
    expect(b.statusCode, b.body).toBe(201);
    expect(b.json()).toMatchObject({ position: 0, warningShare: 0.8, active: true });
    const list = (await get(admin, '/sla-policies')).json().items.map((p: { name: string }) => p.name);
    expect(list.slice(0, 2)).toEqual(['VIP', 'Standard']);
    const moved = await send('PATCH', admin, `/sla-policies/${a.id}`, { position: 0, warningShare: 0.5 });
    expect(moved.json()).toMatchObject({ position: 0, warningShare: 0.5 });
    expect((await get(agent, '/sla-policies')).statusCode).toBe(403);
    expect((await get(foreign, `/sla-policies/${a.id}`)).statusCode).toBe(404);
    const dup = await send('POST', admin, '/sla-policies', {
      name: 'Twice',
      targets: [POLICY.targets[0], POLICY.targets[0]],
    });
    expect(dup.statusCode).toBe(400);
    expect((await send('DELETE', admin, `/sla-policies/${a.id}`)).statusCode).toBe(204);
  });
});
