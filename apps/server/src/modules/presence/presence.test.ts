import { describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import type { AgentPresence } from '@kontakt/contracts';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildAgent, orgWithAdmin, signIn } from '../../../test/factories.ts';
import { agentPresenceLog } from './presence.table.ts';

const k = await startTestKontakt({ start: { chatRoutingEveryMs: 0 } });

async function reason(headers: Record<string, string>, code: string, states = ['away']) {
  const res = await k.inject({
    method: 'POST',
    url: '/api/v1/presence/reasons',
    headers,
    payload: { code, label: code, states },
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string };
}

describe('agent presence', () => {
  it('records every change with its time and reason, append-only', async () => {
    const { org, session: admin } = await orgWithAdmin(k);
    const agent = await buildAgent(k, org);
    const me = await signIn(k, agent.email);
    const lunch = await reason(admin.headers, 'break');

    const initial = await k.inject({ method: 'GET', url: '/api/v1/presence/me', headers: me.headers });
    expect(initial.json()).toMatchObject({ state: 'offline', reason: null, chatCapacity: 3, activeChats: 0 });

    const put = (payload: object) =>
      k.inject({ method: 'PUT', url: '/api/v1/presence/me', headers: me.headers, payload });
    expect((await put({ state: 'online' })).json()).toMatchObject({ state: 'online' });
    k.clock.advance(60_000);
    expect((await put({ state: 'away', reasonId: lunch.id })).json()).toMatchObject({
      state: 'away',
      reason: { code: 'break' },
    });
    // A reason not meant for the state, a reason with online, another organization's reason.
    expect((await put({ state: 'busy', reasonId: lunch.id })).statusCode).toBe(400);
    expect((await put({ state: 'online', reasonId: lunch.id })).statusCode).toBe(400);
    const other = await orgWithAdmin(k);
    const foreign = await reason(other.session.headers, 'training');
    expect((await put({ state: 'away', reasonId: foreign.id })).statusCode).toBe(404);

    const log = await k.deps.db
      .select()
      .from(agentPresenceLog)
      .where(eq(agentPresenceLog.agentId, agent.id))
      .orderBy(asc(agentPresenceLog.changedAt));
    expect(log.map((l) => [l.state, l.reasonCode])).toEqual([
      ['online', null],
      ['away', 'break'],
    ]);
    expect(log[1]!.changedAt.getTime() - log[0]!.changedAt.getTime()).toBe(60_000);
    await expect(k.deps.db.execute(sql`UPDATE agent_presence_log SET state = 'busy'`)).rejects.toThrow();
  });

  it('lets admins manage reasons and capacity; leads see everyone; agents do not', async () => {
    const { org, session: admin } = await orgWithAdmin(k);
    const agent = await buildAgent(k, org);
    const lead = await signIn(k, (await buildAgent(k, org, { role: 'lead' })).email);
    const me = await signIn(k, agent.email);
    const denied = await k.inject({
      method: 'POST',
      url: '/api/v1/presence/reasons',
      headers: me.headers,
      payload: { code: 'nap', label: 'Nap' },
    });
    expect(denied.statusCode).toBe(403);
    await reason(admin.headers, 'meeting');
    const dup = await k.inject({
      method: 'POST',
      url: '/api/v1/presence/reasons',
      headers: admin.headers,
      payload: { code: 'meeting', label: 'Again' },
    });
    expect(dup.statusCode).toBe(409);

    const cap = await k.inject({
      method: 'PATCH',
      url: `/api/v1/presence/agents/${agent.id}`,
      headers: admin.headers,
      payload: { chatCapacity: 5 },
    });
    expect(cap.json()).toMatchObject({ chatCapacity: 5, state: 'offline' });
    const all = await k.inject({ method: 'GET', url: '/api/v1/presence/agents', headers: lead.headers });
    expect((all.json() as AgentPresence[]).find((p) => p.agent.id === agent.id)).toMatchObject({
      chatCapacity: 5,
    });
    expect(
      (await k.inject({ method: 'GET', url: '/api/v1/presence/agents', headers: me.headers })).statusCode,
    ).toBe(403);
  });
});
