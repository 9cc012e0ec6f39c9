import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildAgent, orgWithAdmin, signIn } from '../../../test/factories.ts';

const k = await startTestKontakt();
const { org, session } = await orgWithAdmin(k);
const api = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, headers = session.headers) =>
  k.inject({ method, url: `/api/v1${url}`, headers, payload });

describe('companies', () => {
  it('stores NIP, IČO and VAT id in canonical form', async () => {
    const res = await api('POST', '/companies', {
      name: 'Zakład Ubezpieczeń Społecznych',
      nip: 'PL 526-025-02-74',
      vatId: 'pl5260250274',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ nip: '5260250274', ico: null, vatId: 'PL5260250274' });
    const cz = await api('POST', '/companies', { name: 'Pivovar Dvořák s.r.o.', ico: '255 96 641' });
    expect(cz.json()).toMatchObject({ ico: '25596641' });
  });

  it.each([
    [{ nip: '5260250275' }, 'invalid_nip'],
    [{ nip: '1000000160' }, 'invalid_nip'],
    [{ ico: '25596642' }, 'invalid_ico'],
    [{ ico: '123456789' }, 'invalid_ico'],
    [{ vatId: '5260250274' }, 'invalid_vat_id'],
  ])('rejects %j with %s', async (ids, code) => {
    const res = await api('POST', '/companies', { name: 'Bad Ltd', ...ids });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
  });

  it('keeps a NIP unique in the organization, also on change', async () => {
    await api('POST', '/companies', { name: 'Orlen', nip: '7740001454' });
    const dup = await api('POST', '/companies', { name: 'Orlen 2', nip: '774-000-14-54' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('tax_id_taken');
    const other = await api('POST', '/companies', { name: 'Other' });
    const change = await api('PATCH', `/companies/${other.json().id}`, { nip: '7740001454' });
    expect(change.json().error.code).toBe('tax_id_taken');
    const bad = await api('PATCH', `/companies/${other.json().id}`, { ico: '12345678' });
    expect(bad.json().error.code).toBe('invalid_ico');
  });

  it('finds companies by folded name or exact tax id, and links customers of its organization only', async () => {
    const company = (
      await api('POST', '/companies', { name: 'Łódzkie Zakłady Włókiennicze', ico: '45271909' })
    ).json();
    expect((await api('GET', '/companies?q=lodzkie')).json().items[0].id).toBe(company.id);
    expect((await api('GET', '/companies?q=45271909')).json().items[0].id).toBe(company.id);
    const customer = await api('POST', '/customers', { name: 'Ewa', companyId: company.id });
    expect(customer.json().company).toEqual({ id: company.id, name: company.name });
    const foreign = await orgWithAdmin(k);
    const cross = await api(
      'POST',
      '/customers',
      { name: 'Ewa', companyId: company.id },
      foreign.session.headers,
    );
    expect(cross.statusCode).toBe(404);
    expect(
      (await api('GET', `/companies/${company.id}`, undefined, foreign.session.headers)).statusCode,
    ).toBe(404);
  });
});

describe('customer attributes', () => {
  it('validates values against the definitions on write', async () => {
    for (const def of [
      { key: 'loyalty_no', label: 'Loyalty card', type: 'text' },
      { key: 'born', label: 'Date of birth', type: 'date' },
      { key: 'segment', label: 'Segment', type: 'select', options: ['b2c', 'b2b'] },
    ]) {
      expect((await api('POST', '/customer-attributes', def)).statusCode).toBe(201);
    }
    const ok = await api('POST', '/customers', {
      name: 'A',
      attributes: { segment: 'b2b', born: '1990-05-01' },
    });
    expect(ok.json().attributes).toEqual({ segment: 'b2b', born: '1990-05-01' });
    const unknown = await api('POST', '/customers', { name: 'B', attributes: { shoe_size: 44 } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('unknown_attribute');
    const wrong = await api('PATCH', `/customers/${ok.json().id}`, { attributes: { segment: 'b2g' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('invalid_attribute_value');
    const cleared = await api('PATCH', `/customers/${ok.json().id}`, {
      attributes: { born: null, loyalty_no: 'K7' },
    });
    expect(cleared.json().attributes).toEqual({ segment: 'b2b', loyalty_no: 'K7' });
  });

  it('lets only admins define attributes, with unique keys and options for selects only', async () => {
    const dup = await api('POST', '/customer-attributes', {
      key: 'loyalty_no',
      label: 'Again',
      type: 'text',
    });
    expect(dup.json().error.code).toBe('attribute_key_taken');
    const noOptions = await api('POST', '/customer-attributes', {
      key: 'tier',
      label: 'Tier',
      type: 'select',
    });
    expect(noOptions.statusCode).toBe(400);
    const lead = await signIn(k, (await buildAgent(k, org, { role: 'lead' })).email);
    const denied = await api(
      'POST',
      '/customer-attributes',
      { key: 'x', label: 'X', type: 'text' },
      lead.headers,
    );
    expect(denied.statusCode).toBe(403);
    const list = await api('GET', '/customer-attributes', undefined, lead.headers);
    expect(list.json().items.map((d: { key: string }) => d.key)).toEqual(['born', 'loyalty_no', 'segment']);
  });
});
