import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildAgent, buildQueue, buildTeam, orgWithAdmin, signIn } from '../../../test/factories.ts';
import { newId } from '../../platform/crypto.ts';
import { api, eventually, PL_OFFICE, POLICY, runJob } from './sla.test-kit.ts';
import { slaRecomputeJob } from './sla-recompute.ts';
import { slaRecomputeRuns } from './sla-recompute.table.ts';

// Monday 2026-11-02 10:00 in Warsaw.
const START = new Date('2026-11-02T09:00:00Z');
const k = await startTestKontakt();
const { send, get } = api(k);
const { org, session: admin } = await orgWithAdmin(k);
const lead = await buildAgent(k, org, { role: 'lead', name: 'Lenka Vedoucí' });
const agentRow = await buildAgent(k, org, { name: 'Anna Nowak' });
const team = await buildTeam(k, org, [lead.id, agentRow.id]);
const queue = await buildQueue(k, org, { teamId: team.id });
const other = await buildQueue(k, org, { teamId: team.id });
const agent = await signIn(k, agentRow.email);
await k.database.query(`UPDATE agents SET locale = 'pl' WHERE id = $1`, [agentRow.id]);
await k.database.query(`UPDATE agents SET locale = 'cs' WHERE id = $1`, [lead.id]);
const calendar = (await send('POST', admin, '/calendars', PL_OFFICE)).json();
await send('PUT', admin, `/queues/${queue.id}/calendar`, { calendarId: calendar.id });
const policy = (await send('POST', admin, '/sla-policies', POLICY)).json();

async function openTicket(queueId = queue.id) {
  k.clock.set(START);
  const res = await send('POST', agent, '/tickets', {
    subject: 'Reklamacja butów',
    queueId,
    customer: { email: `jan-${newId()}@example.test` },
    assigneeId: agentRow.id,
    message: { author: 'customer', body: { text: 'Buty się rozkleiły.' } },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; number: number; firstResponseDueAt: string | null };
}
const ticket = async (id: string) => (await get(agent, `/tickets/${id}`)).json();
const outbox = (purpose: string) =>
  k.database.query<{ to_address: string; subject: string; body_text: string }>(
    `SELECT to_address, subject, body_text FROM mail_outbox WHERE purpose = $1 AND organization_id = $2
     ORDER BY to_address`,
    [purpose, org.id],
  );
/** A run written directly (no job queued), so the test drives the job itself. */
async function run(scope: 'organization' | 'calendar' | 'queue', scopeId: string | null = null) {
  const id = newId();
  await k.deps.db.insert(slaRecomputeRuns).values({
    id,
    organizationId: org.id,
    reason: 'test',
    scope,
    scopeId,
    state: 'pending',
    processed: 0,
    changed: 0,
    createdAt: k.clock.now(),
    updatedAt: k.clock.now(),
  });
  return id;
}
const progress = async (id: string) => (await get(admin, `/sla-recomputations/${id}`)).json();

describe('SLA breach e-mail', () => {
  it('is off by default: the breach is announced in the app only', async () => {
    const t = await openTicket();
    k.clock.set(new Date('2026-11-02T13:00:00Z'));
    await runJob(k, 'sla.fire', { ticketId: t.id, target: 'first_response', kind: 'breach', at: 0 });
    expect((await ticket(t.id)).sla.targets[0].breachedAt).toBe('2026-11-02T13:00:00.000Z');
    expect(await outbox('sla_breach')).toEqual([]);
  });

  it('when switched on, mails the assignee and the team lead once, each in their language', async () => {
    const res = await send('PATCH', admin, '/organization', { settings: { slaBreachEmail: true } });
    expect(res.json().settings.slaBreachEmail).toBe(true);
    const t = await openTicket();
    const job = { ticketId: t.id, target: 'first_response', kind: 'warning', at: 0 };
    k.clock.set(new Date('2026-11-02T12:12:00Z'));
    await runJob(k, 'sla.fire', job);
    expect(await outbox('sla_breach')).toEqual([]); // a warning is not mailed
    k.clock.set(new Date('2026-11-02T13:00:00Z'));
    await runJob(k, 'sla.fire', { ...job, kind: 'breach' });
    await runJob(k, 'sla.fire', { ...job, kind: 'breach' });
    await runJob(k, 'sla.sweep', {});
    const mails = (await outbox('sla_breach')).filter((m) => m.subject.includes(`#${t.number}]`));
    expect(mails.map((m) => m.to_address).sort()).toEqual([agentRow.email, lead.email].sort());
    const pl = mails.find((m) => m.to_address === agentRow.email)!;
    expect(pl.subject).toBe(`[#${t.number}] Przekroczone SLA (pierwsza odpowiedź): Reklamacja butów`);
    expect(pl.body_text).toContain('Dzień dobry, Anna Nowak');
    expect(pl.body_text).toContain('2 lis 2026, 14:00'); // due 13:00 UTC, in Warsaw
    expect(pl.body_text).toContain(`/tickets/${t.id}`);
    const cs = mails.find((m) => m.to_address === lead.email)!;
    expect(cs.subject).toBe(`[#${t.number}] Překročená SLA (první odpověď): Reklamacja butów`);
    await send('PATCH', admin, '/organization', { settings: { slaBreachEmail: false } });
  });
});

describe('SLA recomputation after policy and calendar changes', () => {
  it('a policy change moves the due instants of open tickets, in keyset batches', async () => {
    const tickets = [await openTicket(), await openTicket(), await openTicket(), await openTicket(other.id)];
    const solved = await openTicket();
    await send('POST', agent, `/tickets/${solved.id}/messages`, { body: { text: 'OK' }, status: 'solved' });
    expect(tickets[0]!.firstResponseDueAt).toBe('2026-11-02T13:00:00.000Z');
    k.clock.set(new Date('2026-11-02T09:30:00Z'));
    const targets = POLICY.targets.map((t) =>
      t.priority === 'normal' && t.target === 'first_response' ? { ...t, minutes: 120 } : t,
    );
    const res = await send('PATCH', admin, `/sla-policies/${policy.id}`, { targets });
    expect(res.statusCode, res.body).toBe(200);
    // The route queued a run for the whole organization; the worker finishes it.
    const queued = (await get(admin, '/sla-recomputations')).json().items[0];
    expect(queued).toMatchObject({ reason: 'sla_policy.updated', scope: 'organization' });
    await eventually(async () => expect((await progress(queued.id)).state).toBe('done'));
    for (const t of tickets.slice(0, 3))
      expect((await ticket(t.id)).firstResponseDueAt).toBe('2026-11-02T11:00:00.000Z'); // 10:00 + 2 business h
    expect((await ticket(tickets[3]!.id)).firstResponseDueAt).toBe('2026-11-02T11:00:00.000Z'); // around the clock

    // Driven by hand with batches of 2: every open ticket once; solved tickets left alone.
    const id = await run('organization');
    await slaRecomputeJob(k.deps, 2)({ runId: id });
    const open = await k.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM tickets WHERE organization_id = $1 AND status NOT IN ('solved', 'closed')`,
      [org.id],
    );
    const done = await progress(id);
    expect(done).toMatchObject({ state: 'done', total: open[0]!.n, processed: open[0]!.n, changed: 0 });
    // Idempotent: running the finished run again changes nothing.
    await slaRecomputeJob(k.deps, 2)({ runId: id });
    expect(await progress(id)).toEqual(done);
  });

  it('a calendar change recomputes the tickets counting in it, and their breach job moves', async () => {
    const inCalendar = await openTicket();
    const elsewhere = await openTicket(other.id);
    const before = await ticket(elsewhere.id);
    k.clock.set(new Date('2026-11-02T09:30:00Z'));
    const weekly = [1, 2, 3, 4, 5].map((day) => ({ day, start: '11:00', end: '16:00' }));
    expect((await send('PATCH', admin, `/calendars/${calendar.id}`, { weekly })).statusCode).toBe(200);
    const queued = (await get(admin, '/sla-recomputations')).json().items[0];
    expect(queued).toMatchObject({ reason: 'calendar.updated', scope: 'calendar', scopeId: calendar.id });
    await eventually(async () => expect((await progress(queued.id)).state).toBe('done'));
    // Opened Monday 10:00, now opening at 11:00: 2 business hours → 13:00 local.
    expect((await ticket(inCalendar.id)).firstResponseDueAt).toBe('2026-11-02T12:00:00.000Z');
    expect((await ticket(elsewhere.id)).sla).toEqual(before.sla);
    const job = await eventually(async () => {
      const rows = await k.database.query<{ data: { at: number } }>(
        `SELECT data FROM pgboss.job WHERE name = 'sla.fire' AND state = 'created'
           AND singleton_key = $1`,
        [`${inCalendar.id}:first_response:breach`],
      );
      expect(new Date(rows[0]!.data.at).toISOString()).toBe('2026-11-02T12:00:00.000Z');
      return rows[0];
    });
    expect(job).toBeDefined();
  });

  it('a later run for the organization supersedes unfinished ones; runs are per organization', async () => {
    const first = await run('queue', queue.id);
    k.clock.set(new Date('2026-11-02T09:40:00Z'));
    await send(
      'DELETE',
      admin,
      `/sla-policies/${(await send('POST', admin, '/sla-policies', { ...POLICY, name: 'Extra' })).json().id}`,
    );
    expect((await progress(first)).state).toBe('superseded');
    const stranger = await orgWithAdmin(k);
    expect((await get(stranger.session, `/sla-recomputations/${first}`)).statusCode).toBe(404);
    expect((await get(stranger.session, '/sla-recomputations')).json().items).toEqual([]);
    expect((await get(agent, '/sla-recomputations')).statusCode).toBe(403);
  });
});
