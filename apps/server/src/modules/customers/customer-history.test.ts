import { describe, expect, it } from 'vitest';
import type { CustomerEvent } from '@kontakt/contracts';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildAgent, buildOrg, orgWithAdmin, signIn, type Session } from '../../../test/factories.ts';

const k = await startTestKontakt();
const org = await buildOrg(k);
const ADMIN = 'Marta Wiśniewska';
const session = await signIn(k, (await buildAgent(k, org, { role: 'admin', name: ADMIN })).email);

type Headers = Record<string, string>;
const api = (headers: Headers, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  k.inject({ method, url: `/api/v1${url}`, headers, payload });

/** Each step a minute after the previous, so the history has an order of its own. */
async function step<T = { id: string }>(
  method: 'POST' | 'PATCH',
  url: string,
  payload: object,
  headers: Headers = session.headers,
): Promise<T> {
  k.clock.advance(60_000);
  const res = await api(headers, method, url, payload);
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

const history = async (id: string, query = '', as: Session = session) => {
  const res = await api(as.headers, 'GET', `/customers/${id}/events${query}`);
  return {
    status: res.statusCode,
    body: res.json() as { items: CustomerEvent[]; nextCursor: string | null },
  };
};

describe('customer history', () => {
  it('shows who did what and when, newest first, with the merged customer named on the survivor', async () => {
    const anna = await step('POST', '/customers', {
      name: 'Anna Nowak',
      identities: [{ kind: 'email', value: 'anna@example.pl' }],
    });
    const dup = await step('POST', '/customers', {
      identities: [{ kind: 'email', value: 'A.Nowak@Example.pl' }],
    });
    const token = await step<{ id: string; token: string }>('POST', '/api-tokens', {
      name: 'CRM sync',
      scopes: ['customers:write'],
    });
    const bearer = { authorization: `Bearer ${token.token}` };
    await step('PATCH', `/customers/${anna.id}`, { name: 'Anna Nowak-Kowalska' }, bearer);
    await step('POST', `/customers/${anna.id}/identities`, { kind: 'phone', value: '+48601200300' });
    await step('POST', `/customers/${anna.id}/merge`, { sourceId: dup.id });

    const { status, body } = await history(anna.id);
    expect(status).toBe(200);
    expect(body.nextCursor).toBeNull();
    const agent = { type: 'agent', id: expect.any(String), name: ADMIN };
    expect(body.items).toEqual([
      {
        id: expect.any(String),
        type: 'customer.merged',
        actor: agent,
        merge: { customer: { id: dup.id, label: 'a.nowak@example.pl' }, identitiesMoved: 1, ticketsMoved: 0 },
        createdAt: '2026-11-02T09:06:00.000Z',
      },
      expect.objectContaining({
        type: 'customer.identity_added',
        actor: agent,
        identity: { kind: 'phone', value: '+48601200300' },
        createdAt: '2026-11-02T09:05:00.000Z',
      }),
      expect.objectContaining({
        type: 'customer.updated',
        actor: { type: 'api_token', id: token.id, name: 'CRM sync' },
        changes: { name: { from: 'Anna Nowak', to: 'Anna Nowak-Kowalska' } },
        createdAt: '2026-11-02T09:04:00.000Z',
      }),
      expect.objectContaining({
        type: 'customer.created',
        actor: agent,
        createdAt: '2026-11-02T09:01:00.000Z',
      }),
    ]);

    // The merged-away customer keeps its own history, ending with where it went.
    const source = await history(dup.id);
    expect(source.status).toBe(200);
    expect(source.body.items.map((e) => e.type)).toEqual(['customer.merged_into', 'customer.created']);
    expect(source.body.items[0]!.merge!.customer).toEqual({ id: anna.id, label: 'Anna Nowak-Kowalska' });
  });

  it('pages with the cursor, without gaps or repeats', async () => {
    const c = await step('POST', '/customers', { name: 'Jiří Novák' });
    for (const notes of ['jeden', 'dva', 'tři', 'čtyři'])
      await step('PATCH', `/customers/${c.id}`, { notes });
    const first = await history(c.id, '?limit=2');
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await history(c.id, `?limit=2&cursor=${first.body.nextCursor}`);
    const third = await history(c.id, `?limit=2&cursor=${second.body.nextCursor}`);
    expect(third.body.nextCursor).toBeNull();
    const all = [...first.body.items, ...second.body.items, ...third.body.items];
    expect(all.map((e) => e.changes?.notes?.to ?? e.type)).toEqual([
      'čtyři',
      'tři',
      'dva',
      'jeden',
      'customer.created',
    ]);
  });

  it('is recorded in the audit log as access to the customer', async () => {
    const c = await step('POST', '/customers', { name: 'Eva Svobodová' });
    await history(c.id);
    const rows = await k.database.query<{ details: Record<string, unknown> }>(
      `SELECT details FROM audit_log WHERE action = 'customer.viewed' AND subject_id = $1`,
      [c.id],
    );
    expect(rows.map((r) => r.details)).toEqual([{ view: 'history' }]);
  });

  it("answers 404 to another organization's agent and for an unknown customer", async () => {
    const c = await step('POST', '/customers', { name: 'Tajná Zákaznice' });
    const other = await orgWithAdmin(k);
    const outsider = await signIn(k, (await buildAgent(k, other.org, { role: 'lead' })).email);
    expect((await history(c.id, '', outsider)).status).toBe(404);
    expect((await history(c.id, '', other.session)).body).toMatchObject({ error: { code: 'not_found' } });
    expect((await history('0190b8a0-0000-7000-8000-000000000000')).status).toBe(404);
    expect((await api(session.headers, 'GET', `/customers/${c.id}/events?limit=0`)).statusCode).toBe(400);
  });
});
