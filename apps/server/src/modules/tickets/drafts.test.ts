import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import {
  buildAgent,
  buildQueue,
  buildTeam,
  orgWithAdmin,
  signIn,
  type Session,
} from '../../../test/factories.ts';
import { makeClient, nextEvent, open } from '../../realtime/test-clients.ts';

const k = await startTestKontakt();
await k.app.listen({ port: 0, host: '127.0.0.1' });
const baseUrl = `http://127.0.0.1:${(k.app.server.address() as AddressInfo).port}`;

const call = (method: 'GET' | 'PUT' | 'POST' | 'DELETE', s: Session, url: string, payload?: unknown) =>
  k.inject({
    method,
    url: `/api/v1${url}`,
    headers: s.headers,
    ...(payload ? { payload: payload as object } : {}),
  });

// One organization for every test (sign-ins are rate limited): Jana and Petr share a team and
// its queue; Olga is outside it; a second organization has its own admin.
const { org, session: admin } = await orgWithAdmin(k);
const ids = {
  jana: await buildAgent(k, org, { name: 'Jana Nowak' }),
  petr: await buildAgent(k, org, { name: 'Petr Svoboda' }),
  olga: await buildAgent(k, org, { name: 'Olga Outside' }),
};
const team = await buildTeam(k, org, [ids.jana.id, ids.petr.id]);
const queue = await buildQueue(k, org, { teamId: team.id });
const [jana, petr, olga] = (await Promise.all(
  [ids.jana, ids.petr, ids.olga].map((a) => signIn(k, a.email)),
)) as [Session, Session, Session];
const foreign = (await orgWithAdmin(k)).session;

const newTicket = async () =>
  (await call('POST', admin, '/tickets', { subject: 'Parcel', queueId: queue.id })).json() as { id: string };
const save = (s: Session, ticketId: string, text: string, version: number, over: object = {}) =>
  call('PUT', s, `/tickets/${ticketId}/draft`, { kind: 'reply', text, version, ...over });
const drafts = async (s: Session, ticketId: string) =>
  (await call('GET', s, `/tickets/${ticketId}/drafts`)).json();

describe('drafts', () => {
  it('saves and reads back the draft, with versions guarding against another tab', async () => {
    const t = await newTicket();
    expect(await drafts(jana, t.id)).toEqual({ mine: null, others: [] });
    const first = await save(jana, t.id, 'Dzień dobry', 0, {
      kind: 'note',
      mentions: { [ids.petr.id]: 'Petr Svoboda' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: 1, kind: 'note', text: 'Dzień dobry', takenFrom: null });
    k.clock.advance(60_000);
    const second = await save(jana, t.id, 'Dzień dobry, Pani Jano', 1);
    expect(second.json()).toMatchObject({
      version: 2,
      kind: 'reply',
      updatedAt: k.clock.now().toISOString(),
    });
    expect((await drafts(jana, t.id)).mine).toEqual(second.json());

    // A second tab still holding version 1 (or thinking there is none) does not overwrite it.
    for (const stale of [1, 0]) {
      const res = await save(jana, t.id, 'Older text', stale);
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({
        code: 'draft_conflict',
        details: { current: { version: 2 } },
      });
    }
    expect((await call('DELETE', jana, `/tickets/${t.id}/draft?version=1`)).statusCode).toBe(409);
    expect((await call('DELETE', jana, `/tickets/${t.id}/draft?version=2`)).statusCode).toBe(204);
    expect((await drafts(jana, t.id)).mine).toBeNull();
    const gone = await save(jana, t.id, 'x', 2);
    expect(gone.json().error).toMatchObject({ code: 'draft_conflict', details: { current: null } });
    expect((await call('DELETE', jana, `/tickets/${t.id}/draft`)).statusCode).toBe(204);
  });

  it("shows a colleague's draft as a preview, and lets them take it over", async () => {
    const t = await newTicket();
    const long = `Szanowna Pani,\n\n${'dziękujemy za cierpliwość. '.repeat(12)}`;
    await save(jana, t.id, long, 0);
    await save(petr, t.id, '   ', 0);
    const seen = await drafts(petr, t.id);
    expect(seen.mine).toMatchObject({ text: '   ' });
    expect(seen.others).toEqual([
      {
        agent: { id: ids.jana.id, name: 'Jana Nowak' },
        kind: 'reply',
        preview: expect.stringMatching(/^Szanowna Pani, dziękujemy/),
        updatedAt: k.clock.now().toISOString(),
      },
    ]);
    expect(seen.others[0].preview).toHaveLength(200);
    expect((await drafts(jana, t.id)).others).toEqual([]);

    const stale = await call('POST', petr, `/tickets/${t.id}/drafts/${ids.jana.id}/take-over`, {
      version: 0,
    });
    expect(stale.json().error.code).toBe('draft_conflict');
    const taken = await call('POST', petr, `/tickets/${t.id}/drafts/${ids.jana.id}/take-over`, {
      version: 1,
    });
    expect(taken.statusCode).toBe(200);
    expect(taken.json()).toMatchObject({
      agentId: ids.petr.id,
      text: long,
      version: 2,
      takenFrom: { agentId: ids.jana.id, updatedAt: seen.others[0].updatedAt },
    });
    expect((await drafts(petr, t.id)).others).toEqual([]);
    expect((await drafts(jana, t.id)).others).toMatchObject([{ agent: { id: ids.petr.id } }]);
    k.clock.advance(1000);
    await save(jana, t.id, 'Jana wrote more', 1);
    expect((await drafts(petr, t.id)).others).toMatchObject([{ preview: 'Jana wrote more' }]);

    const self = await call('POST', petr, `/tickets/${t.id}/drafts/${ids.petr.id}/take-over`, { version: 2 });
    expect(self.statusCode).toBe(404);
  });

  it('discards the sender’s draft with the message, keeping colleagues’ drafts', async () => {
    const t = await newTicket();
    await save(jana, t.id, 'Your parcel ships today.', 0);
    await save(petr, t.id, 'Petr’s own text', 0);
    const sent = await call('POST', jana, `/tickets/${t.id}/messages`, {
      body: { text: 'Your parcel ships today.' },
    });
    expect(sent.statusCode).toBe(201);
    expect((await drafts(jana, t.id)).mine).toBeNull();
    expect((await drafts(petr, t.id)).mine).toMatchObject({ text: 'Petr’s own text' });
    expect((await drafts(petr, t.id)).others).toEqual([]);
  });

  it('keeps the draft when the message is refused', async () => {
    const t = await newTicket();
    await save(jana, t.id, 'Hello', 0);
    const refused = await call('POST', jana, `/tickets/${t.id}/messages`, {
      body: { text: 'Hello' },
      attachmentIds: ['0190a000-0000-7000-8000-0000000000ff'],
    });
    expect(refused.statusCode).toBe(404);
    expect((await drafts(jana, t.id)).mine).toMatchObject({ text: 'Hello' });
  });

  it('hides drafts of tickets the caller does not see, and of other organizations', async () => {
    const t = await newTicket();
    await save(jana, t.id, 'Secret', 0);
    for (const s of [olga, foreign]) {
      expect((await call('GET', s, `/tickets/${t.id}/drafts`)).statusCode).toBe(404);
      expect((await save(s, t.id, 'x', 0)).statusCode).toBe(404);
      expect((await call('DELETE', s, `/tickets/${t.id}/draft`)).statusCode).toBe(404);
      const take = await call('POST', s, `/tickets/${t.id}/drafts/${ids.jana.id}/take-over`, { version: 0 });
      expect(take.statusCode).toBe(404);
    }
  });

  it('tells watchers of the ticket when a colleague starts a draft and when it is sent', async () => {
    const t = await newTicket();
    const watcher = await open(makeClient(baseUrl, { cookie: petr.cookie }));
    try {
      expect(await watcher.emitWithAck('ticket.watch', { ticketId: t.id })).toMatchObject({ ok: true });
      const started = nextEvent(watcher, 'draft.changed', (e) => e.ticketId === t.id);
      await save(jana, t.id, 'Hello', 0);
      expect(await started).toEqual({
        ticketId: t.id,
        agentId: ids.jana.id,
        state: 'saved',
        at: expect.any(String),
      });
      const deleted = nextEvent(
        watcher,
        'draft.changed',
        (e) => e.ticketId === t.id && e.state === 'deleted',
      );
      await call('POST', jana, `/tickets/${t.id}/messages`, { body: { text: 'Hello' } });
      expect(await deleted).toMatchObject({ agentId: ids.jana.id });
    } finally {
      watcher.disconnect();
    }
  });
});
