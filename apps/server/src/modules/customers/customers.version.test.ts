import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { orgWithAdmin, type Session } from '../../../test/factories.ts';

const k = await startTestKontakt();
const api = (method: 'GET' | 'POST' | 'PATCH', url: string, s: Session, payload?: object) =>
  k.inject({ method, url: `/api/v1${url}`, headers: s.headers, payload });

const newCustomer = async (s: Session, name: string, email: string) =>
  (await api('POST', '/customers', s, { name, identities: [{ kind: 'email', value: email }] })).json();

describe('customer versions', () => {
  it('counts field changes and refuses a change based on an older read (409 with the current customer)', async () => {
    const { session: s } = await orgWithAdmin(k);
    const c = await newCustomer(s, 'Jana Nováková', 'jana@example.cz');
    expect(c.version).toBe(1);
    const mine = await api('PATCH', `/customers/${c.id}`, s, { version: 1, notes: 'Calls after 5 pm' });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ version: 2, notes: 'Calls after 5 pm' });

    const stale = await api('PATCH', `/customers/${c.id}`, s, { version: 1, language: 'cs' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    expect(stale.json().error.details.current).toMatchObject({
      id: c.id,
      version: 2,
      notes: 'Calls after 5 pm',
      language: null,
    });
    // Nothing of the refused change was applied.
    expect((await api('GET', `/customers/${c.id}`, s)).json()).toMatchObject({ version: 2, language: null });
  });

  it('leaves the version alone when nothing changes, and accepts changes without a version', async () => {
    const { session: s } = await orgWithAdmin(k);
    const c = await newCustomer(s, 'Piotr Zieliński', 'piotr@example.pl');
    const same = await api('PATCH', `/customers/${c.id}`, s, { version: 1, name: 'Piotr Zieliński' });
    expect(same.json().version).toBe(1);
    const blind = await api('PATCH', `/customers/${c.id}`, s, { flags: ['vip'] });
    expect(blind.json()).toMatchObject({ version: 2, flags: ['vip'] });
  });

  it('moves the version of both customers on a merge', async () => {
    const { session: s } = await orgWithAdmin(k);
    const target = await newCustomer(s, 'Eva Svobodová', 'eva@example.cz');
    const source = await newCustomer(s, 'E. Svobodová', 'eva.s@example.cz');
    const merged = await api('POST', `/customers/${target.id}/merge`, s, { sourceId: source.id });
    expect(merged.json().version).toBe(2);
    const stale = await api('PATCH', `/customers/${target.id}`, s, { version: 1, notes: 'x' });
    expect(stale.statusCode).toBe(409);
    const old = await api('PATCH', `/customers/${source.id}`, s, { version: 2, notes: 'x' });
    expect(old.json().error.code).toBe('customer_merged');
  });
});
