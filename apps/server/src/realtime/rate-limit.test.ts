import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestKontakt, type TestKontakt } from '../../test/harness.ts';
import { buildAgent, buildOrg, buildQueue, buildTicket, signIn } from '../../test/factories.ts';
import { REQUEST_BURST, REQUESTS_PER_SECOND } from './rate-limit.ts';
import { makeClient, open, type TestClient } from './test-clients.ts';

let k: TestKontakt;
let baseUrl: string;
let ticketId: string;
let lead: { email: string };
let colleague: { email: string };
const clients: TestClient[] = [];

// Started inside a hook, where the harness cannot register its own clean-up: close it here.
afterAll(() => k?.close());

beforeAll(async () => {
  k = await startTestKontakt();
  await k.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(k.app.server.address() as AddressInfo).port}`;
  const org = await buildOrg(k);
  lead = await buildAgent(k, org, { role: 'lead' });
  colleague = await buildAgent(k, org, { role: 'lead' });
  ticketId = (await buildTicket(k, org, await buildQueue(k, org))).id;
});

afterEach(() => {
  for (const client of clients.splice(0)) client.disconnect();
});

async function connectAs(agent: { email: string }): Promise<TestClient> {
  const client = makeClient(baseUrl, { cookie: (await signIn(k, agent.email)).cookie });
  clients.push(client);
  return open(client);
}

/** Who the colleague sees on the ticket (asked on a fresh connection, so it has its own budget). */
async function presentForColleague() {
  const c = await connectAs(colleague);
  const ack = await c.emitWithAck('ticket.watch', { ticketId });
  c.disconnect();
  return ack.ok ? ack.present.map((p) => p.state) : ack.error.code;
}

describe('realtime request rate limit', () => {
  it('answers rate_limited past the burst without processing, and lets requests through as tokens return', async () => {
    const client = await connectAs(lead);
    // The clock stands still (ManualClock): no token comes back until the test moves it.
    for (let i = 0; i < REQUEST_BURST; i++) {
      expect((await client.emitWithAck('ticket.watch', { ticketId })).ok).toBe(true);
    }
    expect(await client.emitWithAck('ticket.watch', { ticketId })).toEqual({
      ok: false,
      error: { code: 'rate_limited', message: expect.any(String) },
    });
    const refused = await client.emitWithAck('presence.set', { ticketId, state: 'replying' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    // Not processed: nobody is shown on the ticket.
    expect(await presentForColleague()).toEqual([]);

    // Another connection of the same agent has a budget of its own.
    const second = await connectAs(lead);
    expect((await second.emitWithAck('ticket.unwatch', { ticketId })).ok).toBe(true);

    k.clock.advance(1000);
    for (let i = 0; i < REQUESTS_PER_SECOND; i++) {
      expect((await client.emitWithAck('presence.set', { ticketId, state: 'replying' })).ok).toBe(true);
    }
    expect(await client.emitWithAck('presence.set', { ticketId, state: 'viewing' })).toMatchObject({
      error: { code: 'rate_limited' },
    });
    expect(await presentForColleague()).toEqual(['replying']);
  });

  it('refuses invalid payloads as well once over the budget, so they cannot be used to flood', async () => {
    const client = await connectAs(lead);
    for (let i = 0; i < REQUEST_BURST; i++) {
      const ack = await client.emitWithAck('ticket.watch', { ticketId: 'not-an-id' });
      expect(ack).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    }
    expect(await client.emitWithAck('ticket.watch', { ticketId: 'not-an-id' })).toMatchObject({
      error: { code: 'rate_limited' },
    });
  });
});
