import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { ChatMessage, ChatOffer, ChatStatusEvent } from '@kontakt/contracts';
import { startTestKontakt, type TestKontakt } from '../../../test/harness.ts';
import { multipartFile } from '../../../test/multipart.ts';
import { messages, tickets } from '../tickets/index.ts';
import { mailOutbox } from '../outbox/outbox.table.ts';
import { chatMessageSeq, csatAnswers } from './chat.table.ts';
import { sweepChatRouting } from './routing.service.ts';
import {
  chatOrg,
  closeChatClients,
  collect,
  connectAgent,
  connectVisitor,
  setState,
  startVisitor,
} from './chat.test-kit.ts';

let k: TestKontakt;
let baseUrl: string;

beforeAll(async () => {
  k = await startTestKontakt({ start: { chatRoutingEveryMs: 0 } });
  await k.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(k.app.server.address() as AddressInfo).port}`;
});
afterAll(() => k?.close());
afterEach(() => closeChatClients());

const clientId = (n: number | string) => `client-${n}-${Math.random().toString(36).slice(2, 10)}`;

/** A chat that an agent has accepted: visitor and agent connected. */
async function acceptedChat() {
  const o = await chatOrg(k);
  const agent = o.agents[0]!;
  const agentSocket = await connectAgent(baseUrl, agent.session);
  const offers = collect<ChatOffer>(agentSocket, 'chat.offered');
  await setState(k, agent.session, 'online');
  const start = await startVisitor(k, o.channel.publicId);
  const offer = await offers.next((x) => x.sessionId === start.session.id);
  const visitor = await connectVisitor(baseUrl, start.token);
  const statuses = collect<ChatStatusEvent>(visitor, 'chat.status');
  const accept = await k.inject({
    method: 'POST',
    url: `/api/v1/chats/offers/${offer.id}/accept`,
    headers: agent.session.headers,
  });
  expect(accept.statusCode).toBe(200);
  await statuses.next((s) => s.session.state === 'active');
  return { ...o, agent, agentSocket, visitor, start, offer };
}

describe('widget configuration', () => {
  it('is public, open to every origin, and says whether anyone is online', async () => {
    const o = await chatOrg(k);
    const url = `/widget/v1/channels/${o.channel.publicId}/config`;
    const offline = await k.inject({ method: 'GET', url, headers: { origin: 'https://shop.example' } });
    expect(offline.statusCode).toBe(200);
    expect(offline.headers['access-control-allow-origin']).toBe('*');
    expect(offline.json()).toMatchObject({ online: false, offlineReason: 'no_agents' });
    expect(offline.body).not.toContain(o.org.id);
    await setState(k, o.agents[0]!.session, 'online');
    expect((await k.inject({ method: 'GET', url })).json()).toMatchObject({
      online: true,
      offlineReason: null,
    });
    const unknown = await k.inject({ method: 'GET', url: '/widget/v1/channels/nope/config' });
    expect(unknown.statusCode).toBe(404);
  });

  it('requires the pre-chat fields the channel marks required', async () => {
    const o = await chatOrg(k);
    const res = await k.inject({
      method: 'POST',
      url: `/widget/v1/channels/${o.channel.publicId}/sessions`,
      payload: { name: 'No Mail', visitorId: 'visitor_without_mail_123' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', details: { fields: ['email'] } });
  });
});

describe('messages', () => {
  it('travel both ways with acknowledgements, stored before the ack, HTML kept as text', async () => {
    const { visitor, agentSocket, start } = await acceptedChat();
    const atAgent = collect<ChatMessage>(agentSocket, 'chat.message');
    const atVisitor = collect<ChatMessage>(visitor, 'chat.message');

    const sent = await visitor.emitWithAck('chat.send', {
      clientId: clientId('v1'),
      text: '<b>Gdzie</b> paczka?',
    });
    expect(sent).toMatchObject({
      ok: true,
      duplicate: false,
      message: { seq: 1, from: 'visitor', text: '<b>Gdzie</b> paczka?' },
    });
    const stored = await k.deps.db
      .select()
      .from(messages)
      .where(eq(messages.ticketId, start.session.ticketId));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.bodyHtml).not.toContain('<b>');
    expect((await atAgent.next((m) => m.seq === 1)).text).toBe('<b>Gdzie</b> paczka?');

    const reply = await agentSocket.emitWithAck('chat.send', {
      sessionId: start.session.id,
      clientId: clientId('a1'),
      text: 'Już sprawdzam.',
    });
    expect(reply).toMatchObject({ ok: true, message: { seq: 2, from: 'agent' } });
    expect(await atVisitor.next((m) => m.seq === 2)).toMatchObject({ text: 'Już sprawdzam.', from: 'agent' });
  });

  it('stores a resent clientId once and answers the first message', async () => {
    const { visitor, start } = await acceptedChat();
    const id = clientId('dup');
    const first = await visitor.emitWithAck('chat.send', { clientId: id, text: 'Hello' });
    const again = await visitor.emitWithAck('chat.send', { clientId: id, text: 'Hello' });
    const [a, b] = await Promise.all([
      visitor.emitWithAck('chat.send', { clientId: clientId('race'), text: 'x' }),
      visitor.emitWithAck('chat.send', { clientId: id, text: 'Hello' }),
    ]);
    expect(again).toMatchObject({ ok: true, duplicate: true });
    if (!first.ok || !again.ok || !b.ok || !a.ok) throw new Error('send failed');
    expect(again.message.id).toBe(first.message.id);
    expect(b.message.seq).toBe(first.message.seq);
    const rows = await k.deps.db
      .select()
      .from(chatMessageSeq)
      .where(eq(chatMessageSeq.sessionId, start.session.id));
    expect(rows.map((r) => r.seq).sort()).toEqual([1, 2]);
  });

  it('after a reconnect, sync returns what was missed, in order', async () => {
    const { visitor, agentSocket, start } = await acceptedChat();
    await visitor.emitWithAck('chat.send', { clientId: clientId('v'), text: 'first' });
    visitor.disconnect();
    for (const text of ['one', 'two', 'three'])
      await agentSocket.emitWithAck('chat.send', {
        sessionId: start.session.id,
        clientId: clientId(text),
        text,
      });
    const back = await connectVisitor(baseUrl, start.token);
    const synced = await back.emitWithAck('chat.sync', { afterSeq: 1 });
    if (!synced.ok) throw new Error('sync failed');
    expect(synced.messages.map((m) => [m.seq, m.text])).toEqual([
      [2, 'one'],
      [3, 'two'],
      [4, 'three'],
    ]);
    expect(synced.session.lastSeq).toBe(4);
  });

  it('reaches the visitor when the agent replies through REST', async () => {
    const { visitor, agent, start } = await acceptedChat();
    const atVisitor = collect<ChatMessage>(visitor, 'chat.message');
    const res = await k.inject({
      method: 'POST',
      url: `/api/v1/tickets/${start.session.ticketId}/messages`,
      headers: agent.session.headers,
      payload: { body: { text: 'From the ticket view' } },
    });
    expect(res.statusCode).toBe(201);
    expect(await atVisitor.next((m) => m.text === 'From the ticket view')).toMatchObject({
      seq: 1,
      from: 'agent',
    });
  });

  it('limits a flooding visitor with a clear code', async () => {
    const { visitor } = await acceptedChat();
    const results = [];
    for (let i = 0; i < 13; i++)
      results.push(await visitor.emitWithAck('chat.send', { clientId: clientId(i), text: `m${i}` }));
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(results.at(-1)).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
  });
});

describe('visitor tokens', () => {
  it('refuses a spoofed token on the socket and over HTTP', async () => {
    const o = await chatOrg(k);
    const { token } = await startVisitor(k, o.channel.publicId);
    const [prefix, claims] = token.split('.');
    const forged = `${prefix}.${claims}.${Buffer.alloc(32, 7).toString('base64url')}`;
    const refused = await connectVisitor(baseUrl, forged).then(
      () => null,
      (err: { data?: { code?: string } }) => err.data?.code,
    );
    expect(refused).toBe('invalid_visitor_token');
    const res = await k.inject({
      method: 'GET',
      url: '/widget/v1/session',
      headers: { authorization: `Bearer ${forged}` },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('invalid_visitor_token');
    const ok = await k.inject({
      method: 'GET',
      url: '/widget/v1/session',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(ok.statusCode).toBe(200);
  });
});

describe('routing', () => {
  it('offers to the longest idle agent, then to the next when the offer times out', async () => {
    const o = await chatOrg(k, 2);
    const [first, second] = o.agents as [(typeof o.agents)[0], (typeof o.agents)[0]];
    await setState(k, first.session, 'online');
    k.clock.advance(1000);
    await setState(k, second.session, 'online');
    const firstSocket = await connectAgent(baseUrl, first.session);
    const secondSocket = await connectAgent(baseUrl, second.session);
    const firstOffers = collect<ChatOffer>(firstSocket, 'chat.offered');
    const secondOffers = collect<ChatOffer>(secondSocket, 'chat.offered');
    const withdrawn = collect<{ offerId: string }>(firstSocket, 'chat.offer_withdrawn');

    const start = await startVisitor(k, o.channel.publicId);
    const offer = await firstOffers.next((x) => x.sessionId === start.session.id);
    k.clock.advance(31_000);
    await sweepChatRouting(k.deps);
    await withdrawn.next((w) => w.offerId === offer.id);
    const next = await secondOffers.next((x) => x.sessionId === start.session.id);
    const late = await k.inject({
      method: 'POST',
      url: `/api/v1/chats/offers/${offer.id}/accept`,
      headers: first.session.headers,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('offer_gone');
    const ok = await k.inject({
      method: 'POST',
      url: `/api/v1/chats/offers/${next.id}/accept`,
      headers: second.session.headers,
    });
    expect(ok.json()).toMatchObject({ state: 'active', agent: { id: second.id } });
    const [ticket] = await k.deps.db.select().from(tickets).where(eq(tickets.id, start.session.ticketId));
    expect(ticket).toMatchObject({ assigneeId: second.id, channel: 'chat', status: 'open' });
  });

  it('tells waiting visitors their place in arrival order', async () => {
    const o = await chatOrg(k);
    const one = await startVisitor(k, o.channel.publicId);
    const two = await startVisitor(k, o.channel.publicId);
    const visitor = await connectVisitor(baseUrl, two.token);
    const statuses = collect<ChatStatusEvent>(visitor, 'chat.status');
    await setState(k, o.agents[0]!.session, 'away');
    await k.inject({ method: 'POST', url: `/api/v1/chats/${one.session.id}/end`, headers: o.admin.headers });
    expect(await statuses.next((s) => s.position === 1)).toMatchObject({
      estimatedWaitSeconds: expect.any(Number),
    });
  });
});

describe('end of chat', () => {
  it('stores one rating per ticket (a second replaces it) and mails the transcript', async () => {
    const { visitor, start, org } = await acceptedChat();
    await visitor.emitWithAck('chat.send', { clientId: clientId('t'), text: 'Dziękuję' });
    expect(await visitor.emitWithAck('chat.end', {})).toEqual({ ok: true });
    expect(await visitor.emitWithAck('chat.send', { clientId: clientId('late'), text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'chat_ended' },
    });
    expect(await visitor.emitWithAck('chat.rate', { rating: 4 })).toEqual({ ok: true });
    expect(await visitor.emitWithAck('chat.rate', { rating: 5, comment: 'Szybko' })).toEqual({ ok: true });
    expect(await visitor.emitWithAck('chat.rate', { rating: 6 })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed' },
    });
    const answers = await k.deps.db
      .select()
      .from(csatAnswers)
      .where(eq(csatAnswers.ticketId, start.session.ticketId));
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ rating: 5, comment: 'Szybko' });
    expect(await visitor.emitWithAck('chat.transcript', {})).toEqual({ ok: true });
    const mail = await k.deps.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.purpose, 'chat_transcript'), eq(mailOutbox.organizationId, org.id)));
    expect(mail).toHaveLength(1);
    expect(mail[0]!.bodyText).toContain('Dziękuję');
  });

  it('turns the offline form into an e-mail ticket', async () => {
    const o = await chatOrg(k);
    const res = await k.inject({
      method: 'POST',
      url: `/widget/v1/channels/${o.channel.publicId}/offline-messages`,
      payload: { email: 'late@example.test', name: 'Late', message: 'Call me back', language: 'pl' },
    });
    expect(res.statusCode).toBe(201);
    const rows = await k.deps.db.select().from(tickets).where(eq(tickets.organizationId, o.org.id));
    const mailTicket = rows.find((t) => t.channel === 'email');
    expect(mailTicket).toMatchObject({ queueId: o.queue.id, tags: ['chat-offline'] });
    const body = await k.deps.db.select().from(messages).where(eq(messages.ticketId, mailTicket!.id));
    expect(body[0]).toMatchObject({ authorType: 'customer', bodyText: 'Call me back' });
  });
});

describe('uploads', () => {
  it('accepts allowed types onto the conversation and refuses others', async () => {
    const { visitor, start } = await acceptedChat();
    const auth = { authorization: `Bearer ${start.token}` };
    const html = multipartFile('x.html', Buffer.from('<script>'), 'text/html');
    const refused = await k.inject({
      method: 'POST',
      url: '/widget/v1/uploads',
      headers: { ...auth, 'content-type': html.contentType },
      payload: html.payload,
    });
    expect(refused.statusCode).toBe(415);
    expect(refused.json().error.code).toBe('attachment_rejected');
    const png = multipartFile('a.png', Buffer.from('89504e47', 'hex'), 'image/png');
    const up = await k.inject({
      method: 'POST',
      url: '/widget/v1/uploads',
      headers: { ...auth, 'content-type': png.contentType },
      payload: png.payload,
    });
    expect(up.statusCode).toBe(201);
    const sent = await visitor.emitWithAck('chat.send', {
      clientId: clientId('f'),
      text: '',
      attachmentIds: [up.json().id],
    });
    expect(sent).toMatchObject({ ok: true, message: { attachments: [{ filename: 'a.png' }] } });
  });
});
