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
import { newId } from '../../platform/crypto.ts';
import { api } from '../sla/sla.test-kit.ts';

const k = await startTestKontakt();
const { send, get } = api(k);
const { org, session: admin } = await orgWithAdmin(k);
const juniorRow = await buildAgent(k, org, { level: 'junior', name: 'Julia Junior' });
const seniorRow = await buildAgent(k, org, { level: 'senior', name: 'Sebastian Senior' });
const regularRow = await buildAgent(k, org, { name: 'Regina Regular' });
const team = await buildTeam(k, org, [juniorRow.id, seniorRow.id, regularRow.id]);
const reviewed = await buildQueue(k, org, { teamId: team.id });
const open = await buildQueue(k, org, { teamId: team.id });
const junior = await signIn(k, juniorRow.email);
const senior = await signIn(k, seniorRow.email);
const regular = await signIn(k, regularRow.email);

async function ticketIn(queueId: string) {
  const res = await send('POST', regular, '/tickets', {
    subject: 'Gdzie jest moja paczka?',
    queueId,
    language: 'pl',
    customer: { email: `c-${newId()}@example.test`, name: 'Jan Kowalski' },
    message: { author: 'customer', body: { text: 'Paczka nie dotarła.' } },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
}
const replies = async (s: Session, ticketId: string) =>
  (
    (await get(s, `/tickets/${ticketId}/messages`)).json().items as Array<{
      kind: string;
      authorId: string;
      bodyText: string;
      direction: string;
    }>
  ).filter((m) => m.kind === 'reply' && m.direction === 'outbound');

const setQueues = await send('PUT', admin, '/reply-approvals/queues', { queueIds: [reviewed.id] });

describe('junior review before sending', () => {
  it('is configured per queue by admins', async () => {
    expect(setQueues.json()).toEqual({ queueIds: [reviewed.id] });
    expect((await send('PUT', senior, '/reply-approvals/queues', { queueIds: [] })).statusCode).toBe(403);
    expect((await send('PUT', admin, '/reply-approvals/queues', { queueIds: [newId()] })).statusCode).toBe(
      400,
    );
  });

  it('holds a junior’s reply in a reviewed queue until a senior approves it, edited, as the junior’s', async () => {
    const t = await ticketIn(reviewed.id);
    const res = await send('POST', junior, `/tickets/${t.id}/messages`, {
      kind: 'reply',
      body: { text: 'Paczka jest w drodze.' },
      status: 'pending_customer',
    });
    expect(res.statusCode, res.body).toBe(202);
    const held = res.json();
    expect(held).toMatchObject({
      status: 'pending',
      authorId: juniorRow.id,
      statusAfter: 'pending_customer',
    });
    expect(await replies(senior, t.id)).toEqual([]);
    const notes = (await get(senior, '/notifications')).json().items as Array<{
      kind: string;
      ticketId: string;
    }>;
    expect(notes.some((n) => n.kind === 'approval_requested' && n.ticketId === t.id)).toBe(true);
    // A note is never held, nor is a regular agent's reply in the same queue.
    expect(
      (
        await send('POST', junior, `/tickets/${t.id}/messages`, {
          kind: 'note',
          body: { text: 'Sprawdzam.' },
        })
      ).statusCode,
    ).toBe(201);

    expect(
      (await send('POST', junior, `/reply-approvals/${held.id}/approve`, { version: 1 })).statusCode,
    ).toBe(404);
    expect(
      (await send('POST', regular, `/reply-approvals/${held.id}/approve`, { version: 1 })).statusCode,
    ).toBe(404);
    const ok = await send('POST', senior, `/reply-approvals/${held.id}/approve`, {
      body: { text: 'Paczka jest w drodze, dotrze jutro.' },
      version: 1,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'approved', edited: true, decidedById: seniorRow.id });
    const sent = await replies(senior, t.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      authorId: juniorRow.id,
      bodyText: 'Paczka jest w drodze, dotrze jutro.',
    });
    expect((await get(senior, `/tickets/${t.id}`)).json().status).toBe('pending_customer');
    const again = await send('POST', senior, `/reply-approvals/${held.id}/approve`, { version: 1 });
    expect(again.statusCode).toBe(409);
    expect(await replies(senior, t.id)).toHaveLength(1);
  });

  it('sends at once outside reviewed queues and for other levels', async () => {
    const t = await ticketIn(open.id);
    expect(
      (await send('POST', junior, `/tickets/${t.id}/messages`, { body: { text: 'Już sprawdzam.' } }))
        .statusCode,
    ).toBe(201);
    const r = await ticketIn(reviewed.id);
    expect(
      (await send('POST', regular, `/tickets/${r.id}/messages`, { body: { text: 'Sprawdzam.' } })).statusCode,
    ).toBe(201);
  });

  it('returns a reply with a note, lets the junior withdraw another, and reports waiting times', async () => {
    const t = await ticketIn(reviewed.id);
    const first = (
      await send('POST', junior, `/tickets/${t.id}/messages`, { body: { text: 'Nie wiem.' } })
    ).json();
    k.clock.advance(30 * 60_000);
    const empty = await send('POST', senior, `/reply-approvals/${first.id}/return`, { note: '', version: 1 });
    expect(empty.statusCode).toBe(400);
    const back = await send('POST', senior, `/reply-approvals/${first.id}/return`, {
      note: 'Sprawdź status w systemie kuriera.',
      version: 1,
    });
    expect(back.json()).toMatchObject({
      status: 'returned',
      note: 'Sprawdź status w systemie kuriera.',
      waitingMinutes: 30,
    });
    const juniorNotes = (await get(junior, '/notifications')).json().items as Array<{ kind: string }>;
    expect(juniorNotes.some((n) => n.kind === 'approval_returned')).toBe(true);
    expect(await replies(senior, t.id)).toEqual([]);

    const second = (
      await send('POST', junior, `/tickets/${t.id}/messages`, { body: { text: 'Drugie podejście.' } })
    ).json();
    expect((await send('DELETE', regular, `/reply-approvals/${second.id}`)).statusCode).toBe(404);
    expect((await send('DELETE', junior, `/reply-approvals/${second.id}`)).statusCode).toBe(204);

    const mine = (await get(junior, `/reply-approvals?ticketId=${t.id}`)).json().items as Array<{
      status: string;
    }>;
    expect(mine.map((a) => a.status).sort()).toEqual(['returned', 'withdrawn']);
    expect((await get(regular, '/reply-approvals?status=pending')).json().items).toEqual([]);

    const stats = await get(
      senior,
      '/reply-approvals/stats?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z',
    );
    expect(stats.statusCode, stats.body).toBe(200);
    expect(stats.json()).toMatchObject({ decided: 2, approved: 1, returned: 1, pending: 0 });
    expect(stats.json().medianWaitMinutes).toBe(15);
    expect(stats.json().byAuthor).toEqual([
      { authorId: juniorRow.id, authorName: 'Julia Junior', decided: 2, returned: 1, meanWaitMinutes: 15 },
    ]);
    expect(
      (await get(regular, '/reply-approvals/stats?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z'))
        .statusCode,
    ).toBe(403);
  });
});
