import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestKontakt, type TestKontakt } from '../../test/harness.ts';
import type { Ticket } from '@kontakt/contracts';
import { buildAgent, buildOrg, buildQueue, buildTeam, signIn, type Session } from '../../test/factories.ts';
import { disconnected, makeClient, nextEvent, open, mailbox, type TestClient } from './test-clients.ts';

let k: TestKontakt;
let baseUrl: string;
const clients: TestClient[] = [];

/** Org A: team T owns queue Q (agents a1, a2); team U owns queue R (agent c); lead L sees all. */
let orgA: { id: string };
let q: { id: string };
let r: { id: string };
let a1: { id: string; email: string };
let a2: { id: string; email: string };
let c: { id: string; email: string };
let lead: { id: string; email: string };
/** Org B: its lead sees every queue of org B, and nothing of org A. */
let orgB: { id: string };
let qB: { id: string };
let outsider: { id: string; email: string };
/** Admins of org A and org B create and change tickets through the API, as a client would. */
let adminA: Session;
let adminB: Session;

// Started inside a hook, where the harness cannot register its own clean-up: close it here.
afterAll(() => k?.close());

beforeAll(async () => {
  k = await startTestKontakt({ start: { realtime: { revalidateEveryMs: 200 } } });
  await k.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(k.app.server.address() as AddressInfo).port}`;

  orgA = await buildOrg(k);
  a1 = await buildAgent(k, orgA);
  a2 = await buildAgent(k, orgA);
  c = await buildAgent(k, orgA);
  lead = await buildAgent(k, orgA, { role: 'lead' });
  const t = await buildTeam(k, orgA, [a1.id, a2.id]);
  const u = await buildTeam(k, orgA, [c.id]);
  q = await buildQueue(k, orgA, { teamId: t.id });
  r = await buildQueue(k, orgA, { teamId: u.id });

  orgB = await buildOrg(k);
  outsider = await buildAgent(k, orgB, { role: 'lead' });
  qB = await buildQueue(k, orgB);
  adminA = await signIn(k, (await buildAgent(k, orgA, { role: 'admin' })).email);
  adminB = await signIn(k, (await buildAgent(k, orgB, { role: 'admin' })).email);
});

afterEach(() => {
  for (const client of clients.splice(0)) client.disconnect();
});

async function connectAs(agent: { email: string } | Session): Promise<TestClient> {
  const session = 'cookie' in agent ? agent : await signIn(k, agent.email);
  const client = makeClient(baseUrl, { cookie: session.cookie });
  clients.push(client);
  return open(client);
}

/** Sends an API request as `as` and returns the JSON body, failing on an unexpected status. */
async function api<T>(as: Session, method: 'POST' | 'PATCH', url: string, payload: object): Promise<T> {
  const res = await k.inject({ method, url: `/api/v1${url}`, headers: as.headers, payload });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

/** A ticket created through `POST /tickets`, which publishes `ticket.created` after commit. */
const createTicket = (as: Session, queue: { id: string }, over: { assigneeId?: string } = {}) =>
  api<Ticket>(as, 'POST', '/tickets', { subject: 'Parcel never arrived', queueId: queue.id, ...over });

describe('ticket events', () => {
  it('reach the agents of the queue’s team and the lead, nobody else', async () => {
    const [c1, c2, cc, cl, co] = await Promise.all([a1, a2, c, lead, outsider].map(connectAs));
    const [m1, m2, mc, ml, mo] = [c1!, c2!, cc!, cl!, co!].map(mailbox);

    const ticket = await createTicket(adminA, q);
    for (const box of [m1!, m2!, ml!]) {
      const e = await box.waitFor('ticket.created', ticket.id);
      expect(e).toMatchObject({ type: 'ticket.created', ticket: { id: ticket.id, queueId: q.id } });
      expect(e).not.toHaveProperty('organizationId');
      expect(e.ticket).not.toHaveProperty('abilities');
    }

    // Events reach a connection in order: a later marker it does get proves the first never came.
    const markerR = await createTicket(adminA, r);
    const markerB = await createTicket(adminB, qB);
    await mc!.waitFor('ticket.created', markerR.id);
    await mo!.waitFor('ticket.created', markerB.id);
    expect(mc!.received).toEqual([{ type: 'ticket.created', ticketId: markerR.id }]);
    expect(mo!.received).toEqual([{ type: 'ticket.created', ticketId: markerB.id }]);
  });

  it('reach the assignee outside the team, once per connection however many rooms match', async () => {
    const cc = await connectAs(c);
    const box = mailbox(cc);
    const ticket = await createTicket(adminA, q, { assigneeId: c.id });
    await box.waitFor('ticket.created', ticket.id);
    // c watches the ticket too: its queue-less agent room and the ticket room both match.
    expect(await cc.emitWithAck('ticket.watch', { ticketId: ticket.id })).toEqual({ ok: true, present: [] });

    await api(adminA, 'PATCH', `/tickets/${ticket.id}`, { version: ticket.version, priority: 'high' });
    const updated = await box.waitFor('ticket.updated', ticket.id);
    expect(updated.ticket).toMatchObject({ priority: 'high' });
    const marker = await createTicket(adminA, r);
    await box.waitFor('ticket.created', marker.id);
    expect(box.received).toEqual([
      { type: 'ticket.created', ticketId: ticket.id },
      { type: 'ticket.updated', ticketId: ticket.id },
      { type: 'ticket.created', ticketId: marker.id },
    ]);
  });

  it('carries internal notes to the organization’s agents', async () => {
    const c1 = await connectAs(a1);
    const box = mailbox(c1);
    const ticket = await createTicket(adminA, q);
    await api(adminA, 'POST', `/tickets/${ticket.id}/messages`, {
      kind: 'note',
      body: { text: 'Call them back' },
    });
    expect(await box.waitFor('message.created', ticket.id)).toMatchObject({
      type: 'message.created',
      ticket: { id: ticket.id },
      message: { kind: 'note', bodyText: 'Call them back' },
    });
  });
});

describe('ticket.watch', () => {
  it('answers not_found for another organization’s ticket and for a queue the agent does not see', async () => {
    const c1 = await connectAs(a1);
    const foreign = await createTicket(adminB, qB);
    const otherTeam = await createTicket(adminA, r);
    const notFound = { ok: false, error: { code: 'not_found' } };
    expect(await c1.emitWithAck('ticket.watch', { ticketId: foreign.id })).toMatchObject(notFound);
    expect(await c1.emitWithAck('ticket.watch', { ticketId: otherTeam.id })).toMatchObject(notFound);
    expect(await c1.emitWithAck('presence.set', { ticketId: foreign.id, state: 'viewing' })).toMatchObject(
      notFound,
    );
  });

  it('validates the payload against the contract', async () => {
    const c1 = await connectAs(a1);
    const bad = await c1.emitWithAck('ticket.watch', { ticketId: 'nope' } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    const state = await c1.emitWithAck('presence.set', { ticketId: q.id, state: 'typing' } as never);
    expect(state).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
  });
});

describe('presence', () => {
  it('tells watchers who is on a ticket, and when they leave', async () => {
    const ticket = await createTicket(adminA, q);
    const [ca, cb] = await Promise.all([connectAs(a1), connectAs(a2)]);
    const a1Name = { id: a1.id, name: expect.any(String) };

    expect(await ca.emitWithAck('presence.set', { ticketId: ticket.id, state: 'viewing' })).toEqual({
      ok: true,
    });
    const watch = await cb.emitWithAck('ticket.watch', { ticketId: ticket.id });
    expect(watch).toEqual({ ok: true, present: [{ agent: a1Name, state: 'viewing' }] });

    const replying = nextEvent(cb, 'presence.changed', (e) => e.state === 'replying');
    await ca.emitWithAck('presence.set', { ticketId: ticket.id, state: 'replying' });
    expect(await replying).toEqual({
      ticketId: ticket.id,
      agent: a1Name,
      state: 'replying',
      at: expect.any(String),
    });

    const left = nextEvent(cb, 'presence.changed', (e) => e.state === 'left');
    ca.disconnect();
    expect(await left).toMatchObject({ ticketId: ticket.id, agent: { id: a1.id }, state: 'left' });
    const again = await cb.emitWithAck('ticket.watch', { ticketId: ticket.id });
    expect(again).toEqual({ ok: true, present: [] });
  });

  it('keeps an agent present while another of their tabs is still on the ticket', async () => {
    const ticket = await createTicket(adminA, q);
    const [tab1, tab2, watcher] = await Promise.all([connectAs(a1), connectAs(a1), connectAs(lead)]);
    await watcher.emitWithAck('ticket.watch', { ticketId: ticket.id });
    await tab1.emitWithAck('presence.set', { ticketId: ticket.id, state: 'replying' });
    await tab2.emitWithAck('presence.set', { ticketId: ticket.id, state: 'viewing' });
    // Who else is there: the agent's own tabs are not "someone else".
    expect(await tab2.emitWithAck('ticket.watch', { ticketId: ticket.id })).toEqual({
      ok: true,
      present: [],
    });

    const stillViewing = nextEvent(watcher, 'presence.changed', (e) => e.state !== 'replying');
    await tab1.emitWithAck('presence.set', { ticketId: ticket.id, state: 'left' });
    expect(await stillViewing).toMatchObject({ agent: { id: a1.id }, state: 'viewing' });

    const left = nextEvent(watcher, 'presence.changed', (e) => e.state === 'left');
    await tab2.emitWithAck('ticket.unwatch', { ticketId: ticket.id });
    expect(await left).toMatchObject({ agent: { id: a1.id }, state: 'left' });
  });
});

describe('authentication', () => {
  it('refuses a handshake without a session or with a dead one', async () => {
    for (const auth of [
      {},
      { cookie: 'kontakt_session=forged' },
      { token: 'ktk_abcdefgh_notarealtokennotarealtoken' },
    ]) {
      const client = makeClient(baseUrl, auth);
      clients.push(client);
      await expect(open(client)).rejects.toMatchObject({ data: { code: 'unauthenticated' } });
    }
  });

  it('works over HTTP long-polling beside the Fastify routes', async () => {
    const session = await signIn(k, a1.email);
    const client = makeClient(baseUrl, { cookie: session.cookie, polling: true });
    clients.push(client);
    const box = mailbox(await open(client));
    const ticket = await createTicket(adminA, q);
    await box.waitFor('ticket.created', ticket.id);
    expect((await k.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });

  it('refuses a session cookie sent from another site', async () => {
    const session = await signIn(k, a1.email);
    const client = makeClient(baseUrl, { cookie: session.cookie, origin: 'https://evil.example' });
    clients.push(client);
    await expect(open(client)).rejects.toMatchObject({ data: { code: 'forbidden' } });
  });

  it('accepts an API token with tickets:read and delivers its owner’s events', async () => {
    const session = await signIn(k, a1.email);
    const res = await k.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      headers: session.headers,
      payload: { name: 'wallboard', scopes: ['tickets:read'] },
    });
    expect(res.statusCode).toBe(201);
    const client = makeClient(baseUrl, { token: `Bearer ${res.json().token}` });
    clients.push(client);
    const box = mailbox(await open(client));
    const ticket = await createTicket(adminA, q);
    await box.waitFor('ticket.created', ticket.id);
  });

  it('refuses an API token without tickets:read', async () => {
    const session = await signIn(k, a1.email);
    const res = await k.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      headers: session.headers,
      payload: { name: 'people only', scopes: ['customers:read'] },
    });
    const client = makeClient(baseUrl, { token: res.json().token });
    clients.push(client);
    await expect(open(client)).rejects.toMatchObject({ data: { code: 'insufficient_scope' } });
  });

  it('disconnects a connection whose session was signed out', async () => {
    const session = await signIn(k, a1.email);
    const client = await connectAs(session);
    const gone = disconnected(client);
    const res = await k.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.headers });
    expect(res.statusCode).toBe(204);
    expect(await gone).toBe('io server disconnect');
  });
});
