import type { AddressInfo } from 'node:net';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestKontakt, type TestKontakt } from '../../test/harness.ts';
import {
  buildAgent,
  buildOrg,
  buildQueue,
  buildTeam,
  buildTicket,
  signIn,
  type Session,
} from '../../test/factories.ts';
import { presentTicket, type TicketRow } from '../modules/tickets/index.ts';
import {
  disconnected,
  makeClient,
  nextEvent,
  open,
  recordTicketEvents,
  ticketCreated,
  type TestClient,
} from './test-clients.ts';

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

const publishCreated = (ticket: TicketRow) =>
  k.deps.events.publish(ticketCreated(ticket.organizationId, presentTicket(ticket, [])));

describe('ticket events', () => {
  it('reach the agents of the queue’s team and the lead, nobody else', async () => {
    const [c1, c2, cc, cl, co] = await Promise.all([a1, a2, c, lead, outsider].map(connectAs));
    const seenByC = recordTicketEvents(cc!);
    const seenByOutsider = recordTicketEvents(co!);

    const ticket = await buildTicket(k, orgA, q);
    const received = [c1, c2, cl].map((cl) =>
      nextEvent(cl!, 'ticket.created', (e) => e.ticket.id === ticket.id),
    );
    publishCreated(ticket);
    for (const e of await Promise.all(received)) {
      expect(e).toMatchObject({ type: 'ticket.created', ticket: { id: ticket.id, queueId: q.id } });
      expect(e).not.toHaveProperty('organizationId');
    }

    // Events reach a connection in order: a marker each of them sees proves the first never came.
    const markerR = await buildTicket(k, orgA, r);
    const markerB = await buildTicket(k, orgB, qB);
    const markers = [
      nextEvent(cc!, 'ticket.created', (e) => e.ticket.id === markerR.id),
      nextEvent(co!, 'ticket.created', (e) => e.ticket.id === markerB.id),
    ];
    publishCreated(markerR);
    publishCreated(markerB);
    await Promise.all(markers);
    expect(seenByC).toEqual([{ type: 'ticket.created', ticketId: markerR.id }]);
    expect(seenByOutsider).toEqual([{ type: 'ticket.created', ticketId: markerB.id }]);
  });

  it('reach the assignee outside the team, once per connection however many rooms match', async () => {
    const cc = await connectAs(c);
    const seen = recordTicketEvents(cc);
    const ticket = await buildTicket(k, orgA, q, { assigneeId: c.id });
    // c watches the ticket too (the assignee may see it): queue, ticket and agent rooms would all match.
    expect(await cc.emitWithAck('ticket.watch', { ticketId: ticket.id })).toEqual({ ok: true, present: [] });

    const updated = nextEvent(cc, 'ticket.updated', (e) => e.ticket.id === ticket.id);
    k.deps.events.publish({
      type: 'ticket.updated',
      organizationId: orgA.id,
      ticket: presentTicket(ticket, []),
    });
    await updated;
    const marker = await buildTicket(k, orgA, r);
    const gotMarker = nextEvent(cc, 'ticket.created', (e) => e.ticket.id === marker.id);
    publishCreated(marker);
    await gotMarker;
    expect(seen).toEqual([
      { type: 'ticket.updated', ticketId: ticket.id },
      { type: 'ticket.created', ticketId: marker.id },
    ]);
  });

  it('carries internal notes to the organization’s agents', async () => {
    const c1 = await connectAs(a1);
    const ticket = await buildTicket(k, orgA, q);
    const got = nextEvent(c1, 'message.created', (e) => e.ticket.id === ticket.id);
    const at = k.clock.now().toISOString();
    k.deps.events.publish({
      type: 'message.created',
      organizationId: orgA.id,
      ticket: presentTicket(ticket, []),
      message: {
        id: '0190b7a0-0000-7000-8000-000000000001',
        ticketId: ticket.id,
        kind: 'note',
        direction: 'internal',
        authorType: 'agent',
        authorId: a2.id,
        channel: 'api',
        bodyHtml: '<p>Call them back</p>',
        bodyText: 'Call them back',
        mentions: [a1.id],
        attachments: [],
        createdAt: at,
      },
    });
    expect(await got).toMatchObject({
      type: 'message.created',
      message: { kind: 'note', bodyText: 'Call them back' },
    });
  });
});

describe('ticket.watch', () => {
  it('answers not_found for another organization’s ticket and for a queue the agent does not see', async () => {
    const c1 = await connectAs(a1);
    const foreign = await buildTicket(k, orgB, qB);
    const otherTeam = await buildTicket(k, orgA, r);
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
    const ticket = await buildTicket(k, orgA, q);
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
    const ticket = await buildTicket(k, orgA, q);
    const [tab1, tab2, watcher] = await Promise.all([connectAs(a1), connectAs(a1), connectAs(lead)]);
    await watcher.emitWithAck('ticket.watch', { ticketId: ticket.id });
    await tab1.emitWithAck('presence.set', { ticketId: ticket.id, state: 'replying' });
    await tab2.emitWithAck('presence.set', { ticketId: ticket.id, state: 'viewing' });

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
    await open(client);
    const ticket = await buildTicket(k, orgA, q);
    const got = nextEvent(client, 'ticket.created', (e) => e.ticket.id === ticket.id);
    publishCreated(ticket);
    await got;
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
