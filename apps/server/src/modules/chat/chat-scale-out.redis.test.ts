import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { ChatMessage, ChatOffer, ChatStatusEvent } from '@kontakt/contracts';
import { TEST_DB, startTestKontakt, type TestKontakt } from '../../../test/harness.ts';
import { startInstances } from '../../../test/instances.ts';
import type { Kontakt } from '../../server.ts';
import { EventBus } from '../../realtime/event-bus.ts';
import { attachRealtime, type RealtimeServer } from '../../realtime/socket-server.ts';
import { chatOffers } from './chat.table.ts';
import { routeChats } from './routing.service.ts';
import {
  chatOrg,
  closeChatClients,
  collect,
  connectAgent,
  connectVisitor,
  setState,
  startVisitor,
} from './chat.test-kit.ts';

/**
 * Live chat across instances: a visitor on instance A and an agent on instance B talk through
 * the Redis adapter, and however many instances route at once, a chat is offered once.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisKey = () => `kontakt-chat-test-${randomBytes(6).toString('hex')}`;
const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const cid = () => `c-${randomBytes(6).toString('hex')}`;

afterEach(() => closeChatClients());

/** A visitor on `visitorUrl`, an agent on `agentUrl`: offer, accept through `viaAgent`, talk both ways. */
async function talkAcross(k: TestKontakt, visitorUrl: string, agentUrl: string) {
  const o = await chatOrg(k);
  const agent = o.agents[0]!;
  const agentSocket = await connectAgent(agentUrl, agent.session);
  const offers = collect<ChatOffer>(agentSocket, 'chat.offered');
  await setState(k, agent.session, 'online');
  const start = await startVisitor(k, o.channel.publicId);
  const visitor = await connectVisitor(visitorUrl, start.token);
  const statuses = collect<ChatStatusEvent>(visitor, 'chat.status');
  const offer = await offers.next((x) => x.sessionId === start.session.id);
  const accepted = await k.inject({
    method: 'POST',
    url: `/api/v1/chats/offers/${offer.id}/accept`,
    headers: agent.session.headers,
  });
  expect(accepted.statusCode).toBe(200);
  await statuses.next((s) => s.session.state === 'active');

  const atAgent = collect<ChatMessage>(agentSocket, 'chat.message');
  const atVisitor = collect<ChatMessage>(visitor, 'chat.message');
  expect(await visitor.emitWithAck('chat.send', { clientId: cid(), text: 'Dzień dobry' })).toMatchObject({
    ok: true,
  });
  expect(await atAgent.next((m) => m.text === 'Dzień dobry')).toMatchObject({ from: 'visitor', seq: 1 });
  const typing = collect<{ typing: boolean }>(visitor, 'chat.typing');
  await agentSocket.emitWithAck('chat.typing', { sessionId: start.session.id, typing: true });
  await typing.next((t) => t.typing);
  expect(
    await agentSocket.emitWithAck('chat.send', {
      sessionId: start.session.id,
      clientId: cid(),
      text: 'Witam',
    }),
  ).toMatchObject({ ok: true });
  expect(await atVisitor.next((m) => m.text === 'Witam')).toMatchObject({ from: 'agent', seq: 2 });
  return { o, start, offers };
}

describe('a visitor on one socket server and an agent on another (Redis)', () => {
  let k: TestKontakt;
  let httpB: Server;
  let realtimeB: RealtimeServer;

  afterAll(async () => {
    await realtimeB?.close();
    await new Promise((resolve) => httpB?.close(resolve));
    await k?.close();
  });

  it('talk both ways', async () => {
    const key = redisKey();
    k = await startTestKontakt({
      env: { REDIS_URL },
      start: { realtime: { redisKey: key }, chatRoutingEveryMs: 0 },
    });
    await k.app.listen({ port: 0, host: '127.0.0.1' });
    httpB = createServer();
    realtimeB = await attachRealtime({ ...k.deps, events: new EventBus() }, httpB, { redisKey: key });
    await new Promise<void>((resolve) => httpB.listen(0, '127.0.0.1', resolve));
    await talkAcross(k, urlOf(k.app.server), urlOf(httpB));
  });
});

if (TEST_DB === 'postgres') {
  describe('two Kontakt instances on PostgreSQL and Redis', () => {
    it('route a chat once however many rounds run at once, and carry the conversation', async () => {
      // Both instances sweep often, competing for every routing decision.
      const cluster = await startInstances(2, {
        redisUrl: REDIS_URL,
        redisKey: redisKey(),
        start: { chatRoutingEveryMs: 20 },
      });
      const [a, b] = cluster.instances as [Kontakt, Kontakt];
      const viaA = cluster.via(a);

      const { o, start, offers } = await talkAcross(viaA, urlOf(a.app.server), urlOf(b.app.server));
      expect(offers.got.filter((x) => x.sessionId === start.session.id)).toHaveLength(1);

      // A second chat, while 20 routing rounds run on each instance at the same time.
      const agent = o.agents[0]!;
      const second = await startVisitor(viaA, o.channel.publicId);
      await Promise.all(Array.from({ length: 20 }, (_, i) => routeChats((i % 2 ? a : b).deps, o.org.id)));
      await offers.next((x) => x.sessionId === second.session.id);
      const rows = await a.deps.db
        .select()
        .from(chatOffers)
        .where(eq(chatOffers.sessionId, second.session.id));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ agentId: agent.id, state: 'pending' });
      expect(offers.got.filter((x) => x.sessionId === second.session.id)).toHaveLength(1);
    });
  });
}
