import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB, startTestKontakt, type TestKontakt } from '../../test/harness.ts';
import { startInstances } from '../../test/instances.ts';
import type { Ticket } from '@kontakt/contracts';
import { buildAgent, buildOrg, buildQueue, buildTeam, signIn, type Session } from '../../test/factories.ts';
import type { Kontakt } from '../server.ts';
import { EventBus } from './event-bus.ts';
import { attachRealtime, type RealtimeServer } from './socket-server.ts';
import { mailbox, makeClient, nextEvent, open, type TestClient } from './test-clients.ts';

/**
 * Fan-out between instances through Redis (REDIS_URL; Redis on 127.0.0.1:6379 unless
 * TEST_REDIS_URL says otherwise). Each run uses its own channel prefix, so parallel runs on one
 * Redis do not hear each other.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisKey = () => `kontakt-test-${randomBytes(6).toString('hex')}`;
const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

/** `POST /tickets` on one instance. */
async function createTicketVia(k: TestKontakt, as: Session, queue: { id: string }): Promise<Ticket> {
  const res = await k.inject({
    method: 'POST',
    url: '/api/v1/tickets',
    headers: as.headers,
    payload: { subject: 'Where is my order?', queueId: queue.id },
  });
  if (res.statusCode !== 201) throw new Error(`POST /tickets: ${res.statusCode} ${res.body}`);
  return res.json() as Ticket;
}

const clients: TestClient[] = [];
afterAll(() => {
  for (const client of clients) client.disconnect();
});
const connect = async (url: string, cookie: string) => {
  const client = makeClient(url, { cookie });
  clients.push(client);
  return open(client);
};

/**
 * Two Socket.IO servers, each with its own Redis adapter and HTTP listener, over one Kontakt
 * (PGlite serves one process, so the database is shared in-process; what crosses between the
 * servers is Redis alone). Server B hears no service events of its own.
 */
describe('two socket servers over Redis', () => {
  let k: TestKontakt;
  let httpB: Server;
  let realtimeB: RealtimeServer;

  beforeAll(async () => {
    const key = redisKey();
    k = await startTestKontakt({ env: { REDIS_URL }, start: { realtime: { redisKey: key } } });
    await k.app.listen({ port: 0, host: '127.0.0.1' });
    httpB = createServer();
    realtimeB = await attachRealtime({ ...k.deps, events: new EventBus() }, httpB, { redisKey: key });
    await new Promise<void>((resolve) => httpB.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await realtimeB?.close();
    await new Promise((resolve) => httpB?.close(resolve));
    // Started inside a hook, where the harness cannot register its own clean-up.
    await k?.close();
  });

  it('delivers an event published on A to a client of B, and B’s presence to A', async () => {
    const org = await buildOrg(k);
    const [agentA, agentB] = [await buildAgent(k, org), await buildAgent(k, org)];
    const queue = await buildQueue(k, org, { teamId: (await buildTeam(k, org, [agentA.id, agentB.id])).id });
    const onA = await connect(urlOf(k.app.server), (await signIn(k, agentA.email)).cookie);
    const onB = await connect(urlOf(httpB), (await signIn(k, agentB.email)).cookie);

    const box = mailbox(onB);
    const admin = await signIn(k, (await buildAgent(k, org, { role: 'admin' })).email);
    const ticket = await createTicketVia(k, admin, queue);
    expect(await box.waitFor('ticket.created', ticket.id)).toMatchObject({ ticket: { id: ticket.id } });

    expect(await onB.emitWithAck('presence.set', { ticketId: ticket.id, state: 'replying' })).toEqual({
      ok: true,
    });
    const watch = await onA.emitWithAck('ticket.watch', { ticketId: ticket.id });
    expect(watch).toEqual({
      ok: true,
      present: [{ agent: { id: agentB.id, name: expect.any(String) }, state: 'replying' }],
    });
    const left = nextEvent(onA, 'presence.changed', (e) => e.state === 'left');
    onB.disconnect();
    expect(await left).toMatchObject({ ticketId: ticket.id, agent: { id: agentB.id } });
  });

  it('refuses to start with a clear message when Redis is unreachable', async () => {
    const deps = { ...k.deps, config: { ...k.deps.config, redisUrl: 'redis://127.0.0.1:1' } };
    await expect(attachRealtime(deps, createServer())).rejects.toThrow(
      /Redis at 127\.0\.0\.1:1 .* unreachable/,
    );
  });
});

/** Two whole Kontakt instances on one PostgreSQL database and one Redis: the production shape. */
if (TEST_DB === 'postgres') {
  describe('two Kontakt instances on PostgreSQL and Redis', () => {
    it('delivers ticket.created published on instance A to a client of instance B', async () => {
      const cluster = await startInstances(2, { redisUrl: REDIS_URL, redisKey: redisKey() });
      const [a, b] = cluster.instances as [Kontakt, Kontakt];
      // The factories only need deps, a clock and inject: rows written through A are read by B.
      const viaA = cluster.via(a);
      const org = await buildOrg(viaA);
      const agent = await buildAgent(viaA, org, { role: 'lead' });
      const queue = await buildQueue(viaA, org);
      const session = await signIn(viaA, agent.email);
      const box = mailbox(await connect(urlOf(b.app.server), session.cookie));

      // Created through instance A's API: A's service publishes, B's client hears it through Redis.
      const ticket = await createTicketVia(viaA, session, queue);
      const got = await box.waitFor('ticket.created', ticket.id);
      expect(got).toMatchObject({ type: 'ticket.created', ticket: { id: ticket.id } });
    });
  });
}
