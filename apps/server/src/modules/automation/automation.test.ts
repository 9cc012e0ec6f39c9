import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildAgent, buildQueue, buildTeam, orgWithAdmin, signIn } from '../../../test/factories.ts';
import { api, eventually } from '../sla/sla.test-kit.ts';
import { sweepTimeRules } from './automation-sweep.ts';
import { webhookJob, webhookSignature } from './automation-webhook.ts';

const k = await startTestKontakt();
const { send, get } = api(k);
const { org, session: admin } = await orgWithAdmin(k);
const leadRow = await buildAgent(k, org, { role: 'lead' });
const agentRow = await buildAgent(k, org);
const team = await buildTeam(k, org, [leadRow.id, agentRow.id]);
const queue = await buildQueue(k, org, { teamId: team.id });
const vipQueue = await buildQueue(k, org, { teamId: team.id });
const agent = await signIn(k, agentRow.email);

const rule = async (body: object) => {
  const res = await send('POST', admin, '/automation-rules', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};
const off = async (r: { id: string; version: number }) =>
  expect(
    (await send('PATCH', admin, `/automation-rules/${r.id}`, { version: r.version, active: false }))
      .statusCode,
  ).toBe(200);
const openTicket = async (over: object = {}) => {
  const res = await send('POST', agent, '/tickets', {
    subject: 'Zamówienie 123',
    queueId: queue.id,
    customer: { email: `c-${Math.random().toString(36).slice(2)}@example.test` },
    ...over,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};
const ticket = async (id: string) => (await get(agent, `/tickets/${id}`)).json();
const history = (id: string) =>
  k.database.query<{ kind: string; actor_type: string; actor_id: string; field: string; new_value: unknown }>(
    `SELECT kind, actor_type, actor_id, field, new_value FROM ticket_events WHERE ticket_id = $1 ORDER BY created_at, kind DESC`,
    [id],
  );

describe('automation rules API', () => {
  it('is for admins only and refuses unknown references with a stable code', async () => {
    expect((await get(agent, '/automation-rules')).statusCode).toBe(403);
    const bad = await send('POST', admin, '/automation-rules', {
      name: 'Nowhere',
      event: 'ticket.created',
      actions: [{ type: 'assign_queue', queueId: '0190a000-0000-7000-8000-000000000000' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('unknown_reference');
    const unknownField = await send('POST', admin, '/automation-rules', {
      name: 'Bad',
      event: 'ticket.created',
      conditions: { all: [{ field: 'ticket.colour', operator: 'is', value: 'red' }] },
      actions: [{ type: 'set_priority', priority: 'high' }],
    });
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.json().error.code).toBe('validation_failed');
  });
});

describe('rules on events', () => {
  it('fires on ticket.created, records the rule in the history, logs the run', async () => {
    const r = await rule({
      name: 'Zamówienia do VIP',
      event: 'ticket.created',
      conditions: { all: [{ field: 'ticket.subject', operator: 'contains', value: 'zamówienie' }] },
      actions: [
        { type: 'assign_queue', queueId: vipQueue.id },
        { type: 'set_priority', priority: 'high' },
        { type: 'add_tags', tags: ['order'] },
      ],
    });
    const t = await openTicket();
    const other = await openTicket({ subject: 'Pytanie' });
    expect(t).toMatchObject({ queueId: vipQueue.id, priority: 'high', tags: ['order'] });
    expect((await ticket(other.id)).priority).toBe('normal');
    const events = await history(t.id);
    expect(events.find((e) => e.kind === 'rule_applied')).toMatchObject({
      actor_type: 'rule',
      actor_id: r.id,
      new_value: { ruleName: 'Zamówienia do VIP', event: 'ticket.created' },
    });
    expect(
      events
        .filter((e) => e.actor_type === 'rule' && e.kind === 'field_changed')
        .map((e) => e.field)
        .sort(),
    ).toEqual(['priority', 'queueId', 'tags']);
    const runs = (await get(admin, `/automation-rules/${r.id}/runs`)).json().items;
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      ticketId: t.id,
      ticketNumber: t.number,
      result: 'applied',
      event: 'ticket.created',
    });
    expect((await get(admin, `/automation-rules/${r.id}`)).json().lastRunAt).not.toBeNull();
    await off(r);
  });

  it('fires on ticket.updated with "status changed to" and on message text', async () => {
    const solved = await rule({
      name: 'Solved → tag',
      event: 'ticket.updated',
      conditions: { all: [{ field: 'ticket.status', operator: 'changed_to', value: 'pending_customer' }] },
      actions: [{ type: 'add_tags', tags: ['waiting'] }],
    });
    const urgent = await rule({
      name: 'Pilne',
      event: 'message.received',
      conditions: {
        all: [{ field: 'message.author', operator: 'is', value: 'customer' }],
        any: [{ field: 'message.text', operator: 'contains', value: 'PILNE' }],
      },
      actions: [
        { type: 'set_priority', priority: 'urgent' },
        { type: 'add_note', text: 'Pilne zgłoszenie {{ticket.number}}' },
      ],
    });
    const t = await openTicket();
    const res = await send('PATCH', agent, `/tickets/${t.id}`, {
      version: t.version,
      status: 'pending_customer',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().tags).toEqual(['waiting']);
    const later = await send('PATCH', agent, `/tickets/${t.id}`, {
      version: res.json().version,
      priority: 'low',
    });
    expect(later.json().tags).toEqual(['waiting']);
    // A new ticket whose first message matches: the note carries the real ticket number.
    const fresh = await openTicket({ message: { author: 'customer', body: { text: 'Pilne: buty' } } });
    expect(fresh.priority).toBe('urgent');
    const [freshNote] = await k.database.query<{ body_text: string }>(
      `SELECT body_text FROM messages WHERE ticket_id = $1 AND kind = 'note'`,
      [fresh.id],
    );
    expect(freshNote?.body_text).toBe(`Pilne zgłoszenie ${fresh.number}`);
    await send('POST', agent, `/tickets/${t.id}/messages`, {
      author: 'customer',
      body: { text: 'to jest pilne!' },
    });
    const after = await ticket(t.id);
    expect(after.priority).toBe('urgent');
    const notes = await k.database.query<{ body_text: string; author_type: string }>(
      `SELECT body_text, author_type FROM messages WHERE ticket_id = $1 AND kind = 'note'`,
      [t.id],
    );
    expect(notes).toEqual([{ body_text: `Pilne zgłoszenie ${t.number}`, author_type: 'system' }]);
    await off(solved);
    await off(urgent);
  });

  it('stops two rules that would ping-pong, and bounds the chain depth', async () => {
    const a = await rule({
      name: 'A',
      event: 'ticket.updated',
      conditions: { all: [{ field: 'ticket.priority', operator: 'changed_to', value: 'high' }] },
      actions: [{ type: 'set_priority', priority: 'low' }],
    });
    const b = await rule({
      name: 'B',
      event: 'ticket.updated',
      conditions: { all: [{ field: 'ticket.priority', operator: 'changed_to', value: 'low' }] },
      actions: [{ type: 'set_priority', priority: 'high' }],
    });
    const t = await openTicket();
    const res = await send('PATCH', agent, `/tickets/${t.id}`, { version: t.version, priority: 'high' });
    expect(res.statusCode, res.body).toBe(200);
    // A (high→low), then B (low→high); A does not fire again in the same chain.
    expect(res.json().priority).toBe('high');
    for (const r of [a, b])
      expect((await get(admin, `/automation-rules/${r.id}/runs`)).json().items).toHaveLength(1);
    await off(a);
    await off(b);

    const chain = [];
    for (let i = 0; i < 8; i++)
      chain.push(
        await rule({
          name: `Step ${i}`,
          event: 'ticket.updated',
          conditions: { all: [{ field: 'ticket.tags', operator: 'changed_to', value: `t${i}` }] },
          actions: [{ type: 'add_tags', tags: [`t${i + 1}`] }],
        }),
      );
    const u = await openTicket();
    const tagged = await send('PATCH', agent, `/tickets/${u.id}`, { version: u.version, tags: ['t0'] });
    // Depth 0 (the agent's change) to 5: six rules fire; the seventh would be depth 6.
    expect(tagged.json().tags).toEqual(['t0', 't1', 't2', 't3', 't4', 't5', 't6']);
    for (const r of chain) await off(r);
  });

  it('runs escalation rules on an SLA breach', async () => {
    const r = await rule({
      name: 'Eskalacja',
      event: 'sla.breach',
      actions: [{ type: 'escalate' }, { type: 'add_tags', tags: ['breached'] }],
    });
    await send('POST', admin, '/sla-policies', {
      name: 'Fast',
      targets: [{ priority: 'normal', target: 'first_response', minutes: 30, businessHours: false }],
    });
    const t = await openTicket({
      assigneeId: agentRow.id,
      message: { author: 'customer', body: { text: 'Hej' } },
    });
    k.clock.advance(31 * 60_000);
    const { fireDueSla } = await import('../sla/sla-fire.ts');
    const fired = await fireDueSla(k.deps.db, t.id, k.clock.now());
    expect(fired?.ticket).toMatchObject({ priority: 'high', tags: ['breached'] });
    const told = await k.database.query<{ agent_id: string }>(
      `SELECT agent_id FROM notifications WHERE ticket_id = $1 AND kind = 'mention'`,
      [t.id],
    );
    expect(told.map((n) => n.agent_id).sort()).toEqual([leadRow.id, agentRow.id].sort());
    await off(r);
  });
});

describe('dry run', () => {
  it('answers what matched and what would change, and writes nothing', async () => {
    const r = await rule({
      name: 'Dry',
      event: 'ticket.updated',
      active: false,
      conditions: {
        all: [
          { field: 'ticket.priority', operator: 'is', value: 'normal' },
          { field: 'ticket.tags', operator: 'any_of', value: ['x'] },
        ],
      },
      actions: [
        { type: 'set_status', status: 'on_hold' },
        { type: 'notify', recipients: ['team_lead'], text: 'Hi' },
      ],
    });
    const t = await openTicket();
    const before = await ticket(t.id);
    const res = await send('POST', admin, `/automation-rules/${r.id}/dry-run`, { ticketId: t.id });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.matched).toBe(false);
    expect(body.conditions.map((c: { matched: boolean }) => c.matched)).toEqual([true, false]);
    expect(body.changes).toEqual([{ field: 'status', from: 'new', to: 'on_hold' }]);
    expect(body.effects.map((e: { type: string }) => e.type)).toEqual(['notify']);
    expect(await ticket(t.id)).toEqual(before);
    expect((await get(admin, `/automation-rules/${r.id}/runs`)).json().items).toEqual([]);
  });
});

describe('time rules', () => {
  it('fire once per episode, not again on the next sweep (even two at once)', async () => {
    const r = await rule({
      name: 'Przypomnienie',
      event: 'time',
      timeTrigger: { since: 'status_changed', hours: 120 },
      conditions: { all: [{ field: 'ticket.status', operator: 'is', value: 'pending_customer' }] },
      actions: [{ type: 'add_tags', tags: ['reminded'] }],
    });
    const t = await openTicket();
    const pending = await send('PATCH', agent, `/tickets/${t.id}`, {
      version: t.version,
      status: 'pending_customer',
    });
    expect(pending.statusCode).toBe(200);
    const early = await openTicket();
    k.clock.advance(119 * 3_600_000);
    await send('PATCH', agent, `/tickets/${early.id}`, {
      version: early.version,
      status: 'pending_customer',
    });
    expect(await sweepTimeRules(k.deps)).toBe(0);
    k.clock.advance(2 * 3_600_000);
    const [first, second] = await Promise.all([sweepTimeRules(k.deps), sweepTimeRules(k.deps)]);
    expect(first + second).toBe(1);
    expect((await ticket(t.id)).tags).toEqual(['reminded']);
    expect((await ticket(early.id)).tags).toEqual([]);
    expect(await sweepTimeRules(k.deps)).toBe(0);
    expect((await get(admin, `/automation-rules/${r.id}/runs`)).json().items).toHaveLength(1);
    await off(r);
  });
});

describe('webhooks', () => {
  const received: Array<{ headers: IncomingMessage['headers']; body: string }> = [];
  let status = 500;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(status).end();
    });
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('are delivered signed, and a 500 is retried', async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const secret = 'a-very-secret-key-123';
    const r = await rule({
      name: 'Hook',
      event: 'ticket.created',
      actions: [{ type: 'webhook', url, secret }],
    });
    const t = await openTicket();
    // The worker picks the job up after the commit; the receiver answers 500 and the job will retry.
    const delivery = await eventually(async () => {
      const [row] = await k.database.query<{
        id: string;
        status: string;
        attempts: number;
        last_error: string;
      }>(`SELECT id, status, attempts, last_error FROM automation_webhooks WHERE ticket_id = $1`, [t.id]);
      expect(row).toMatchObject({ status: 'queued', attempts: 1, last_error: 'HTTP 500' });
      return row!;
    });
    const [job0] = await k.database.query<{ state: string }>(`SELECT state FROM pgboss.job WHERE id = $1`, [
      delivery.id,
    ]);
    expect(job0?.state).toBe('retry');
    expect(received).toHaveLength(1);
    // The retry (run here at once rather than after pg-boss's back-off) succeeds.
    status = 200;
    const job = webhookJob(k.deps);
    await job({ deliveryId: delivery.id });
    expect(received).toHaveLength(2);
    const last = received[1]!;
    const ts = String(last.headers['x-kontakt-timestamp']);
    expect(last.headers['x-kontakt-signature']).toBe(webhookSignature(secret, ts, last.body));
    expect(JSON.parse(last.body)).toMatchObject({ rule: { id: r.id, name: 'Hook' }, ticket: { id: t.id } });
    const [after] = await k.database.query<{ status: string; attempts: number }>(
      `SELECT status, attempts FROM automation_webhooks WHERE id = $1`,
      [delivery.id],
    );
    expect(after).toEqual({ status: 'delivered', attempts: 2 });
    // pg-boss's own retry later finds it delivered and sends nothing.
    await job({ deliveryId: delivery!.id });
    expect(received).toHaveLength(2);
    await off(r);
  });
});
