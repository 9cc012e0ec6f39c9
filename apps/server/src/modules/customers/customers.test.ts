import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildAgent, buildCustomer, buildOrg, orgWithAdmin, signIn } from '../../../test/factories.ts';

const k = await startTestKontakt();
const api = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, headers: object, payload?: object) =>
  k.inject({ method, url: `/api/v1${url}`, headers: headers as Record<string, string>, payload });

describe('customers', () => {
  it('creates a customer with normalized identities', async () => {
    const { session } = await orgWithAdmin(k);
    const res = await api('POST', '/customers', session.headers, {
      name: 'Jan Kowalski',
      identities: [
        { kind: 'email', value: 'Jan.Kowalski@Example.PL' },
        { kind: 'phone', value: '601 234 567' },
        { kind: 'whatsapp', value: '48601234567' },
      ],
      language: 'pl',
      flags: ['vip'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      name: 'Jan Kowalski',
      language: 'pl',
      flags: ['vip'],
      company: null,
      attributes: {},
      identities: [
        { kind: 'email', value: 'jan.kowalski@example.pl' },
        { kind: 'phone', value: '+48601234567' },
        { kind: 'whatsapp', value: '48601234567' },
      ],
    });
  });

  it("reads national phone numbers in the organization's default country", async () => {
    const org = await buildOrg(k);
    await k.database.query(`UPDATE organizations SET settings = '{"defaultCountry":"CZ"}' WHERE id = $1`, [
      org.id,
    ]);
    const admin = await buildAgent(k, org, { role: 'admin' });
    const s = await signIn(k, admin.email);
    const cz = await api('POST', '/customers', s.headers, {
      identities: [{ kind: 'phone', value: '603 123 456' }],
    });
    expect(cz.json().identities[0].value).toBe('+420603123456');
    const intl = await api('POST', '/customers', s.headers, {
      identities: [{ kind: 'phone', value: '+48 22 123 45 67' }],
    });
    expect(intl.json().identities[0].value).toBe('+48221234567');
    const bad = await api('POST', '/customers', s.headers, {
      identities: [{ kind: 'phone', value: '12 34' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_phone');
    const badMail = await api('POST', '/customers', s.headers, {
      identities: [{ kind: 'email', value: 'jan@' }],
    });
    expect(badMail.json().error.code).toBe('invalid_email');
  });

  it('answers 409 identity_taken for an identity of another customer, in any spelling', async () => {
    const { org, session } = await orgWithAdmin(k);
    const owner = await buildCustomer(k, org, { identities: [{ kind: 'phone', value: '+48601000001' }] });
    const res = await api('POST', '/customers', session.headers, {
      identities: [{ kind: 'phone', value: '601-000-001' }],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'identity_taken', details: { customerId: owner.id } });
    const other = await buildCustomer(k, org);
    const add = await api('POST', `/customers/${other.id}/identities`, session.headers, {
      kind: 'phone',
      value: '+48 601 000 001',
    });
    expect(add.statusCode).toBe(409);
    // The same identity in another organization is another person.
    const elsewhere = await orgWithAdmin(k);
    const ok = await api('POST', '/customers', elsewhere.session.headers, {
      identities: [{ kind: 'phone', value: '601000001' }],
    });
    expect(ok.statusCode).toBe(201);
  });

  it('adds and removes identities, idempotently for its own', async () => {
    const { org, session } = await orgWithAdmin(k);
    const c = await buildCustomer(k, org);
    const first = await api('POST', `/customers/${c.id}/identities`, session.headers, {
      kind: 'email',
      value: 'Eva@Example.CZ',
    });
    expect(first.statusCode).toBe(201);
    const again = await api('POST', `/customers/${c.id}/identities`, session.headers, {
      kind: 'email',
      value: 'eva@example.cz',
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().identities).toHaveLength(1);
    const identityId = again.json().identities[0].id;
    const del = await api('DELETE', `/customers/${c.id}/identities/${identityId}`, session.headers);
    expect(del.statusCode).toBe(204);
    const gone = await api('DELETE', `/customers/${c.id}/identities/${identityId}`, session.headers);
    expect(gone.statusCode).toBe(404);
  });

  it('records old values of rectified fields in the history and the change in the audit log', async () => {
    const { org, session } = await orgWithAdmin(k);
    const c = await buildCustomer(k, org, { name: 'Eva Novakova' });
    const res = await api('PATCH', `/customers/${c.id}`, session.headers, {
      name: 'Eva Nováková',
      notes: 'Prefers mornings',
      flags: ['vulnerable'],
      language: 'cs',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Eva Nováková', flags: ['vulnerable'], language: 'cs' });
    const [event] = await k.database.query<{ type: string; data: { changes: Record<string, unknown> } }>(
      `SELECT type, data FROM customer_events WHERE customer_id = $1 AND type = 'customer.updated'`,
      [c.id],
    );
    expect(event!.data.changes).toEqual({
      name: { from: 'Eva Novakova', to: 'Eva Nováková' },
      notes: { from: '', to: 'Prefers mornings' },
      flags: { from: [], to: ['vulnerable'] },
      language: { from: null, to: 'cs' },
    });
    const audit = await api('GET', `/audit-log?subjectId=${c.id}&action=customer.updated`, session.headers);
    expect(audit.json().items[0].details.changed.sort()).toEqual(['flags', 'language', 'name', 'notes']);
  });

  it('records reading a customer as access to personal data', async () => {
    const { org, admin, session } = await orgWithAdmin(k);
    const c = await buildCustomer(k, org);
    expect((await api('GET', `/customers/${c.id}`, session.headers)).statusCode).toBe(200);
    const audit = await api('GET', `/audit-log?subjectId=${c.id}`, session.headers);
    expect(audit.json().items[0]).toMatchObject({ action: 'customer.viewed', actorId: admin.id });
  });

  it("answers 404 for another organization's customer, exactly as for a missing one", async () => {
    const { session } = await orgWithAdmin(k);
    const foreign = await buildCustomer(k, await buildOrg(k), {
      identities: [{ kind: 'email', value: 'foreign@example.test' }],
    });
    const res = await api('GET', `/customers/${foreign.id}`, session.headers);
    const missing = await api('GET', '/customers/01a20000-0000-7000-8000-000000000000', session.headers);
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toEqual(missing.json().error);
    expect((await api('PATCH', `/customers/${foreign.id}`, session.headers, { name: 'X' })).statusCode).toBe(
      404,
    );
    const add = await api('POST', `/customers/${foreign.id}/identities`, session.headers, {
      kind: 'visitor',
      value: 'v-1',
    });
    expect(add.statusCode).toBe(404);
    const list = await api('GET', '/customers?q=foreign@example.test', session.headers);
    expect(list.json().items).toEqual([]);
  });

  it('rejects unknown fields and lets QA read but not write', async () => {
    const { org, session } = await orgWithAdmin(k);
    const unknown = await api('POST', '/customers', session.headers, { name: 'A', shoeSize: 44 });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('validation_failed');
    const qa = await signIn(k, (await buildAgent(k, org, { role: 'qa' })).email);
    expect((await api('GET', '/customers', qa.headers)).statusCode).toBe(200);
    expect((await api('POST', '/customers', qa.headers, { name: 'B' })).statusCode).toBe(403);
  });

  it('lists customers newest first with a cursor', async () => {
    const { org, session } = await orgWithAdmin(k);
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await buildCustomer(k, org));
    const first = await api('GET', '/customers?limit=2', session.headers);
    expect(first.json().items.map((c: { id: string }) => c.id)).toEqual([made[2]!.id, made[1]!.id]);
    const next = await api('GET', `/customers?limit=2&cursor=${first.json().nextCursor}`, session.headers);
    expect(next.json()).toMatchObject({ items: [{ id: made[0]!.id }], nextCursor: null });
  });
});
