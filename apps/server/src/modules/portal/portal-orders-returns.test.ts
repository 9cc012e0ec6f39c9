import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { DELIVERY, ordersWorld, product, ticketOf } from '../orders/orders.test-kit.ts';
import { orgSlug, portalApi, portalSignIn } from './portal.test-kit.ts';

const k = await startTestKontakt();
const w = await ordersWorld(k);
const slug = await orgSlug(k, w.org.id);
const kettle = await product(w, {
  sku: 'KET-1',
  name: 'Czajnik Żuraw',
  price: { amount: '123.00', currency: 'PLN' },
  priceBasis: 'gross',
  vatRate: 23,
});
const portal = portalApi(k);

async function orderFor(email: string, confirm: boolean) {
  const t = await ticketOf(w, email, 'Klient');
  const res = await w.send('POST', w.agent, '/orders', {
    ticketId: t.id,
    currency: 'PLN',
    items: [{ productId: kettle.id, quantity: 2 }],
    delivery: DELIVERY,
    payment: { method: 'transfer' },
    note: 'WEWNĘTRZNE: klient marudny',
  });
  expect(res.statusCode, res.body).toBe(201);
  const order = res.json() as { number: number; version: number };
  if (confirm) {
    const ok = await w.send('POST', w.agent, `/orders/${order.number}/confirm`, {
      version: order.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
  }
  return order;
}

describe('orders in the portal', () => {
  it("lists the customer's confirmed orders and shows one without internal details", async () => {
    const mine = await orderFor('ewa@example.test', true);
    const draft = await orderFor('ewa@example.test', false);
    const theirs = await orderFor('adam@example.test', true);
    const ewa = await portalSignIn(k, slug, 'ewa@example.test');
    expect((await portal.get(ewa, '/me')).json().sections.orders).toBe(true);

    const list = (await portal.get(ewa, '/orders')).json().items as Array<{ number: number }>;
    expect(list.map((o) => o.number)).toEqual([mine.number]);
    expect(list[0]).toMatchObject({ status: 'confirmed', itemCount: 1, grossTotal: { amount: '246.00' } });

    const one = await portal.get(ewa, `/orders/${mine.number}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({
      number: mine.number,
      items: [{ name: 'Czajnik Żuraw', quantity: 2, lineGross: { amount: '246.00' } }],
      vatTotal: { amount: '46.00' },
    });
    expect(one.json().history.map((h: { status: string }) => h.status)).toContain('confirmed');
    expect(one.body).not.toContain('WEWNĘTRZNE');

    expect((await portal.get(ewa, `/orders/${draft.number}`)).statusCode).toBe(404);
    expect((await portal.get(ewa, `/orders/${theirs.number}`)).statusCode).toBe(404);
  });
});

describe('returns in the portal', () => {
  it("shows the customer's returns with their deadlines, and nobody else's", async () => {
    const mine = await ticketOf(w, 'ola@example.test', 'Ola');
    const theirs = await ticketOf(w, 'piotr@example.test', 'Piotr');
    for (const t of [mine, theirs]) {
      const res = await w.send('POST', w.agent, `/tickets/${t.id}/return`, {
        jurisdiction: 'PL',
        items: 'Czajnik Żuraw ×1',
        startAt: '2026-10-30T12:00:00Z',
        price: { amount: '123.00', currency: 'PLN' },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const ola = await portalSignIn(k, slug, 'ola@example.test');
    const items = (await portal.get(ola, '/returns')).json().items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      ticketId: mine.id,
      items: 'Czajnik Żuraw ×1',
      // 14 days from Friday 30 October: Friday 13 November (Warsaw).
      withdrawalDueDate: '2026-11-13',
      withdrawalState: 'open',
      refundDueDate: null,
      shipmentStatus: 'awaiting',
      timeZone: 'Europe/Warsaw',
    });
  });
});
