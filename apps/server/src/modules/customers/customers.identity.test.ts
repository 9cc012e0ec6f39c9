import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildCustomer, buildOrg } from '../../../test/factories.ts';
import { attachIdentity, findOrCreateCustomerByIdentity } from './index.ts';

const k = await startTestKontakt();
const db = k.deps.db;

describe('findOrCreateCustomerByIdentity', () => {
  it('creates exactly one customer when called 20 times at once with the same address', async () => {
    const org = await buildOrg(k);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        findOrCreateCustomerByIdentity(db, {
          organizationId: org.id,
          // Spellings differ; the normalized address is the same.
          identity: { kind: 'email', value: i % 2 ? 'Rush@Example.test' : 'rush@example.test ' },
          name: 'Rush',
          now: k.clock.now(),
        }),
      ),
    );
    expect(new Set(results.map((r) => r.customer.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const [count] = await k.database.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM customers WHERE organization_id = $1',
      [org.id],
    );
    expect(count!.n).toBe(1);
  });

  it('finds by a phone number typed nationally and fills a missing name, keeping a known one', async () => {
    const org = await buildOrg(k);
    const known = await buildCustomer(k, org, {
      name: null,
      identities: [{ kind: 'phone', value: '+48601999888' }],
    });
    const found = await findOrCreateCustomerByIdentity(db, {
      organizationId: org.id,
      identity: { kind: 'phone', value: '601 999 888' },
      name: 'Ola',
      language: 'pl',
      now: k.clock.now(),
    });
    expect(found).toMatchObject({ created: false, customer: { id: known.id, name: 'Ola', language: 'pl' } });
    const again = await findOrCreateCustomerByIdentity(db, {
      organizationId: org.id,
      identity: { kind: 'phone', value: '+48601999888' },
      name: 'Someone Else',
      now: k.clock.now(),
    });
    expect(again.customer.name).toBe('Ola');
  });

  it('refuses an identity that cannot be one with a stable code', async () => {
    const org = await buildOrg(k);
    const attempt = findOrCreateCustomerByIdentity(db, {
      organizationId: org.id,
      identity: { kind: 'phone', value: 'call me' },
      now: k.clock.now(),
    });
    await expect(attempt).rejects.toMatchObject({ statusCode: 400, code: 'invalid_phone' });
  });
});

describe('attachIdentity', () => {
  it("resolves a chat visitor who gives an e-mail address to that address's customer", async () => {
    const org = await buildOrg(k);
    const now = k.clock.now();
    const { customer } = await findOrCreateCustomerByIdentity(db, {
      organizationId: org.id,
      identity: { kind: 'email', value: 'eva@example.cz' },
      now,
    });
    // The pre-chat form gave the address: the visitor becomes an identity of that customer.
    const chat = await findOrCreateCustomerByIdentity(db, {
      organizationId: org.id,
      identity: { kind: 'email', value: 'EVA@example.cz' },
      now,
    });
    await attachIdentity(db, {
      organizationId: org.id,
      customerId: chat.customer.id,
      identity: { kind: 'visitor', value: 'v_42' },
      now,
    });
    const byVisitor = await findOrCreateCustomerByIdentity(db, {
      organizationId: org.id,
      identity: { kind: 'visitor', value: 'v_42' },
      now,
    });
    expect(byVisitor).toMatchObject({ created: false, customer: { id: customer.id } });
    const other = await buildCustomer(k, org);
    const taken = attachIdentity(db, {
      organizationId: org.id,
      customerId: other.id,
      identity: { kind: 'visitor', value: 'v_42' },
      now,
    });
    await expect(taken).rejects.toMatchObject({
      code: 'identity_taken',
      details: { customerId: customer.id },
    });
  });
});
