import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildCustomer, orgWithAdmin } from '../../../test/factories.ts';

const k = await startTestKontakt();
const { org, session } = await orgWithAdmin(k);

const search = async (q: string): Promise<string[]> => {
  const res = await k.inject({
    method: 'GET',
    url: `/api/v1/customers?q=${encodeURIComponent(q)}`,
    headers: session.headers,
  });
  expect(res.statusCode).toBe(200);
  return res.json().items.map((c: { id: string }) => c.id);
};

const zolw = await buildCustomer(k, org, { name: 'Zbigniew Żółwiński' });
const zolwAscii = await buildCustomer(k, org, { name: 'Marta Zolwinska' });
const dvorak = await buildCustomer(k, org, { name: 'Antonín Dvořák' });
const dvorakAscii = await buildCustomer(k, org, { name: 'Petr Dvorak' });
const nowak = await buildCustomer(k, org, {
  name: 'Jan Nowak',
  identities: [
    { kind: 'email', value: 'kowalski@example.pl' },
    { kind: 'phone', value: '+48601234567' },
  ],
});
// Newer, and as similar to the query as the exact match; must still come second.
const kowalski = await buildCustomer(k, org, {
  name: 'Jan Kowalski',
  identities: [{ kind: 'email', value: 'jan.kowalski@example.pl' }],
});

describe('customer search', () => {
  it.each([
    ['żółw', [zolw, zolwAscii]],
    ['zolw', [zolw, zolwAscii]],
    ['ŻÓŁWIŃSKI', [zolw]],
    ['dvorak', [dvorak, dvorakAscii]],
    ['Dvořák', [dvorak, dvorakAscii]],
    ['DVORAK', [dvorak, dvorakAscii]],
  ])('%s finds names with and without diacritics', async (q, expected) => {
    const ids = await search(q);
    for (const c of expected) expect(ids).toContain(c.id);
    expect(ids).not.toContain(nowak.id);
  });

  it('ranks an exact e-mail match first', async () => {
    const ids = await search('Kowalski@Example.pl');
    expect(ids[0]).toBe(nowak.id);
    expect(ids).toContain(kowalski.id);
  });

  it('finds a phone number however it is typed, in part or whole', async () => {
    expect(await search('601 234 567')).toEqual([nowak.id]);
    expect(await search('+48 601-234-567')).toEqual([nowak.id]);
    expect(await search('234 567')).toEqual([nowak.id]);
  });

  it('finds e-mail addresses by a part of them', async () => {
    expect(await search('kowalski')).toEqual(expect.arrayContaining([nowak.id, kowalski.id]));
  });

  it('finds nothing for something nobody resembles', async () => {
    expect(await search('Přemysl Otakar')).toEqual([]);
  });
});
