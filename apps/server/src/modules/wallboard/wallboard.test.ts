import { describe, expect, it } from 'vitest';
import type { Wallboard } from '@kontakt/contracts';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildAgent, orgWithAdmin, signIn, type Session } from '../../../test/factories.ts';
import { chatOrg, setState, startVisitor } from '../chat/chat.test-kit.ts';
import { api, POLICY } from '../sla/sla.test-kit.ts';
import type { ChatOutcomes } from './wallboard.repo.ts';
import { chatServiceLevel } from './wallboard.service.ts';

// The harness clock starts on Monday 2026-11-02 09:00 UTC = 10:00 in Warsaw.
const k = await startTestKontakt({ start: { chatRoutingEveryMs: 0 } });
const { send, get } = api(k);
const at = (iso: string) => k.clock.set(new Date(iso));

async function board(s: Session, query = ''): Promise<Wallboard> {
  const res = await get(s, `/wallboard${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Wallboard;
}

describe('GET /wallboard', () => {
  it('counts waiting chats and tickets, SLA at risk, agents and today from a state built through the API', async () => {
    at('2026-11-02T09:00:00Z');
    const o = await chatOrg(k, 2);
    const [a, b] = o.agents as [(typeof o.agents)[0], (typeof o.agents)[0]];
    const lead = await signIn(k, (await buildAgent(k, o.org, { role: 'lead' })).email);
    expect((await send('POST', o.admin, '/sla-policies', POLICY)).statusCode).toBe(201);
    const ticket = async (priority: string, assigneeId?: string) => {
      const res = await send('POST', a.session, '/tickets', {
        subject: 'Zamówienie 1234',
        queueId: o.queue.id,
        priority,
        customer: { email: `jan-${Math.random().toString(36).slice(2)}@example.test` },
        ...(assigneeId ? { assigneeId } : {}),
        message: { author: 'customer', body: { text: 'Gdzie jest paczka?' } },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string; channel: string };
    };
    // Yesterday (local) does not count for today's volume.
    at('2026-11-01T22:30:00Z');
    await ticket('low');
    at('2026-11-02T09:00:00Z');
    const normal = await ticket('normal'); // first response due 13:00
    await ticket('urgent'); // first response due 10:00
    await ticket('normal', b.id); // assigned: not waiting, but b's load

    at('2026-11-02T12:30:00Z');
    await setState(k, a.session, 'online');
    await setState(k, b.session, 'away');
    const first = await startVisitor(k, o.channel.publicId);
    k.clock.advance(10_000);
    const [offer] = (await get(a.session, '/chats/offers')).json() as Array<{
      id: string;
      sessionId: string;
    }>;
    expect(offer?.sessionId).toBe(first.session.id);
    const accepted = await send('POST', a.session, `/chats/offers/${offer!.id}/accept`);
    expect(accepted.statusCode, accepted.body).toBe(200);
    k.clock.advance(5_000);
    await startVisitor(k, o.channel.publicId);
    k.clock.advance(45_000);

    const w = await board(lead);
    const q = w.queues.find((x) => x.queueId === o.queue.id);
    expect(q).toEqual({
      queueId: o.queue.id,
      name: o.queue.name,
      chatsWaiting: 1,
      longestChatWaitSeconds: 45,
      ticketsWaiting: 3, // yesterday's low, the normal and the urgent one
      oldestTicketWaitSeconds: 14 * 3600 + 60, // since 23:30 yesterday (local)
      slaAtRisk: 2, // the normal ones (one assigned to b), due 13:00
      slaBreached: 1, // the urgent one, due 10:00
    });
    expect(w.riskMinutes).toBe(60);
    expect(w.agentStates).toMatchObject({ online: 1, away: 1, busy: 0 });
    const byId = new Map(w.agents.map((x) => [x.agent.id, x]));
    expect(byId.get(a.id)).toMatchObject({ state: 'online', activeChats: 1 });
    expect(byId.get(b.id)).toMatchObject({ state: 'away', activeChats: 0, openTickets: 1 });
    expect(w.today.since).toBe('2026-11-01T23:00:00.000Z');
    expect(w.today.timeZone).toBe('Europe/Warsaw');
    expect(w.today.tickets).toBe(5); // three tickets and two chats
    expect(w.today.byChannel).toContainEqual({ channel: 'chat', count: 2 });
    expect(w.today.byChannel).toContainEqual({ channel: normal.channel, count: 3 });
    expect(w.today.chat).toEqual({
      thresholdSeconds: 20,
      variant: 'abandons_missed',
      entered: 2,
      waiting: 1,
      answered: 1,
      answeredWithinThreshold: 1,
      abandoned: 0,
      serviceLevel: 1,
      abandonment: 0,
      averageSpeedOfAnswerSeconds: 10,
    });

    // A stricter threshold and a wider risk window.
    const strict = await board(lead, '?thresholdSeconds=5&riskMinutes=300&variant=answered_only');
    expect(strict.today.chat).toMatchObject({
      answeredWithinThreshold: 0,
      serviceLevel: 0,
      variant: 'answered_only',
    });
    // The chat tickets (first response due 16:30) are now at risk as well.
    expect(strict.queues.find((x) => x.queueId === o.queue.id)).toMatchObject({
      slaAtRisk: 4,
      slaBreached: 1,
    });
  });

  it('is for leads and admins of the organization only; bad parameters are 400', async () => {
    const o = await chatOrg(k, 1);
    const other = await orgWithAdmin(k);
    expect((await get(o.agents[0]!.session, '/wallboard')).statusCode).toBe(403);
    const foreign = await board(other.session);
    expect(foreign.queues.map((q) => q.queueId)).not.toContain(o.queue.id);
    expect(foreign.agents.map((x) => x.agent.id)).not.toContain(o.agents[0]!.id);
    const mine = await board(o.admin);
    expect(mine.queues.map((q) => q.queueId)).toContain(o.queue.id);
    const bad = await get(o.admin, '/wallboard?thresholdSeconds=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
    expect((await get(o.admin, '/wallboard?variant=best_case')).statusCode).toBe(400);
  });

  it('shows n/a (null) for an empty day', async () => {
    const o = await chatOrg(k, 1);
    const w = await board(o.admin);
    expect(w.today.chat).toMatchObject({
      entered: 0,
      serviceLevel: null,
      abandonment: null,
      averageSpeedOfAnswerSeconds: null,
    });
    expect(w.queues.find((q) => q.queueId === o.queue.id)).toMatchObject({
      chatsWaiting: 0,
      longestChatWaitSeconds: null,
      oldestTicketWaitSeconds: null,
    });
  });
});

describe('chat service level variants', () => {
  // 10 answered (8 within Y), 4 abandoned: 1 under 5 s, 2 within Y in all.
  const o: ChatOutcomes = {
    entered: 15,
    waiting: 1,
    answered: 10,
    answeredWithin: 8,
    waitOfAnsweredSeconds: 150,
    abandoned: 4,
    abandonedShort: 1,
    abandonedWithin: 2,
  };
  it.each([
    ['abandons_missed', 8 / 14, 4 / 14],
    ['exclude_short_abandons', 8 / 13, 3 / 13],
    ['abandons_within_met', 10 / 14, 4 / 14],
    ['answered_only', 8 / 10, 4 / 14],
  ] as const)('%s', (variant, serviceLevel, abandonment) => {
    const r = chatServiceLevel(o, 20, variant);
    expect(r.serviceLevel).toBeCloseTo(serviceLevel, 10);
    expect(r.abandonment).toBeCloseTo(abandonment, 10);
    expect(r.averageSpeedOfAnswerSeconds).toBe(15);
  });
});
