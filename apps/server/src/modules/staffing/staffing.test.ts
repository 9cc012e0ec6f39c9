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
const leadRow = await buildAgent(k, org, { role: 'lead' });
const agentRow = await buildAgent(k, org);
const team = await buildTeam(k, org, [leadRow.id, agentRow.id]);
const queue = await buildQueue(k, org, { teamId: team.id });
const otherQueue = await buildQueue(k, org, { teamId: team.id });
const lead = await signIn(k, leadRow.email);
const agent = await signIn(k, agentRow.email);
const stranger = await orgWithAdmin(k);
const strangerQueue = await buildQueue(k, stranger.org);

const erlang = (body: object) => send('POST', agent, '/staffing/erlang', body);

describe('POST /staffing/erlang', () => {
  it('answers the DOMAIN.md check: A = 1, N = 2, AHT 60 s', async () => {
    const res = await erlang({
      contacts: 30,
      intervalSeconds: 1800,
      ahtSeconds: 60,
      agents: 2,
      thresholdSeconds: 10,
    });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ model: 'erlang_c', agents: 2, agentsRequired: null, stable: true });
    expect(r.load).toBeCloseTo(1, 12);
    expect(r.probabilityOfWaiting).toBeCloseTo(1 / 3, 9);
    expect(r.asaSeconds).toBeCloseTo(20, 6);
    expect(r.serviceLevel).toBeCloseTo(0.717839, 6);
    expect(r.occupancy).toBeCloseTo(0.5, 12);
    expect(r.probabilityOfAbandon).toBeNull();
    expect(r.curve.find((p: { agents: number }) => p.agents === 2).serviceLevel).toBeCloseTo(0.717839, 6);
  });

  it('finds the agents for a target and schedules them with shrinkage', async () => {
    const res = await erlang({
      contacts: 100,
      ahtSeconds: 180,
      serviceLevelTarget: 0.8,
      thresholdSeconds: 20,
      shrinkage: 0.3,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ agents: 14, agentsRequired: 14, scheduledStaff: 20 });
    expect(res.json().serviceLevel).toBeGreaterThanOrEqual(0.8);
  });

  it('uses Erlang A with a patience and reports abandonment', async () => {
    const res = await erlang({ contacts: 100, ahtSeconds: 180, agents: 9, patienceSeconds: 120 });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.model).toBe('erlang_a');
    expect(r.stable).toBe(true);
    expect(r.probabilityOfAbandon).toBeGreaterThan(0);
    expect(r.probabilityOfAbandon).toBeLessThan(1);
  });

  it('reports an unstable queue instead of failing', async () => {
    const res = await erlang({ contacts: 100, ahtSeconds: 180, agents: 10 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      stable: false,
      serviceLevel: 0,
      asaSeconds: null,
      probabilityOfWaiting: 1,
    });
  });

  it.each([
    [{ contacts: 10, ahtSeconds: 60 }, 'agents'],
    [{ contacts: 10, ahtSeconds: 60, agents: 3, serviceLevelTarget: 0.8 }, 'agents'],
    [{ contacts: -1, ahtSeconds: 60, agents: 3 }, 'contacts'],
    [{ contacts: 10, ahtSeconds: 0, agents: 3 }, 'ahtSeconds'],
    [{ contacts: 10, ahtSeconds: 60, serviceLevelTarget: 1 }, 'serviceLevelTarget'],
    [{ contacts: 10, ahtSeconds: 60, agents: 3, shrinkage: 1 }, 'shrinkage'],
    [{ contacts: 10, ahtSeconds: 60, agents: 2.5 }, 'agents'],
  ])('refuses %j with 400 validation_failed', async (body, field) => {
    const res = await erlang(body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(JSON.stringify(res.json().error)).toContain(field);
  });

  it('refuses loads beyond the computed range', async () => {
    const res = await erlang({ contacts: 1_000_000, intervalSeconds: 60, ahtSeconds: 600, agents: 5 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', details: { field: 'contacts' } });
  });

  it('needs a signed-in caller', async () => {
    const res = await k.inject({
      method: 'POST',
      url: '/api/v1/staffing/erlang',
      payload: { contacts: 1, ahtSeconds: 60, agents: 1 },
    });
    expect(res.statusCode).toBe(401);
  });
});

describe('GET /staffing/forecast', () => {
  const NOW = new Date('2026-11-02T09:00:00Z'); // Monday 10:00 in Warsaw (CET)

  async function ticketAt(iso: string, q = queue) {
    k.clock.set(new Date(iso));
    return buildTicket(k, org, q);
  }

  it('averages the same weekday and half hour over the weeks, in the organization time zone', async () => {
    // Monday 09:10 Warsaw (CET, UTC+1) last week and this morning; 09:40 is the next slot.
    await ticketAt('2026-10-26T08:10:00Z');
    await ticketAt('2026-10-26T08:20:00Z');
    await ticketAt('2026-10-26T08:29:59Z');
    await ticketAt('2026-11-02T08:10:00Z');
    await ticketAt('2026-10-26T08:40:00Z');
    // Tuesday 20 Oct was still summer time (CEST, UTC+2): 07:10 UTC is 09:10 in Warsaw.
    await ticketAt('2026-10-20T07:10:00Z');
    await ticketAt('2026-10-26T08:15:00Z', otherQueue);
    await ticketAt('2026-10-19T07:10:00Z'); // before the two-week window
    await buildTicket(k, stranger.org, strangerQueue);
    k.clock.set(NOW);

    const res = await get(lead, `/staffing/forecast?queue=${queue.id}&weeks=2`);
    expect(res.statusCode, res.body).toBe(200);
    const f = res.json();
    expect(f).toMatchObject({
      queueId: queue.id,
      weeks: 2,
      timeZone: 'Europe/Warsaw',
      historyFrom: '2026-10-19T09:00:00.000Z',
      historyTo: '2026-11-02T09:00:00.000Z',
      contactsInHistory: 6,
      ahtSeconds: 300,
      ahtSource: 'organization_default',
    });
    expect(f.slots).toHaveLength(336);
    expect(f.slots[18]).toMatchObject({ weekday: 1, slot: 18, start: '09:00', expectedContacts: 2 });
    expect(f.slots[19]).toMatchObject({ start: '09:30', expectedContacts: 0.5 });
    expect(f.slots[48 + 18]).toMatchObject({ weekday: 2, start: '09:00', expectedContacts: 0.5 });
    // 2 contacts × 300 s per 30 min = 0.33 Erlang: 80 % within 20 s needs 2 agents; 30 % shrinkage → 3.
    expect(f.slots[18]).toMatchObject({ agentsRequired: 2, scheduledStaff: 3 });
    expect(f.slots[20]).toMatchObject({ expectedContacts: 0, agentsRequired: 0 });

    const all = (await get(lead, '/staffing/forecast?weeks=2')).json();
    expect(all.contactsInHistory).toBe(7);
    expect(all.slots[18].expectedContacts).toBe(2.5);
  });

  it('takes handle time from time entries on tickets, and the target from the settings', async () => {
    k.clock.set(new Date('2026-10-27T10:00:00Z'));
    const ticket = await buildTicket(k, org, queue);
    k.clock.set(NOW);
    const categories = (await get(agent, '/activity-categories')).json().items;
    const handling = categories.find((c: { systemKey: string }) => c.systemKey === 'handling');
    for (const startedAt of ['2026-10-27T10:00:00Z', '2026-10-27T11:00:00Z']) {
      const res = await send('POST', agent, '/time-entries', {
        categoryId: handling.id,
        ticketId: ticket.id,
        startedAt,
        durationSeconds: 240,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const settings = await send('PATCH', lead, '/staffing/settings', {
      serviceLevelTarget: 0.9,
      shrinkage: 0,
    });
    expect(settings.statusCode, settings.body).toBe(200);
    expect(settings.json()).toMatchObject({ serviceLevelTarget: 0.9, shrinkage: 0, thresholdSeconds: 20 });

    const f = (await get(lead, `/staffing/forecast?queue=${queue.id}&weeks=2`)).json();
    expect(f).toMatchObject({ ahtSeconds: 480, ahtSource: 'time_entries' });
    expect(f.settings).toMatchObject({ serviceLevelTarget: 0.9, defaultAhtSeconds: 300 });
    expect(f.slots[18].scheduledStaff).toBe(f.slots[18].agentsRequired);
  });

  it('is for leads and admins, within their organization', async () => {
    expect((await get(agent, '/staffing/forecast')).statusCode).toBe(403);
    expect((await send('PATCH', agent, '/staffing/settings', { shrinkage: 0.1 })).statusCode).toBe(403);
    expect((await get(admin, `/staffing/forecast?queue=${strangerQueue.id}`)).statusCode).toBe(404);
    expect((await get(admin, `/staffing/forecast?queue=${newId()}`)).statusCode).toBe(404);
    const bad = await get(lead, '/staffing/forecast?weeks=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
    const badSettings = await send('PATCH', lead, '/staffing/settings', { serviceLevelTarget: 1.5 });
    expect(badSettings.statusCode).toBe(400);
  });
});
