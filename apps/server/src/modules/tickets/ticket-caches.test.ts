import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Ticket, View } from '@kontakt/contracts';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildAgent, orgWithAdmin, signIn, type Session } from '../../../test/factories.ts';
import { authCache } from '../../http/auth-cache.ts';
import { viewCountCache } from './view-counts.ts';

const k = await startTestKontakt();

const send = (s: Session, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
  k.inject({ method, url, headers: s.headers, ...(payload ? { payload: payload as object } : {}) });
const get = (s: Session, url: string) => k.inject({ method: 'GET', url, headers: s.headers });

// Long lifetimes, so every assertion below proves an explicit invalidation, not an expiry.
const ttl = { auth: authCache.ttlMs, counts: viewCountCache.ttlMs };
beforeAll(() => {
  authCache.ttlMs = 60_000;
  viewCountCache.ttlMs = 60_000;
});
afterAll(() => {
  authCache.ttlMs = ttl.auth;
  viewCountCache.ttlMs = ttl.counts;
});

describe('session and visibility cache', () => {
  it('rejects a revoked session at once, and a signed-out one', async () => {
    const { org } = await orgWithAdmin(k);
    const agent = await buildAgent(k, org);
    const first = await signIn(k, agent.email);
    const second = await signIn(k, agent.email);
    expect((await get(first, '/api/v1/tickets?view=mine_open')).statusCode).toBe(200);
    const sessions = (await get(second, '/api/v1/me/sessions')).json().items as Array<{
      id: string;
      current: boolean;
    }>;
    const firstId = sessions.find((x) => !x.current)!.id;
    expect((await send(second, 'DELETE', `/api/v1/me/sessions/${firstId}`)).statusCode).toBe(204);
    expect((await get(first, '/api/v1/tickets?view=mine_open')).statusCode).toBe(401);

    expect((await get(second, '/api/v1/views')).statusCode).toBe(200);
    expect((await send(second, 'POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await get(second, '/api/v1/views')).statusCode).toBe(401);
  });

  it('stops trusting a cached session after its lifetime (changes made elsewhere)', async () => {
    const { org } = await orgWithAdmin(k);
    const agent = await buildAgent(k, org);
    const s = await signIn(k, agent.email);
    expect((await get(s, '/api/v1/tickets?view=mine_open')).statusCode).toBe(200);
    // As another instance would: straight in the database, no request through this one.
    await k.database.query('UPDATE sessions SET revoked_at = now() WHERE agent_id = $1', [agent.id]);
    expect((await get(s, '/api/v1/tickets?view=mine_open')).statusCode).toBe(200);
    authCache.ttlMs = 1;
    await new Promise((r) => setTimeout(r, 5));
    try {
      expect((await get(s, '/api/v1/tickets?view=mine_open')).statusCode).toBe(401);
    } finally {
      authCache.ttlMs = 60_000;
    }
  });

  it('takes a ticket out of sight at once when its agent leaves the team', async () => {
    const { org, session: admin } = await orgWithAdmin(k);
    const agent = await buildAgent(k, org);
    const team = (await send(admin, 'POST', '/api/v1/teams', { name: 'PL', memberIds: [agent.id] })).json();
    const queue = (await send(admin, 'POST', '/api/v1/queues', { name: 'PL', teamId: team.id })).json();
    const ticket = (
      await send(admin, 'POST', '/api/v1/tickets', { subject: 'Paczka', queueId: queue.id })
    ).json();
    const a = await signIn(k, agent.email);
    const ids = async () =>
      (await get(a, '/api/v1/tickets?view=all_open')).json().items.map((t: { id: string }) => t.id);
    expect(await ids()).toContain(ticket.id);
    expect((await get(a, `/api/v1/tickets/${ticket.id}`)).statusCode).toBe(200);

    expect((await send(admin, 'PATCH', `/api/v1/teams/${team.id}`, { memberIds: [] })).statusCode).toBe(200);
    expect(await ids()).not.toContain(ticket.id);
    expect((await get(a, `/api/v1/tickets/${ticket.id}`)).statusCode).toBe(404);
    const unassigned = (await get(a, '/api/v1/views'))
      .json()
      .items.find((v: { id: string }) => v.id === 'unassigned_my_queues');
    expect(unassigned.count).toBe(0);
  });
});

describe('view counts and hot-route answers', () => {
  it('counts a ticket created through the API at once, and a live event from elsewhere', async () => {
    const { org, session: s } = await orgWithAdmin(k);
    const count = async (id: string) =>
      ((await get(s, '/api/v1/views')).json().items as Array<{ id: string; count: number }>).find(
        (v) => v.id === id,
      )!.count;
    expect(await count('all_open')).toBe(0);
    const t = (await send(s, 'POST', '/api/v1/tickets', { subject: 'Faktura' })).json();
    expect(await count('all_open')).toBe(1);

    // A change made without an HTTP write on this instance (a job, e-mail ingest) reaches the
    // counts through its live event.
    await k.database.query(`UPDATE tickets SET status = 'solved' WHERE id = $1`, [t.id]);
    expect(await count('all_open')).toBe(1);
    k.deps.events.publish({ type: 'ticket.updated', organizationId: org.id, ticket: t });
    expect(await count('all_open')).toBe(0);
    expect(await count('recently_solved')).toBe(1);
  });

  it('answers lists, views and search exactly in their documented shapes', async () => {
    const { session: s } = await orgWithAdmin(k);
    await send(s, 'POST', '/api/v1/tickets', {
      subject: 'Zepsuty żółw',
      customer: { email: 'jan@example.pl', name: 'Jan Żółwiński' },
      message: { author: 'customer', body: { text: 'Gdzie jest moja faktura?' } },
    });
    const list = (await get(s, '/api/v1/tickets?view=all_open')).json();
    expect(list.items).toHaveLength(1);
    // Parsing strips unknown keys and fails on missing or mistyped ones: equal means exact.
    expect(z.object({ items: z.array(Ticket), nextCursor: z.string().nullable() }).parse(list)).toEqual(list);
    expect(list.items[0].customerLabel).toBe('Jan Żółwiński');
    const views = (await get(s, '/api/v1/views')).json();
    expect(z.object({ items: z.array(View) }).parse(views)).toEqual(views);
    const found = (await get(s, `/api/v1/search?q=${encodeURIComponent('zolwinski')}`)).json();
    expect(found.tickets).toHaveLength(1);
    const hit = found.tickets[0];
    expect(Ticket.parse(hit.ticket)).toEqual(hit.ticket);
    expect(Object.keys(hit).sort()).toEqual(['matchedIn', 'messageId', 'snippet', 'ticket']);
    const byBody = (await get(s, '/api/v1/search?q=FAKTURA')).json().tickets;
    expect(byBody[0]).toMatchObject({
      matchedIn: 'message',
      snippet: 'Gdzie jest moja <mark>faktura</mark>?',
    });
    expect((await get(s, '/api/v1/search?q=%3F%21')).json().tickets).toEqual([]);
  });
});
