import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { ChatOffer, ChatSession, SupervisorSnapshot } from '@kontakt/contracts';
import { startTestKontakt, type TestKontakt } from '../../../test/harness.ts';
import { buildAgent, buildQueue, signIn } from '../../../test/factories.ts';
import { messages, tickets } from '../tickets/index.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { DEMO_CHAT_PUBLIC_ID } from './demo-chat.ts';
import { chatOrg, closeChatClients, collect, connectAgent, setState, startVisitor } from './chat.test-kit.ts';

let k: TestKontakt;
let baseUrl: string;

beforeAll(async () => {
  k = await startTestKontakt({ start: { chatRoutingEveryMs: 0 } });
  await k.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(k.app.server.address() as AddressInfo).port}`;
});
afterAll(() => k?.close());
afterEach(() => closeChatClients());

async function post<T>(url: string, headers: Record<string, string>, payload?: object) {
  const res = await k.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers,
    ...(payload ? { payload } : {}),
  });
  return { status: res.statusCode, body: res.json() as T };
}

describe('transfers, joining and the supervisor view', () => {
  it('hands a chat to a colleague with a note, back to a queue, and lets a lead take over', async () => {
    const o = await chatOrg(k, 2);
    const [a, b] = o.agents as [(typeof o.agents)[0], (typeof o.agents)[0]];
    const socketA = await connectAgent(baseUrl, a.session);
    const offers = collect<ChatOffer>(socketA, 'chat.offered');
    await setState(k, a.session, 'online');
    const start = await startVisitor(k, o.channel.publicId);
    const offer = await offers.next((x) => x.sessionId === start.session.id);
    await post(`/chats/offers/${offer.id}/accept`, a.session.headers);

    // Only the chat's agent (or a lead) may transfer it; a teammate sees the chat but may not.
    expect(
      (await post(`/chats/${start.session.id}/transfer`, b.session.headers, { toAgentId: b.id })).status,
    ).toBe(403);
    const toB = await post<ChatSession>(`/chats/${start.session.id}/transfer`, a.session.headers, {
      toAgentId: b.id,
      note: 'Wants a refund',
    });
    expect(toB.body).toMatchObject({ state: 'active', agent: { id: b.id } });
    const notes = await k.deps.db
      .select()
      .from(messages)
      .where(eq(messages.ticketId, start.session.ticketId));
    expect(notes.find((m) => m.kind === 'note')).toMatchObject({
      bodyText: 'Wants a refund',
      mentions: [b.id],
    });

    const other = await buildQueue(k, o.org);
    const toQueue = await post<ChatSession>(`/chats/${start.session.id}/transfer`, b.session.headers, {
      toQueueId: other.id,
    });
    expect(toQueue.body).toMatchObject({ state: 'waiting', agent: null, queueId: other.id });
    const [ticket] = await k.deps.db.select().from(tickets).where(eq(tickets.id, start.session.ticketId));
    expect(ticket).toMatchObject({ queueId: other.id, assigneeId: null });

    const lead = await signIn(k, (await buildAgent(k, o.org, { role: 'lead' })).email);
    expect(
      (await post(`/chats/${start.session.id}/join`, a.session.headers, { mode: 'silent' })).status,
    ).toBe(403);
    const silent = await post<ChatSession>(`/chats/${start.session.id}/join`, lead.headers, {
      mode: 'silent',
    });
    expect(silent.body).toMatchObject({ state: 'waiting', agent: null });
    const takeover = await post<ChatSession>(`/chats/${start.session.id}/join`, lead.headers, {
      mode: 'takeover',
    });
    expect(takeover.body).toMatchObject({ state: 'active', agent: { id: expect.any(String) } });
  });

  it('shows leads the waiting count, the longest wait, agents’ load and the chats', async () => {
    const o = await chatOrg(k);
    const lead = await signIn(k, (await buildAgent(k, o.org, { role: 'lead' })).email);
    await startVisitor(k, o.channel.publicId);
    k.clock.advance(45_000);
    await startVisitor(k, o.channel.publicId);
    k.clock.advance(5_000);
    const res = await k.inject({ method: 'GET', url: '/api/v1/chats/supervisor', headers: lead.headers });
    expect(res.statusCode).toBe(200);
    const snap = res.json() as SupervisorSnapshot;
    expect(snap.queues.find((q) => q.queueId === o.queue.id)).toMatchObject({
      waiting: 2,
      longestWaitSeconds: 50,
    });
    expect(snap.chats).toHaveLength(2);
    expect(snap.agents.find((x) => x.agent.id === o.agents[0]!.id)).toMatchObject({
      state: 'offline',
      activeChats: 0,
    });
    const agentView = await k.inject({
      method: 'GET',
      url: '/api/v1/chats/supervisor',
      headers: o.agents[0]!.session.headers,
    });
    expect(agentView.statusCode).toBe(403);
  });
});

describe('demo', () => {
  it('has a chat channel with a known public id, also when seeded again', async () => {
    await seedDemo(k.deps.db, { password: 'demo-password-1', now: k.clock.now() });
    await seedDemo(k.deps.db, { password: 'demo-password-1', now: k.clock.now() });
    const res = await k.inject({ method: 'GET', url: `/widget/v1/channels/${DEMO_CHAT_PUBLIC_ID}/config` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ publicId: 'demo-shop', online: false });
  });
});
