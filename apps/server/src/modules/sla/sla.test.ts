import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { loadConfig } from '../../platform/config.ts';
import { createLogger } from '../../platform/logger.ts';
import { startKontakt } from '../../server.ts';
import { buildAgent, buildQueue, buildTeam, orgWithAdmin, signIn } from '../../../test/factories.ts';
import { api, eventually, PL_OFFICE, POLICY, runJob } from './sla.test-kit.ts';
import { slaJobId } from './sla-jobs.ts';

// The harness clock starts on Monday 2026-11-02 09:00 UTC = 10:00 in Warsaw.
const START = new Date('2026-11-02T09:00:00Z');
const k = await startTestKontakt();
const { send, get } = api(k);
const { org, session: admin } = await orgWithAdmin(k);
const leadAgent = await buildAgent(k, org, { role: 'lead' });
const agentRow = await buildAgent(k, org);
const team = await buildTeam(k, org, [leadAgent.id, agentRow.id]);
const queue = await buildQueue(k, org, { teamId: team.id });
const agent = await signIn(k, agentRow.email);
const lead = await signIn(k, leadAgent.email);
const calendar = (await send('POST', admin, '/calendars', PL_OFFICE)).json();
await send('PUT', admin, `/queues/${queue.id}/calendar`, { calendarId: calendar.id });
expect((await send('POST', admin, '/sla-policies', POLICY)).statusCode).toBe(201);

const at = (iso: string) => k.clock.set(new Date(iso));
const target = (t: { sla: { targets: Array<{ target: string }> } }, name: string) =>
  t.sla.targets.find((x) => x.target === name) as Record<string, unknown> | undefined;

async function openTicket(over: object = {}) {
  const res = await send('POST', agent, '/tickets', {
    subject: 'Reklamacja butów',
    queueId: queue.id,
    customer: { email: `jan-${Math.random().toString(36).slice(2)}@example.test` },
    assigneeId: agentRow.id,
    message: { author: 'customer', body: { text: 'Buty się rozkleiły.' } },
    ...over,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const ticket = async (id: string) => (await get(agent, `/tickets/${id}`)).json();
const message = (id: string, body: object) => send('POST', agent, `/tickets/${id}/messages`, body);
const slaNotices = async (ticketId: string, kind: string) =>
  k.database.query<{ agent_id: string }>(
    `SELECT agent_id FROM notifications WHERE ticket_id = $1 AND kind = $2 ORDER BY agent_id`,
    [ticketId, kind],
  );

describe('SLA on tickets', () => {
  it('stores due instants when a ticket is created, in the queue calendar', async () => {
    at(START.toISOString());
    const t = await openTicket();
    expect(t.firstResponseDueAt).toBe('2026-11-02T13:00:00.000Z'); // 10:00 + 4 h
    expect(t.resolutionDueAt).toBe('2026-11-04T09:00:00.000Z'); // 6 h Mon + 8 h Tue + 2 h Wed
    expect(t.nextResponseDueAt).toBeNull();
    expect(target(t, 'first_response')).toMatchObject({
      warnAt: '2026-11-02T12:12:00.000Z',
      paused: false,
      businessHours: true,
    });
    expect(t.sla.calendarId).toBe(calendar.id);
  });

  it('pauses in pending_customer and resumes on the customer reply; notes never count', async () => {
    at(START.toISOString());
    const t = await openTicket();
    at('2026-11-02T10:00:00Z');
    await message(t.id, { kind: 'note', body: { text: 'Sprawdzam z magazynem.' } });
    expect((await ticket(t.id)).firstResponseDueAt).toBe('2026-11-02T13:00:00.000Z');
    await message(t.id, { body: { text: 'Proszę o zdjęcia.' }, status: 'pending_customer' });
    const paused = await ticket(t.id);
    expect(paused.firstResponseDueAt).toBeNull();
    expect(target(paused, 'first_response')!.metAt).toBe('2026-11-02T10:00:00.000Z');
    expect(paused.resolutionDueAt).toBeNull();
    expect(target(paused, 'resolution')).toMatchObject({ paused: true, remainingMinutes: 900 });
    at('2026-11-03T12:00:00Z'); // Tue 13:00 local
    await message(t.id, { author: 'customer', body: { text: 'Zdjęcia w załączniku.' } });
    const resumed = await ticket(t.id);
    expect(resumed.status).toBe('open');
    expect(resumed.resolutionDueAt).toBe('2026-11-05T11:00:00.000Z'); // 3 h Tue + 8 h Wed + 4 h Thu
    expect(resumed.nextResponseDueAt).toBe('2026-11-03T14:00:00.000Z'); // Tue 13:00 + 2 h
    await message(t.id, { kind: 'note', body: { text: 'Notatka.' } });
    expect((await ticket(t.id)).nextResponseDueAt).toBe('2026-11-03T14:00:00.000Z');
  });

  it('a priority change recomputes from the original start, keeping the elapsed time', async () => {
    at(START.toISOString());
    const t = await openTicket();
    at('2026-11-02T09:30:00Z');
    const res = await send('PATCH', agent, `/tickets/${t.id}`, { version: t.version, priority: 'urgent' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().firstResponseDueAt).toBe('2026-11-02T10:00:00.000Z'); // 10:00 + 1 h, not 10:30 + 1 h
    expect(res.json().resolutionDueAt).toBe('2026-11-03T09:00:00.000Z');
    expect(res.json().nextResponseDueAt).toBeNull();
  });

  it('reopening a solved ticket resumes its resolution time', async () => {
    at(START.toISOString());
    const t = await openTicket();
    at('2026-11-02T11:00:00Z');
    await message(t.id, { body: { text: 'Zwrot przyjęty.' }, status: 'solved' });
    expect(target(await ticket(t.id), 'resolution')!.metAt).toBe('2026-11-02T11:00:00.000Z');
    at('2026-11-03T07:00:00Z'); // Tue 08:00 local
    await message(t.id, { author: 'customer', body: { text: 'Jednak nie działa.' } });
    const reopened = await ticket(t.id);
    expect(reopened.status).toBe('open');
    // 120 min used on Monday; 840 left from Tue 08:00: 480 Tue + 360 Wed → Wed 14:00 local
    expect(reopened.resolutionDueAt).toBe('2026-11-04T13:00:00.000Z');
  });

  it('schedules one job per ticket, target and kind, and moves it when the due instant moves', async () => {
    at(START.toISOString());
    const t = await openTicket();
    const jobOf = (tgt: string, kind: string) =>
      k.database.query<{ data: { at: number }; singleton_key: string }>(
        `SELECT data, singleton_key FROM pgboss.job WHERE name = 'sla.fire' AND id = $1 AND state = 'created'`,
        [slaJobId(t.id, tgt, kind)],
      );
    const breach = await eventually(async () => {
      const rows = await jobOf('first_response', 'breach');
      expect(rows).toHaveLength(1);
      return rows[0]!;
    });
    expect(new Date(breach.data.at).toISOString()).toBe('2026-11-02T13:00:00.000Z');
    expect(breach.singleton_key).toBe(`${t.id}:first_response:breach`);
    await send('PATCH', agent, `/tickets/${t.id}`, { version: t.version, priority: 'urgent' });
    await eventually(async () => {
      const rows = await jobOf('first_response', 'breach');
      expect(new Date(rows[0]!.data.at).toISOString()).toBe('2026-11-02T10:00:00.000Z');
    });
    await message(t.id, { body: { text: 'Dzień dobry.' } });
    await eventually(async () => expect(await jobOf('first_response', 'breach')).toHaveLength(0));
  });

  it('announces a breach once, at its instant, to the assignee and the team lead', async () => {
    at(START.toISOString());
    const t = await openTicket();
    const job = {
      ticketId: t.id,
      target: 'first_response',
      kind: 'breach',
      at: Date.parse('2026-11-02T13:00:00Z'),
    };
    at('2026-11-02T12:12:00Z'); // 80 % of 4 h: the warning tells the assignee only
    await runJob(k, 'sla.fire', { ...job, kind: 'warning', at: Date.parse('2026-11-02T12:12:00Z') });
    expect((await slaNotices(t.id, 'sla_warning')).map((r) => r.agent_id)).toEqual([agentRow.id]);
    at('2026-11-02T12:59:59Z');
    await runJob(k, 'sla.fire', job);
    expect(await slaNotices(t.id, 'sla_breach')).toHaveLength(0);
    expect(target(await ticket(t.id), 'first_response')!.breachedAt).toBeNull();
    at('2026-11-02T13:00:00Z');
    await runJob(k, 'sla.fire', job);
    await runJob(k, 'sla.fire', job);
    await runJob(k, 'sla.sweep', {});
    const notices = (await slaNotices(t.id, 'sla_breach')).map((r) => r.agent_id);
    expect(notices.sort()).toEqual([agentRow.id, leadAgent.id].sort());
    const after = await ticket(t.id);
    expect(target(after, 'first_response')!.breachedAt).toBe('2026-11-02T13:00:00.000Z');
    const history = await k.database.query<{ kind: string; field: string }>(
      `SELECT kind, field FROM ticket_events WHERE ticket_id = $1 AND kind LIKE 'sla_%' ORDER BY kind`,
      [t.id],
    );
    expect(history).toEqual([
      { kind: 'sla_breached', field: 'first_response' },
      { kind: 'sla_warning', field: 'first_response' },
    ]);
    const forLead = (await get(lead, '/notifications')).json().items;
    expect(
      forLead.filter(
        (n: { kind: string; ticketId: string }) => n.kind === 'sla_breach' && n.ticketId === t.id,
      ),
    ).toHaveLength(1);
  });

  // Last: it stops this instance's worker.
  it('a scheduled breach survives a restart and the new instance announces it once', async () => {
    at(START.toISOString());
    const t = await openTicket();
    const jobRow = () =>
      k.database.query(`SELECT 1 FROM pgboss.job WHERE id = $1 AND state = 'created'`, [
        slaJobId(t.id, 'first_response', 'breach'),
      ]);
    await eventually(async () => expect(await jobRow()).toHaveLength(1));
    await k.deps.jobs.stop();
    const config = loadConfig({ SEED_DEMO: 'false', LOG_LEVEL: 'silent' });
    const k2 = await startKontakt({
      config,
      log: createLogger('silent'),
      clock: k.clock,
      database: k.database,
      webDist: null,
      pollingIntervalSeconds: 0.5,
    });
    try {
      expect(await jobRow()).toHaveLength(1);
      at('2026-11-02T13:00:00Z');
      const next = { deps: k2.deps, database: k.database };
      await runJob(next, 'sla.fire', {
        ticketId: t.id,
        target: 'first_response',
        kind: 'breach',
        at: Date.parse('2026-11-02T13:00:00Z'),
      });
      await runJob(next, 'sla.sweep', {});
      expect((await slaNotices(t.id, 'sla_breach')).map((r) => r.agent_id).sort()).toEqual(
        [agentRow.id, leadAgent.id].sort(),
      );
    } finally {
      await k2.close();
    }
  });
});
