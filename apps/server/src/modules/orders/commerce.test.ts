import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { orgWithAdmin } from '../../../test/factories.ts';
import { ordersWorld, product } from './orders.test-kit.ts';

const k = await startTestKontakt();
const w = await ordersWorld(k);
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const WOO = fixture('woocommerce-order-created.json');
const SHOPIFY = fixture('shopify-orders-create.json');
const sign = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('base64');

async function channel(kind: 'woocommerce' | 'shopify', secret: string) {
  const res = await w.send('POST', w.admin, '/commerce-channels', { kind, name: `Sklep ${kind}`, secret });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { webhookPath: string; channelKey: string };
}

const deliver = (path: string, body: string, headers: Record<string, string>) =>
  k.inject({
    method: 'POST',
    url: path,
    headers: { 'content-type': 'application/json', ...headers },
    payload: body,
  });

describe('WooCommerce order webhooks', () => {
  it('imports a replayed order.created once, creating the customer by e-mail and matching SKUs', async () => {
    const secret = 'woo-webhook-secret';
    const c = await channel('woocommerce', secret);
    expect(c.webhookPath).toBe(`/api/v1/integrations/woocommerce/${c.channelKey}/orders`);
    const kettle = await product(w, { sku: 'cz-17', name: 'Czajnik (katalog)' });
    const headers = {
      'x-wc-webhook-topic': 'order.created',
      'x-wc-webhook-source': 'https://sklep.example.test/',
      'x-wc-webhook-signature': sign(secret, WOO),
    };
    const res = await deliver(c.webhookPath, WOO, headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().created).toBe(true);
    const number = res.json().number as number;
    const o = (await w.get(w.agent, `/orders/${number}`)).json();
    expect(o).toMatchObject({
      source: 'woocommerce',
      externalId: '7281',
      status: 'confirmed',
      currency: 'PLN',
      language: 'pl',
      customerName: 'Agnieszka Wróblewska',
      payment: { method: 'transfer', status: 'paid' },
      delivery: { method: 'courier', city: 'Kraków', postalCode: '31-123', street: 'ul. Żeromskiego 12/4' },
      note: 'Proszę dzwonić przed dostawą.',
    });
    expect(o.items.map((i: { name: string; quantity: number }) => [i.name, i.quantity])).toEqual([
      ['Czajnik Świergot 1,7 l', 2],
      ['Ekspres do kawy Ziarenko', 1],
      ['Kurier DPD', 1],
    ]);
    expect(o.items[0]).toMatchObject({
      productId: kettle.id,
      vatRate: 23,
      lineNet: { amount: '162.60' },
      lineGross: { amount: '200.00' },
    });
    expect(o.grossTotal.amount).toBe(JSON.parse(WOO).total);
    expect(o.vatTotal.amount).toBe(JSON.parse(WOO).total_tax);
    const customer = (await w.get(w.agent, `/customers/${o.customerId}`)).json();
    expect(JSON.stringify(customer.identities)).toContain('agnieszka.wroblewska@example.test');
    // The same delivery again (WooCommerce retries) is the same order.
    const again = await deliver(c.webhookPath, WOO, headers);
    expect(again.json()).toEqual({ number, created: false });
    // order.updated with a new status syncs it, in the history.
    const completed = JSON.stringify({ ...JSON.parse(WOO), status: 'completed' });
    const upd = await deliver(c.webhookPath, completed, {
      ...headers,
      'x-wc-webhook-topic': 'order.updated',
      'x-wc-webhook-signature': sign(secret, completed),
    });
    expect(upd.json()).toEqual({ number, created: false });
    const synced = (await w.get(w.agent, `/orders/${number}`)).json();
    expect(synced.status).toBe('delivered');
    expect(synced.history.at(-1)).toMatchObject({
      kind: 'synced',
      fromStatus: 'confirmed',
      toStatus: 'delivered',
      actorType: 'shop',
    });
  });

  it('refuses a wrong signature, an unknown channel and an unsupported currency; answers the ping', async () => {
    const c = await channel('woocommerce', 'another-woo-secret');
    const bad = await deliver(c.webhookPath, WOO, { 'x-wc-webhook-signature': sign('guess', WOO) });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.code).toBe('invalid_signature');
    const tampered = WOO.replace('"quantity": 2', '"quantity": 20');
    expect(
      (await deliver(c.webhookPath, tampered, { 'x-wc-webhook-signature': sign('another-woo-secret', WOO) }))
        .statusCode,
    ).toBe(401);
    const unknown = await deliver('/api/v1/integrations/woocommerce/no-such-channel-key/orders', WOO, {
      'x-wc-webhook-signature': sign('another-woo-secret', WOO),
    });
    expect(unknown.statusCode).toBe(404);
    const usd = JSON.stringify({ ...JSON.parse(WOO), id: 9001, currency: 'USD' });
    const res = await deliver(c.webhookPath, usd, {
      'x-wc-webhook-signature': sign('another-woo-secret', usd),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    const ping = await k.inject({
      method: 'POST',
      url: c.webhookPath,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'webhook_id=12',
    });
    expect(ping.statusCode, ping.body).toBe(200);
  });
});

describe('Shopify order webhooks', () => {
  it('imports a replayed orders/create with gross prices in CZK and a Czech customer', async () => {
    const secret = 'shpss_0123456789abcdef';
    const c = await channel('shopify', secret);
    const headers = {
      'x-shopify-topic': 'orders/create',
      'x-shopify-shop-domain': 'obchod-cap.myshopify.com',
      'x-shopify-hmac-sha256': sign(secret, SHOPIFY),
    };
    const res = await deliver(c.webhookPath, SHOPIFY, headers);
    expect(res.statusCode, res.body).toBe(200);
    const o = (await w.get(w.agent, `/orders/${res.json().number}`)).json();
    expect(o).toMatchObject({
      source: 'shopify',
      externalId: '5820394857201',
      currency: 'CZK',
      language: 'cs',
      status: 'confirmed',
      customerName: 'Petr Novák',
      payment: { method: 'card', status: 'paid' },
      delivery: { street: 'Náměstí Míru 8, byt 3', city: 'Brno', country: 'CZ' },
    });
    expect(o.items[1]).toMatchObject({
      sku: 'MIX-NAD',
      quantity: 2,
      vatRate: 21,
      unitGross: { amount: '274.00' },
      lineVat: { amount: '95.11' },
    });
    expect(o.grossTotal.amount).toBe('3146.00');
    expect(o.vatTotal.amount).toBe('546.00');
    // Cancelled later: orders/cancelled carries the whole order again.
    const cancelled = JSON.stringify({
      ...JSON.parse(SHOPIFY),
      cancelled_at: '2026-11-02T08:00:00+01:00',
      financial_status: 'refunded',
    });
    const upd = await deliver(c.webhookPath, cancelled, {
      ...headers,
      'x-shopify-topic': 'orders/cancelled',
      'x-shopify-hmac-sha256': sign(secret, cancelled),
    });
    expect(upd.json()).toMatchObject({ created: false });
    expect((await w.get(w.agent, `/orders/${o.number}`)).json()).toMatchObject({
      status: 'cancelled',
      payment: { status: 'refunded' },
    });
    const bad = await deliver(c.webhookPath, SHOPIFY, { 'x-shopify-hmac-sha256': sign('nope', SHOPIFY) });
    expect(bad.statusCode).toBe(401);
  });
});

describe('import API', () => {
  it('is idempotent by source and external id, scoped by organization', async () => {
    const body = {
      source: 'api',
      externalId: 'ERP-2026-0001',
      customer: { email: 'erp.klient@example.test', name: 'Klient ERP' },
      currency: 'EUR',
      items: [
        {
          sku: 'EXT-1',
          name: 'Kabel',
          quantity: 3,
          unitPrice: { amount: '9.90', currency: 'EUR' },
          vatRate: 20,
          priceBasis: 'gross',
        },
      ],
      delivery: { method: 'post', country: 'SK' },
      payment: { method: 'invoice' },
    };
    const first = await w.send('POST', w.agent, '/orders/import', body);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().grossTotal.amount).toBe('29.70');
    const second = await w.send('POST', w.agent, '/orders/import', body);
    expect(second.statusCode).toBe(200);
    expect(second.json().number).toBe(first.json().number);
    const bad = await w.send('POST', w.agent, '/orders/import', {
      ...body,
      externalId: 'ERP-2',
      items: [{ ...body.items[0], quantity: -3 }],
    });
    expect(bad.statusCode).toBe(400);
    const precision = await w.send('POST', w.agent, '/orders/import', {
      ...body,
      externalId: 'ERP-3',
      items: [{ ...body.items[0], unitPrice: { amount: '9.999', currency: 'EUR' } }],
    });
    expect(precision.json().error.code).toBe('invalid_amount_precision');
    const other = await orgWithAdmin(k);
    const elsewhere = await k.inject({
      method: 'POST',
      url: '/api/v1/orders/import',
      headers: other.session.headers,
      payload: body,
    });
    expect(elsewhere.statusCode).toBe(201);
    expect(elsewhere.json().id).not.toBe(first.json().id);
  });
});

describe('OpenAPI', () => {
  it('documents how fulfilment authenticates status updates and the shop webhooks', async () => {
    const res = await k.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { paths: Record<string, Record<string, { description?: string }>> };
    const status = Object.entries(doc.paths).find(([p]) => p.endsWith('/orders/{number}/status'))?.[1];
    expect(status?.post?.description).toContain('X-Kontakt-Signature');
    expect(status?.post?.description).toContain('Bearer');
    const woo = Object.entries(doc.paths).find(([p]) => p.includes('/integrations/woocommerce/'))?.[1];
    expect(woo?.post?.description).toContain('X-WC-Webhook-Signature');
  });
});
