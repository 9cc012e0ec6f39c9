import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { eventually } from '../sla/sla.test-kit.ts';
import { FULFILMENT_ATTEMPTS, fulfilmentJob, fulfilmentSignature } from './order-fulfilment.ts';
import { DELIVERY, ordersWorld, product, ticketOf } from './orders.test-kit.ts';

const k = await startTestKontakt();
const w = await ordersWorld(k);
const item = await product(w, { sku: 'FUL-1', name: 'Odkurzacz Świst' });
const SECRET = 'fulfilment-secret-0123456789';

const received: Array<{ headers: IncomingMessage['headers']; body: string }> = [];
let answer = 500;
const receiver = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    received.push({ headers: req.headers, body });
    res.writeHead(answer).end();
  });
});
await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
afterAll(() => new Promise<void>((r) => receiver.close(() => r())));
const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/orders`;

const orderRow = async (number: number) => {
  const [row] = await k.database.query<{
    id: string;
    status: string;
    fulfilment_state: string;
    fulfilment_attempts: number;
    fulfilment_last_error: string | null;
    fulfilment_delivery_id: string;
  }>(
    `SELECT id, status, fulfilment_state, fulfilment_attempts, fulfilment_last_error, fulfilment_delivery_id
     FROM orders WHERE organization_id = $1 AND number = $2`,
    [w.org.id, number],
  );
  return row!;
};

async function confirmedOrder() {
  const t = await ticketOf(w, `ful-${Math.random().toString(36).slice(2)}@example.test`);
  const draft = await w.send('POST', w.agent, '/orders', {
    ticketId: t.id,
    currency: 'PLN',
    items: [{ productId: item.id, quantity: 1 }],
    delivery: DELIVERY,
    payment: { method: 'card', status: 'paid' },
  });
  expect(draft.statusCode, draft.body).toBe(201);
  const o = draft.json();
  const res = await w.send('POST', w.agent, `/orders/${o.number}/confirm`, { version: o.version });
  expect(res.statusCode, res.body).toBe(200);
  return { number: o.number as number, ticketId: t.id };
}

const signedStatus = (
  number: number,
  body: object,
  over: { secret?: string; ts?: number; org?: string } = {},
) => {
  const payload = JSON.stringify(body);
  const ts = String(over.ts ?? Math.floor(k.clock.now().getTime() / 1000));
  return k.inject({
    method: 'POST',
    url: `/api/v1/orders/${number}/status`,
    headers: {
      'content-type': 'application/json',
      'x-kontakt-organization': over.org ?? w.org.id,
      'x-kontakt-timestamp': ts,
      'x-kontakt-signature': fulfilmentSignature(over.secret ?? SECRET, ts, payload),
    },
    payload,
  });
};

describe('hand-off to fulfilment', () => {
  it('is configured by admins only, the secret never shown', async () => {
    const denied = await w.send('PUT', w.agent, '/order-settings', {
      fulfilmentUrl: url,
      fulfilmentSecret: SECRET,
    });
    expect(denied.statusCode).toBe(403);
    const noSecret = await w.send('PUT', w.admin, '/order-settings', { fulfilmentUrl: url });
    expect(noSecret.statusCode).toBe(400);
    const res = await w.send('PUT', w.admin, '/order-settings', {
      fulfilmentUrl: url,
      fulfilmentSecret: SECRET,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ fulfilmentUrl: url, hasFulfilmentSecret: true });
    expect(res.body).not.toContain(SECRET);
  });

  it('posts the signed order, retries after a 500 and moves it to sent_to_fulfilment', async () => {
    const { number } = await confirmedOrder();
    // The worker takes the job after the commit; the receiver answers 500 and pg-boss will retry.
    const first = await eventually(async () => {
      const row = await orderRow(number);
      expect(row).toMatchObject({
        fulfilment_state: 'pending',
        fulfilment_attempts: 1,
        fulfilment_last_error: 'HTTP 500',
      });
      return row;
    });
    const [job] = await k.database.query<{ state: string }>(`SELECT state FROM pgboss.job WHERE id = $1`, [
      first.fulfilment_delivery_id,
    ]);
    expect(job?.state).toBe('retry');
    // The retry (run here at once rather than after the back-off) succeeds.
    answer = 200;
    await fulfilmentJob(k.deps)({ orderId: first.id, deliveryId: first.fulfilment_delivery_id });
    const last = received.at(-1)!;
    const ts = String(last.headers['x-kontakt-timestamp']);
    expect(last.headers['x-kontakt-signature']).toBe(fulfilmentSignature(SECRET, ts, last.body));
    expect(last.headers['x-kontakt-organization']).toBe(w.org.id);
    const body = JSON.parse(last.body);
    expect(body).toMatchObject({
      event: 'order.confirmed',
      order: { number, status: 'confirmed', items: [{ sku: 'FUL-1', quantity: 1 }] },
    });
    expect(body.statusUrl).toMatch(new RegExp(`/api/v1/orders/${number}/status$`));
    expect(await orderRow(number)).toMatchObject({
      status: 'sent_to_fulfilment',
      fulfilment_state: 'delivered',
      fulfilment_attempts: 2,
    });
    // pg-boss's own retry later finds it delivered and sends nothing.
    const count = received.length;
    await fulfilmentJob(k.deps)({ orderId: first.id, deliveryId: first.fulfilment_delivery_id });
    expect(received).toHaveLength(count);
  });

  it('after the last failed attempt: failed, in the history, order_failed notified; a retry sends it again', async () => {
    answer = 503;
    const { number, ticketId } = await confirmedOrder();
    const row = await eventually(async () => {
      const r = await orderRow(number);
      expect(r.fulfilment_attempts).toBe(1);
      return r;
    });
    await k.database.query(`UPDATE orders SET fulfilment_attempts = $1 WHERE id = $2`, [
      FULFILMENT_ATTEMPTS - 1,
      row.id,
    ]);
    await expect(
      fulfilmentJob(k.deps)({ orderId: row.id, deliveryId: row.fulfilment_delivery_id }),
    ).rejects.toThrow(/HTTP 503/);
    expect(await orderRow(number)).toMatchObject({ status: 'confirmed', fulfilment_state: 'failed' });
    const order = (await w.get(w.agent, `/orders/${number}`)).json();
    expect(order.history.map((e: { kind: string }) => e.kind)).toContain('fulfilment_failed');
    const notes = await k.database.query<{ agent_id: string }>(
      `SELECT agent_id FROM notifications WHERE kind = 'order_failed' AND ticket_id = $1`,
      [ticketId],
    );
    expect(notes.map((n) => n.agent_id)).toEqual([w.agentRow.id]);
    answer = 200;
    const retried = await w.send('POST', w.agent, `/orders/${number}/fulfilment/retry`);
    expect(retried.statusCode, retried.body).toBe(200);
    await eventually(async () => {
      expect(await orderRow(number)).toMatchObject({
        status: 'sent_to_fulfilment',
        fulfilment_state: 'delivered',
      });
    });
    const again = await w.send('POST', w.agent, `/orders/${number}/fulfilment/retry`);
    expect(again.statusCode).toBe(409);
  });
});

describe('status updates from fulfilment', () => {
  it('accepts a request signed with the fulfilment secret and records fulfilment as the actor', async () => {
    answer = 200;
    const { number } = await confirmedOrder();
    await eventually(async () => expect((await orderRow(number)).status).toBe('sent_to_fulfilment'));
    const res = await signedStatus(number, { status: 'in_fulfilment' });
    expect(res.statusCode, res.body).toBe(200);
    const shipped = await signedStatus(number, { status: 'shipped', trackingNumber: 'INPOST-1' });
    expect(shipped.json()).toMatchObject({ status: 'shipped', trackingNumber: 'INPOST-1' });
    expect(shipped.json().history.at(-1)).toMatchObject({ actorType: 'fulfilment', toStatus: 'shipped' });
    const wrong = await signedStatus(number, { status: 'delivered' }, { secret: 'not-the-secret-at-all' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('invalid_signature');
    const stale = await signedStatus(
      number,
      { status: 'delivered' },
      { ts: Math.floor(k.clock.now().getTime() / 1000) - 3600 },
    );
    expect(stale.statusCode).toBe(401);
    const invalid = await signedStatus(number, { status: 'in_fulfilment' });
    expect(invalid.statusCode).toBe(409);
    expect(invalid.json().error.code).toBe('invalid_status_transition');
    const unsigned = await k.inject({
      method: 'POST',
      url: `/api/v1/orders/${number}/status`,
      payload: { status: 'delivered' },
    });
    expect(unsigned.statusCode).toBe(401);
  });

  it('accepts an organization API token', async () => {
    const { number } = await confirmedOrder();
    const token = await w.send('POST', w.admin, '/api-tokens', {
      name: 'Magazyn',
      scopes: ['tickets:write'],
    });
    expect(token.statusCode, token.body).toBe(201);
    const res = await k.inject({
      method: 'POST',
      url: `/api/v1/orders/${number}/status`,
      headers: { authorization: `Bearer ${token.json().token}` },
      payload: { status: 'cancelled', note: 'Brak towaru' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().history.at(-1)).toMatchObject({
      actorType: 'api_token',
      toStatus: 'cancelled',
      note: 'Brak towaru',
    });
  });
});
