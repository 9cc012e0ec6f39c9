import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatOffer } from '@kontakt/contracts';
import { startTestKontakt, type TestKontakt } from '../../../test/harness.ts';
import { buildAgent, signIn, type Session } from '../../../test/factories.ts';
import { sweepChatRouting } from './routing.service.ts';
import { chatOrg, setState, startVisitor } from './chat.test-kit.ts';

let k: TestKontakt;

beforeAll(async () => {
  k = await startTestKontakt({ start: { chatRoutingEveryMs: 0 } });
});
afterAll(() => k?.close());

/** The caller's pending offers through the API. */
async function offersOf(session: Session): Promise<ChatOffer[]> {
  const res = await k.inject({ method: 'GET', url: '/api/v1/chats/offers', headers: session.headers });
  expect(res.statusCode).toBe(200);
  return res.json() as ChatOffer[];
}

async function decline(session: Session, offerId: string) {
  const res = await k.inject({
    method: 'POST',
    url: `/api/v1/chats/offers/${offerId}/decline`,
    headers: session.headers,
  });
  expect(res.statusCode).toBe(204);
}

describe('offer rounds', () => {
  it('offers a chat again to the only agent once their offer expired, keeping arrival order', async () => {
    const o = await chatOrg(k);
    const agent = o.agents[0]!;
    await setState(k, agent.session, 'online');
    const first = await startVisitor(k, o.channel.publicId);
    k.clock.advance(1000);
    const second = await startVisitor(k, o.channel.publicId);
    const before = await offersOf(agent.session);
    expect(before.map((x) => x.sessionId)).toEqual([first.session.id, second.session.id]);

    k.clock.advance(31_000);
    await sweepChatRouting(k.deps);
    const again = await offersOf(agent.session);
    expect(again.map((x) => x.sessionId)).toEqual([first.session.id, second.session.id]);
    expect(again.map((x) => x.id)).not.toContain(before[0]!.id);
    const accepted = await k.inject({
      method: 'POST',
      url: `/api/v1/chats/offers/${again[0]!.id}/accept`,
      headers: agent.session.headers,
    });
    expect(accepted.json()).toMatchObject({ state: 'active', agent: { id: agent.id } });
  });

  it('goes round every able agent before offering to anyone a second time', async () => {
    const o = await chatOrg(k, 2);
    const [a, b] = o.agents as [(typeof o.agents)[0], (typeof o.agents)[0]];
    await setState(k, a.session, 'online');
    k.clock.advance(1000);
    await setState(k, b.session, 'online');
    const start = await startVisitor(k, o.channel.publicId);
    const order: string[] = [];
    for (let turn = 0; turn < 4; turn++) {
      k.clock.advance(1000);
      const [atA, atB] = [await offersOf(a.session), await offersOf(b.session)];
      expect([...atA, ...atB].map((x) => x.sessionId)).toEqual([start.session.id]);
      const holder = atA.length ? a : b;
      order.push(holder.id);
      await decline(holder.session, [...atA, ...atB][0]!.id);
    }
    expect(order).toEqual([a.id, b.id, a.id, b.id]);
  });
});

describe('offers', () => {
  it('carry when the visitor started waiting', async () => {
    const o = await chatOrg(k);
    const agent = o.agents[0]!;
    const start = await startVisitor(k, o.channel.publicId);
    k.clock.advance(20_000);
    await setState(k, agent.session, 'online');
    await sweepChatRouting(k.deps);
    const [offer] = await offersOf(agent.session);
    expect(offer).toMatchObject({ sessionId: start.session.id, enqueuedAt: start.session.enqueuedAt });
    expect(Date.parse(offer!.offeredAt) - Date.parse(offer!.enqueuedAt!)).toBe(20_000);
  });
});

describe('visibility', () => {
  it('offers chats only to agents who see the queue: its team, leads, or everyone when the organization opens all', async () => {
    const o = await chatOrg(k, 0);
    const outsider = await signIn(k, (await buildAgent(k, o.org)).email);
    await setState(k, outsider, 'online');
    const first = await startVisitor(k, o.channel.publicId);
    await sweepChatRouting(k.deps);
    expect(await offersOf(outsider)).toEqual([]);

    const lead = await signIn(k, (await buildAgent(k, o.org, { role: 'lead' })).email);
    await setState(k, lead, 'online');
    await sweepChatRouting(k.deps);
    expect((await offersOf(lead)).map((x) => x.sessionId)).toEqual([first.session.id]);

    const open = await k.inject({
      method: 'PATCH',
      url: '/api/v1/organization',
      headers: o.admin.headers,
      payload: { settings: { ticketsVisibleToAll: true } },
    });
    expect(open.statusCode).toBe(200);
    const second = await startVisitor(k, o.channel.publicId);
    await sweepChatRouting(k.deps);
    expect((await offersOf(outsider)).map((x) => x.sessionId)).toEqual([second.session.id]);
  });
});
