import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { orgWithAdmin } from '../../../test/factories.ts';
import { ordersWorld, product } from './orders.test-kit.ts';

const k = await startTestKontakt();
const w = await ordersWorld(k);

describe('catalogue', () => {
  it('stores a product with net and gross unit prices derived from its VAT rate', async () => {
    const p = await product(w, {
      sku: 'PR-700',
      name: 'Pračka Čáp',
      price: { amount: '1000', currency: 'CZK' },
      priceBasis: 'net',
      vatRate: 21,
      availability: 'on_order',
      quantity: 3,
      description: 'Předplněná',
    });
    const res = await w.get(w.agent, `/catalog/products/${p.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      sku: 'PR-700',
      price: { amountMinor: 100000, amount: '1000.00', currency: 'CZK' },
      unitNet: { amountMinor: 100000 },
      unitGross: { amountMinor: 121000, amount: '1210.00' },
      vatRate: 21,
      availability: 'on_order',
      quantity: 3,
      active: true,
      kind: 'product',
    });
  });

  it('refuses a second product with the same SKU (any case), too many decimals and agents editing', async () => {
    await product(w, { sku: 'UNIQ-1' });
    const dup = await w.send('POST', w.admin, '/catalog/products', {
      sku: 'uniq-1',
      name: 'Kopia',
      price: { amount: '10.00', currency: 'PLN' },
      priceBasis: 'gross',
      vatRate: 23,
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('sku_taken');
    const precise = await w.send('POST', w.admin, '/catalog/products', {
      sku: 'PREC-1',
      name: 'Za dokładnie',
      price: { amount: '10.001', currency: 'EUR' },
      priceBasis: 'gross',
      vatRate: 23,
    });
    expect(precise.statusCode).toBe(400);
    expect(precise.json().error.code).toBe('invalid_amount_precision');
    const rate = await w.send('POST', w.admin, '/catalog/products', {
      sku: 'RATE-1',
      name: 'Zła stawka',
      price: { amount: '10.00', currency: 'PLN' },
      priceBasis: 'gross',
      vatRate: 23.456,
    });
    expect(rate.statusCode).toBe(400);
    const byAgent = await w.send('POST', w.agent, '/catalog/products', {
      sku: 'AG-1',
      name: 'Agent',
      price: { amount: '10.00', currency: 'PLN' },
      priceBasis: 'gross',
      vatRate: 23,
    });
    expect(byAgent.statusCode).toBe(403);
  });

  it('searches by name or SKU ignoring accents and case, and filters inactive ones', async () => {
    await product(w, { sku: 'SRCH-ZURAW', name: 'Suszarka Żuraw' });
    await product(w, { sku: 'SRCH-OFF', name: 'Suszarka stara', active: false });
    const byName = (await w.get(w.agent, '/catalog/products?q=suszarka%20zuraw')).json().items;
    expect(byName.map((p: { sku: string }) => p.sku)).toEqual(['SRCH-ZURAW']);
    const bySku = (await w.get(w.agent, '/catalog/products?q=srch-')).json().items;
    expect(bySku).toHaveLength(2);
    const active = (await w.get(w.agent, '/catalog/products?q=srch-&active=true')).json().items;
    expect(active.map((p: { sku: string }) => p.sku)).toEqual(['SRCH-ZURAW']);
  });

  it('links complementary products and suggests the active ones not already in the cart', async () => {
    const washer = await product(w, { sku: 'UP-WASH', name: 'Pralka' });
    const hose = await product(w, { sku: 'UP-HOSE', name: 'Wąż dopływowy' });
    const install = await product(w, { sku: 'UP-INST', name: 'Montaż', kind: 'service' });
    const retired = await product(w, { sku: 'UP-OLD', name: 'Stary wąż', active: false });
    const set = await w.send('PATCH', w.admin, `/catalog/products/${washer.id}`, {
      version: washer.version,
      complementIds: [hose.id, install.id, retired.id],
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().complementIds.sort()).toEqual([hose.id, install.id, retired.id].sort());
    const stale = await w.send('PATCH', w.admin, `/catalog/products/${washer.id}`, {
      version: washer.version,
      name: 'Nowa nazwa',
    });
    expect(stale.statusCode).toBe(409);
    const one = (await w.get(w.agent, `/catalog/suggestions?productIds=${washer.id}`)).json().items;
    expect(one.map((p: { sku: string }) => p.sku)).toEqual(['UP-INST', 'UP-HOSE']);
    const both = (await w.get(w.agent, `/catalog/suggestions?productIds=${washer.id},${hose.id}`)).json()
      .items;
    expect(both.map((p: { sku: string }) => p.sku)).toEqual(['UP-INST']);
    const self = await w.send('PATCH', w.admin, `/catalog/products/${washer.id}`, {
      version: washer.version + 1,
      complementIds: [washer.id],
    });
    expect(self.statusCode).toBe(400);
    const unknown = await w.send('PATCH', w.admin, `/catalog/products/${washer.id}`, {
      version: washer.version + 1,
      complementIds: ['00000000-0000-7000-8000-000000000000'],
    });
    expect(unknown.json().error.code).toBe('unknown_product');
  });

  it('hides products of other organizations and deletes', async () => {
    const p = await product(w, { sku: 'DEL-1' });
    const other = await orgWithAdmin(k);
    expect((await w.get(other.session, `/catalog/products/${p.id}`)).statusCode).toBe(404);
    expect((await w.send('DELETE', other.session, `/catalog/products/${p.id}`)).statusCode).toBe(404);
    expect((await w.send('DELETE', w.admin, `/catalog/products/${p.id}`)).statusCode).toBe(204);
    expect((await w.get(w.agent, `/catalog/products/${p.id}`)).statusCode).toBe(404);
  });
});
