import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestKontakt, type TestKontakt } from '../../test/harness.ts';
import { buildAgent, buildOrg, signIn, type Session } from '../../test/factories.ts';
import { api } from '../modules/sla/sla.test-kit.ts';
import { makeClient, open, type TestClient } from './test-clients.ts';

let k: TestKontakt;
let baseUrl: string;
let org: { id: string };

afterAll(() => k?.close());
beforeAll(async () => {
  k = await startTestKontakt({ start: { realtime: { offlineAfterDisconnectMs: 400 } } });
  await k.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(k.app.server.address() as AddressInfo).port}`;
  org = await buildOrg(k);
});

const stateOf = async (s: Session) => (await api(k).get(s, '/presence/me')).json().state as string;

async function onlineAgent(): Promise<{ session: Session; client: TestClient }> {
  const agent = await buildAgent(k, org);
  const session = await signIn(k, agent.email);
  const set = await api(k).send('PUT', session, '/presence/me', { state: 'online' });
  expect(set.statusCode, set.body).toBe(200);
  const client = await open(makeClient(baseUrl, { cookie: session.cookie }));
  return { session, client };
}

/** Polls until `check` holds; the grace timer runs on real time. */
async function until(check: () => Promise<boolean>) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('an agent whose last connection closed', () => {
  it('is set offline after the grace period', async () => {
    const { session, client } = await onlineAgent();
    expect(await stateOf(session)).toBe('online');
    client.disconnect();
    expect(await until(async () => (await stateOf(session)) === 'offline')).toBe(true);
  });

  it('stays online when they reconnect within the grace, or still have another tab open', async () => {
    const { session, client } = await onlineAgent();
    const second = await open(makeClient(baseUrl, { cookie: session.cookie }));
    client.disconnect();
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await stateOf(session)).toBe('online');
    second.disconnect();
    const again = await open(makeClient(baseUrl, { cookie: session.cookie }));
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await stateOf(session)).toBe('online');
    again.disconnect();
  });
});
