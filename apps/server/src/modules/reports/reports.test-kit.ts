import { expect } from 'vitest';
import type { TestKontakt } from '../../../test/harness.ts';
import {
  buildAgent,
  buildQueue,
  buildTeam,
  orgWithAdmin,
  signIn,
  type Session,
} from '../../../test/factories.ts';
import { api, POLICY } from '../sla/sla.test-kit.ts';

const MIN = 60_000;

/**
 * A small history built through the API, with a manual clock (Monday 2026-11-02 10:00 Warsaw):
 * A (e-mail, customer 1, reason "delivery", agent): replied after 30 min, solved at +2 h,
 * reopened at +3 h, solved again at +4 h. B (phone, customer 1, same reason, agent), created
 * 36 h later: a repeat contact for A, still open. C (web, another customer, no reason,
 * unassigned), open. The agent is online 60 min, then 10 min of after-contact work, then offline.
 */
export async function reportsWorld(k: TestKontakt) {
  const { org, session: admin } = await orgWithAdmin(k);
  const leadRow = await buildAgent(k, org, { role: 'lead' });
  const agentRow = await buildAgent(k, org);
  const otherRow = await buildAgent(k, org);
  const team = await buildTeam(k, org, [leadRow.id, agentRow.id, otherRow.id]);
  const queue = await buildQueue(k, org, { teamId: team.id });
  const [lead, agent, other] = await Promise.all([
    signIn(k, leadRow.email),
    signIn(k, agentRow.email),
    signIn(k, otherRow.email),
  ]);
  const http = api(k);
  const ok = async (p: Promise<{ statusCode: number; body: string; json(): unknown }>, code = 200) => {
    const res = await p;
    expect(res.statusCode, res.body).toBe(code);
    return res.json() as Record<string, unknown>;
  };
  const reason = await ok(http.send('POST', admin, '/contact-reasons', { name: 'Dostawa' }), 201);
  const acw = await ok(
    http.send('POST', admin, '/presence/reasons', {
      code: 'after_contact_work',
      label: 'Po rozmowie',
      states: ['busy'],
    }),
    201,
  );
  // First response 4 h, resolution 16 h, around the clock (the queue has no calendar).
  await ok(http.send('POST', admin, '/sla-policies', POLICY), 201);
  const start = k.clock.now().getTime();
  const at = (minutes: number) => k.clock.set(new Date(start + minutes * MIN));

  const create = (s: Session, body: object) =>
    ok(http.send('POST', s, '/tickets', { queueId: queue.id, ...body }), 201);
  const setStatus = async (id: string, status: string) => {
    const t = await ok(http.get(agent, `/tickets/${id}`));
    await ok(http.send('PATCH', agent, `/tickets/${id}`, { version: t.version, status }));
  };

  at(0);
  await ok(http.send('PUT', agent, '/presence/me', { state: 'online' }));
  const a = await create(agent, {
    subject: 'Gdzie jest paczka?',
    channel: 'email',
    customer: { email: 'klient1@example.test' },
    assigneeId: agentRow.id,
    contactReasonId: reason.id,
    message: { author: 'customer', body: { text: 'Paczka nie dotarła.' } },
  });
  at(30);
  await ok(http.send('POST', agent, `/tickets/${a.id}/messages`, { body: { text: 'Sprawdzamy.' } }), 201);
  at(60);
  await ok(http.send('PUT', agent, '/presence/me', { state: 'busy', reasonId: acw.id }));
  at(70);
  await ok(http.send('PUT', agent, '/presence/me', { state: 'offline' }));
  at(120);
  await setStatus(a.id as string, 'solved');
  at(180);
  await setStatus(a.id as string, 'open');
  at(240);
  await setStatus(a.id as string, 'solved');
  at(36 * 60);
  const b = await create(agent, {
    subject: 'Znowu paczka',
    channel: 'phone',
    customer: { email: 'klient1@example.test' },
    assigneeId: agentRow.id,
    contactReasonId: reason.id,
    message: { author: 'customer', body: { text: 'Dalej nic.' } },
  });
  const c = await create(lead, {
    subject: 'Pytanie o fakturę',
    channel: 'web',
    customer: { email: 'klient2@example.test' },
    message: { author: 'customer', body: { text: 'Proszę o fakturę.' } },
  });
  at(36 * 60 + 30);
  return {
    org,
    admin,
    lead,
    agent,
    other,
    agentRow,
    otherRow,
    leadRow,
    team,
    queue,
    reasonId: reason.id as string,
    tickets: {
      a: a as { id: string; number: number },
      b: b as { id: string; number: number },
      c: c as { id: string; number: number },
    },
    ...http,
  };
}
