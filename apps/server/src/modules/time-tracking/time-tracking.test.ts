import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import {
  buildAgent,
  buildQueue,
  buildTeam,
  buildTicket,
  orgWithAdmin,
  signIn,
} from '../../../test/factories.ts';
import { newId } from '../../platform/crypto.ts';
import { api } from '../sla/sla.test-kit.ts';

const k = await startTestKontakt();
const { send, get } = api(k);
const { org, session: admin } = await orgWithAdmin(k);
const leadRow = await buildAgent(k, org, { role: 'lead', name: 'Lena Lead' });
const janaRow = await buildAgent(k, org, { name: 'Jana Nowak' });
const petrRow = await buildAgent(k, org, { name: 'Petr Svoboda' });
const team = await buildTeam(k, org, [leadRow.id, janaRow.id, petrRow.id]);
const queue = await buildQueue(k, org, { teamId: team.id });
const lead = await signIn(k, leadRow.email);
const jana = await signIn(k, janaRow.email);
const petr = await signIn(k, petrRow.email);
const other = await orgWithAdmin(k);
const otherQueue = await buildQueue(k, other.org);
const foreignTicket = await buildTicket(k, other.org, otherQueue);

const T0 = new Date('2026-11-02T09:00:00Z');
const PERIOD = 'from=2026-11-02T00:00:00Z&to=2026-11-03T00:00:00Z';
type Category = { id: string; name: string; systemKey: string | null; isDefault: boolean; active: boolean };
const categories = async (): Promise<Category[]> => (await get(jana, '/activity-categories')).json().items;

describe('activity categories', () => {
  it('start with the system ones, handling the default, named in the organization language', async () => {
    const items = await categories();
    expect(items.map((c) => c.systemKey).sort()).toEqual(
      ['complaint_assessment', 'handling', 'order_entry', 'training'].sort(),
    );
    expect(items[0]).toMatchObject({ systemKey: 'handling', isDefault: true, name: 'Obsługa zgłoszeń' });
  });

  it('are managed by admins: unique names, one default that stays active', async () => {
    const created = await send('POST', admin, '/activity-categories', { name: 'Back office' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ name: 'Back office', isDefault: false, systemKey: null });
    const dup = await send('POST', admin, '/activity-categories', { name: 'back office' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('conflict');
    expect((await send('POST', jana, '/activity-categories', { name: 'Mine' })).statusCode).toBe(403);
    expect((await send('POST', admin, '/activity-categories', { name: ' ' })).statusCode).toBe(400);

    const handling = (await categories()).find((c) => c.systemKey === 'handling')!;
    const off = await send('PATCH', admin, `/activity-categories/${handling.id}`, { active: false });
    expect(off.statusCode).toBe(400);
    const moved = await send('PATCH', admin, `/activity-categories/${created.json().id}`, {
      isDefault: true,
    });
    expect(moved.json().isDefault).toBe(true);
    const back = await send('PATCH', admin, `/activity-categories/${handling.id}`, { isDefault: true });
    expect(back.json().isDefault).toBe(true);
    expect((await categories()).filter((c) => c.isDefault)).toHaveLength(1);
    expect(
      (await send('PATCH', other.session, `/activity-categories/${handling.id}`, { name: 'X' })).statusCode,
    ).toBe(404);
  });
});

describe('ticket timer', () => {
  it('runs in stretches: start, heartbeats move the end, stop keeps the time', async () => {
    k.clock.set(T0);
    const ticket = await buildTicket(k, org, queue);
    const start = await send('POST', jana, '/time-entries/timer', { ticketId: ticket.id });
    expect(start.statusCode, start.body).toBe(201);
    const entry = start.json();
    const handling = (await categories()).find((c) => c.systemKey === 'handling')!;
    expect(entry).toMatchObject({
      categoryId: handling.id,
      ticketId: ticket.id,
      ticketNumber: ticket.number,
      queueId: queue.id,
      source: 'timer',
      running: true,
      durationSeconds: 0,
    });
    k.clock.advance(10_000);
    const beat = await send('POST', jana, `/time-entries/${entry.id}/heartbeat`);
    expect(beat.json()).toMatchObject({ running: true, durationSeconds: 10 });
    k.clock.advance(5_000);
    // Only the agent timing beats their timer; others do not even see it.
    expect((await send('POST', petr, `/time-entries/${entry.id}/heartbeat`)).statusCode).toBe(404);
    const stop = await send('POST', jana, `/time-entries/${entry.id}/stop`);
    expect(stop.statusCode).toBe(200);
    expect(stop.json()).toMatchObject({ running: false, durationSeconds: 15 });
    k.clock.advance(60_000);
    const again = await send('POST', jana, `/time-entries/${entry.id}/stop`);
    expect(again.json().durationSeconds).toBe(15);
  });

  it('loses no more than a beat when the browser goes away, and one timer runs at a time', async () => {
    k.clock.set(new Date(T0.getTime() + 3_600_000));
    const a = await buildTicket(k, org, queue);
    const b = await buildTicket(k, org, queue);
    const first = (await send('POST', jana, '/time-entries/timer', { ticketId: a.id })).json();
    k.clock.advance(20_000);
    await send('POST', jana, `/time-entries/${first.id}/heartbeat`);
    k.clock.advance(10 * 60_000); // closed laptop: no beats for ten minutes
    const late = await send('POST', jana, `/time-entries/${first.id}/heartbeat`);
    expect(late.json()).toMatchObject({ running: false, durationSeconds: 20 });

    const second = (await send('POST', jana, '/time-entries/timer', { ticketId: a.id })).json();
    k.clock.advance(30_000);
    const third = (await send('POST', jana, '/time-entries/timer', { ticketId: b.id })).json();
    expect(third.running).toBe(true);
    const list = (await get(jana, `/time-entries?${PERIOD}&ticketId=${a.id}`)).json().items;
    expect(list.find((e: { id: string }) => e.id === second.id)).toMatchObject({
      running: false,
      durationSeconds: 30,
    });
    // A stretch under a second is dropped on stop.
    const blip = await send('POST', jana, `/time-entries/${third.id}/stop`);
    expect(blip.statusCode).toBe(204);
  });

  it('refuses tickets the agent cannot see and categories that are not usable', async () => {
    expect((await send('POST', jana, '/time-entries/timer', { ticketId: foreignTicket.id })).statusCode).toBe(
      404,
    );
    const ticket = await buildTicket(k, org, queue);
    const unknown = await send('POST', jana, '/time-entries/timer', {
      ticketId: ticket.id,
      categoryId: newId(),
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('unknown_reference');
  });
});

describe('manual entries and the time report', () => {
  it('records training without a ticket, corrects it, and never for the future', async () => {
    k.clock.set(new Date('2026-11-02T18:00:00Z'));
    const training = (await categories()).find((c) => c.systemKey === 'training')!;
    const res = await send('POST', petr, '/time-entries', {
      categoryId: training.id,
      startedAt: '2026-11-02T12:00:00Z',
      durationSeconds: 3600,
      note: 'Product training',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      ticketId: null,
      source: 'manual',
      durationSeconds: 3600,
      running: false,
    });
    const fix = await send('PATCH', petr, `/time-entries/${res.json().id}`, { durationSeconds: 5400 });
    expect(fix.json()).toMatchObject({ durationSeconds: 5400, endedAt: '2026-11-02T13:30:00.000Z' });
    // Other agents' entries are invisible to an agent, correctable by leads.
    expect((await send('PATCH', jana, `/time-entries/${res.json().id}`, { note: 'x' })).statusCode).toBe(404);
    expect(
      (await send('PATCH', lead, `/time-entries/${res.json().id}`, { note: 'Checked' })).statusCode,
    ).toBe(200);

    const future = await send('POST', petr, '/time-entries', {
      categoryId: training.id,
      startedAt: '2026-11-02T19:00:00Z',
      durationSeconds: 60,
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.code).toBe('date_in_future');
    const tooLong = await send('POST', petr, '/time-entries', {
      categoryId: training.id,
      startedAt: '2026-11-01T12:00:00Z',
      durationSeconds: 90_000,
    });
    expect(tooLong.statusCode).toBe(400);
  });

  it('shows agents their own entries; leads anyone’s', async () => {
    expect((await get(jana, `/time-entries?${PERIOD}&agentId=${petrRow.id}`)).statusCode).toBe(403);
    const petrs = await get(lead, `/time-entries?${PERIOD}&agentId=${petrRow.id}`);
    expect(petrs.json().items).toHaveLength(1);
    const own = (await get(jana, `/time-entries?${PERIOD}`)).json().items;
    expect(own.every((e: { agentId: string }) => e.agentId === janaRow.id)).toBe(true);
    const backwards = await get(jana, '/time-entries?from=2026-11-03T00:00:00Z&to=2026-11-02T00:00:00Z');
    expect(backwards.statusCode).toBe(400);
  });

  it('sums time per activity, agent and queue; agents see only their own', async () => {
    const byCategory = await get(lead, `/reports/time?${PERIOD}&groupBy=category`);
    expect(byCategory.statusCode, byCategory.body).toBe(200);
    const rows = byCategory.json().rows as Array<{ categoryName: string; seconds: number; entries: number }>;
    // Jana: 15 + 20 (up to the last beat) + 30 s handling; Petr: 5400 s training.
    expect(rows).toEqual([
      expect.objectContaining({ categoryName: 'Szkolenie', seconds: 5400, entries: 1, agentId: null }),
      expect.objectContaining({ categoryName: 'Obsługa zgłoszeń', seconds: 65, entries: 3 }),
    ]);
    expect(byCategory.json().totalSeconds).toBe(5465);

    const byAgentQueue = (await get(lead, `/reports/time?${PERIOD}&groupBy=agent,queue`)).json();
    expect(byAgentQueue.groupBy).toEqual(['agent', 'queue']);
    expect(byAgentQueue.rows).toEqual([
      expect.objectContaining({ agentName: 'Petr Svoboda', queueId: null, seconds: 5400 }),
      expect.objectContaining({ agentName: 'Jana Nowak', queueId: queue.id, seconds: 65, categoryId: null }),
    ]);

    const janas = (await get(jana, `/reports/time?${PERIOD}&groupBy=agent&agentId=${petrRow.id}`)).json();
    expect(janas.rows).toEqual([expect.objectContaining({ agentId: janaRow.id, seconds: 65 })]);
    expect((await get(other.session, `/reports/time?${PERIOD}`)).json().rows).toEqual([]);

    const bad = await get(lead, `/reports/time?${PERIOD}&groupBy=weather`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
  });

  it('deletes an own entry', async () => {
    const [entry] = (await get(petr, `/time-entries?${PERIOD}`)).json().items;
    expect((await send('DELETE', petr, `/time-entries/${entry.id}`)).statusCode).toBe(204);
    expect((await get(petr, `/time-entries?${PERIOD}`)).json().items).toHaveLength(0);
  });
});
