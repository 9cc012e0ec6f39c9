import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { orgWithAdmin } from '../../../test/factories.ts';
import { findOrderForCustomer, listOrdersForCustomer } from './index.ts';
import { DELIVERY, ordersWorld, pdfTextOf, product, ticketOf } from './orders.test-kit.ts';

const k = await startTestKontakt();
const w = await ordersWorld(k);
const washer = await product(w, {
  sku: 'WASH-7',
  name: 'Pralka Żuraw 7 kg',
  price: { amount: '1230.00', currency: 'PLN' },
  priceBasis: 'gross',
  vatRate: 23,
});
const install = await product(w, {
  sku: 'INST-1',
  name: 'Montaż',
  kind: 'service',
  price: { amount: '99.99', currency: 'PLN' },
  priceBasis: 'net',
  vatRate: 8,
});

const draftOn = async (ticketId: string, over: Record<string, unknown> = {}) =>
  w.send('POST', w.agent, '/orders', {
    ticketId,
    currency: 'PLN',
    items: [
      { productId: washer.id, quantity: 2 },
      { productId: install.id, quantity: 1 },
    ],
    delivery: DELIVERY,
    payment: { method: 'transfer' },
    ...over,
  });

describe('orders taken in a ticket', () => {
  it('prices a draft from the catalogue: net, VAT and gross per line and in total', async () => {
    const t = await ticketOf(w, 'zofia@example.test', 'Zofia Łukasiewicz');
    const res = await draftOn(t.id);
    expect(res.statusCode, res.body).toBe(201);
    const o = res.json();
    expect(o).toMatchObject({
      status: 'draft',
      ticketId: t.id,
      ticketNumber: t.number,
      customerName: 'Zofia Łukasiewicz',
      currency: 'PLN',
      nextStatuses: ['confirmed', 'cancelled'],
    });
    // 2 × 1230.00 gross at 23 %: net 2000.00, VAT 460.00; 99.99 net at 8 %: VAT 8.00, gross 107.99.
    expect(o.items[0]).toMatchObject({
      sku: 'WASH-7',
      quantity: 2,
      unitGross: { amount: '1230.00' },
      unitNet: { amount: '1000.00' },
      lineNet: { amount: '2000.00' },
      lineVat: { amount: '460.00' },
      lineGross: { amount: '2460.00' },
    });
    expect(o.items[1]).toMatchObject({
      lineNet: { amount: '99.99' },
      lineVat: { amount: '8.00' },
      lineGross: { amount: '107.99' },
    });
    expect(o.netTotal.amount).toBe('2099.99');
    expect(o.vatTotal.amount).toBe('468.00');
    expect(o.grossTotal.amount).toBe('2567.99');
    const history = (await w.get(w.agent, `/tickets/${t.id}/timeline`)).json();
    expect(JSON.stringify(history)).toContain('order_created');
  });

  it('numbers orders per organization without gaps, also when a request fails', async () => {
    const t = await ticketOf(w, `gap-${Date.now()}@example.test`);
    const a = (await draftOn(t.id)).json().number as number;
    const bad = await draftOn(t.id, { items: [{ productId: washer.id, quantity: 0 }] });
    expect(bad.statusCode).toBe(400);
    const unknown = await draftOn(t.id, {
      items: [{ productId: '00000000-0000-7000-8000-000000000000', quantity: 1 }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('unknown_product');
    const b = (await draftOn(t.id)).json().number as number;
    expect(b).toBe(a + 1);
    const other = await orgWithAdmin(k);
    const otherTicket = await k.inject({
      method: 'GET',
      url: `/api/v1/orders/${a}`,
      headers: other.session.headers,
    });
    expect(otherTicket.statusCode).toBe(404);
  });

  it('refuses bad lines with stable codes and saves nothing', async () => {
    const t = await ticketOf(w, `bad-${Date.now()}@example.test`);
    const before = (await w.get(w.agent, `/orders?ticketId=${t.id}`)).json().items.length;
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ items: [{ productId: washer.id, quantity: -1 }] }, 400, 'validation_failed'],
      [{ currency: 'EUR' }, 400, 'currency_mismatch'],
      [
        {
          items: [
            { name: 'Rabat', quantity: 1, unitPrice: { amount: '1.005', currency: 'PLN' }, vatRate: 23 },
          ],
        },
        400,
        'invalid_amount_precision',
      ],
      [{ items: [{ name: 'Bez ceny', quantity: 1 }] }, 400, 'validation_failed'],
      [{ currency: 'USD' }, 400, 'validation_failed'],
    ];
    for (const [over, status, code] of cases) {
      const res = await draftOn(t.id, over);
      expect(res.statusCode, JSON.stringify(over)).toBe(status);
      expect(res.json().error.code).toBe(code);
    }
    const retired = await product(w, { sku: `OFF-${Date.now()}`, active: false });
    const inactive = await draftOn(t.id, { items: [{ productId: retired.id, quantity: 1 }] });
    expect(inactive.statusCode).toBe(409);
    expect(inactive.json().error.code).toBe('product_inactive');
    expect((await w.get(w.agent, `/orders?ticketId=${t.id}`)).json().items.length).toBe(before);
  });

  it('changes a draft, confirms it by e-mail with a Czech PDF, and refuses later edits', async () => {
    const t = await ticketOf(w, `jiri-${Date.now()}@example.test`, 'Jiří Dvořák');
    const draft = (await draftOn(t.id, { language: 'cs' })).json();
    const changed = await w.send('PATCH', w.agent, `/orders/${draft.number}`, {
      version: draft.version,
      items: [{ productId: washer.id, quantity: 1 }],
      note: 'Doručit odpoledne',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().grossTotal.amount).toBe('1230.00');
    const stale = await w.send('POST', w.agent, `/orders/${draft.number}/confirm`, {
      version: draft.version,
    });
    expect(stale.statusCode).toBe(409);
    const confirmed = await w.send('POST', w.agent, `/orders/${draft.number}/confirm`, {
      version: changed.json().version,
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', fulfilment: { state: 'none' } });
    const [mail] = await k.database.query<{
      to_address: string;
      subject: string;
      body_text: string;
      attachments: Array<{ filename: string; contentType: string; contentBase64: string }>;
    }>(`SELECT to_address, subject, body_text, attachments FROM mail_outbox WHERE purpose = 'order_confirmation'
        AND to_address LIKE 'jiri-%' ORDER BY created_at DESC LIMIT 1`);
    expect(mail?.subject).toContain(`Potvrzení objednávky č. ${draft.number}`);
    expect(mail?.body_text).toContain('Dobrý den, Jiří Dvořák');
    expect(mail?.attachments[0]).toMatchObject({
      filename: `order-${draft.number}.pdf`,
      contentType: 'application/pdf',
    });
    const text = await pdfTextOf(new Uint8Array(Buffer.from(mail!.attachments[0]!.contentBase64, 'base64')));
    for (const expected of [
      'Potvrzení objednávky',
      `Číslo objednávky ${draft.number}`,
      'Objednatel Jiří Dvořák',
      'Pralka Żuraw 7 kg (Kód (SKU): WASH-7)',
      'Celkem k úhradě 1 230,00 PLN',
      'Doprava kurýr, Zofia Łukasiewicz, ul. Źródlana 5, 90-001 Łódź, PL',
      'Platba bankovní převod – čeká na platbu',
      'Poznámka Doručit odpoledne',
    ])
      expect(text.replace(/\u00a0|\u202f/g, ' ')).toContain(expected);
    const late = await w.send('PATCH', w.agent, `/orders/${draft.number}`, {
      version: confirmed.json().version,
      note: 'x',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('order_not_editable');
    const pdf = await w.get(w.agent, `/orders/${draft.number}/confirmation.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  });

  it('moves along allowed statuses with history, refusing the others', async () => {
    const t = await ticketOf(w, `flow-${Date.now()}@example.test`);
    const o = (await draftOn(t.id)).json();
    const move = (status: string, extra: object = {}) =>
      w.send('POST', w.agent, `/orders/${o.number}/status`, { status, ...extra });
    expect((await move('shipped')).json().error.code).toBe('invalid_status_transition');
    expect((await move('confirmed')).statusCode).toBe(200);
    expect((await move('in_fulfilment')).statusCode).toBe(200);
    const shipped = await move('shipped', { trackingNumber: 'PL123456789' });
    expect(shipped.json()).toMatchObject({ status: 'shipped', trackingNumber: 'PL123456789' });
    expect((await move('draft')).statusCode).toBe(409);
    expect((await move('delivered')).statusCode).toBe(200);
    const returned = await move('returned', { paymentStatus: 'refunded', note: 'Zwrot w 14 dni' });
    expect(returned.json()).toMatchObject({
      status: 'returned',
      nextStatuses: [],
      payment: { status: 'refunded' },
    });
    const full = (await w.get(w.agent, `/orders/${o.number}`)).json();
    expect(full.history.map((e: { toStatus: string | null }) => e.toStatus)).toEqual([
      'draft',
      'confirmed',
      null,
      'in_fulfilment',
      'shipped',
      'delivered',
      'returned',
    ]);
  });

  it('is found by number, customer name or e-mail in the list, and by the portal helpers', async () => {
    const email = `szukaj-${Date.now()}@example.test`;
    const t = await ticketOf(w, email, 'Łucja Szukająca');
    const o = (await draftOn(t.id)).json();
    const ids = (q: string) =>
      w
        .get(w.agent, `/orders?q=${encodeURIComponent(q)}`)
        .then((r) => r.json().items.map((i: { number: number }) => i.number));
    // Another customer whose address holds this order's number: a number finds the order only.
    const lookalike = await ticketOf(w, `nr-${o.number}-${o.number}@example.test`, 'Jan Podobny');
    const similar = (await draftOn(lookalike.id)).json();
    expect(await ids(String(o.number))).toEqual([o.number]);
    expect(await ids(`nr-${o.number}-`)).toEqual([similar.number]);
    expect(await ids(`#${o.number}`)).toEqual([o.number]);
    expect(await ids('lucja szukajaca')).toEqual([o.number]);
    expect(await ids(email.toUpperCase())).toEqual([o.number]);
    const drafts = (await w.get(w.agent, `/orders?status=draft&customerId=${t.customerId}`)).json().items;
    expect(drafts).toHaveLength(1);
    expect(drafts[0].itemCount).toBe(2);
    // Drafts are not the customer's to see; a confirmed order is, by id or e-mail.
    expect(await findOrderForCustomer(k.deps.db, w.org.id, { email }, o.number)).toBeNull();
    await w.send('POST', w.agent, `/orders/${o.number}/confirm`, { version: o.version });
    const mine = await findOrderForCustomer(k.deps.db, w.org.id, { email: email.toUpperCase() }, o.number);
    expect(mine?.status).toBe('confirmed');
    expect(
      await findOrderForCustomer(k.deps.db, w.org.id, { email: 'cudzy@example.test' }, o.number),
    ).toBeNull();
    const other = await orgWithAdmin(k);
    expect(
      await findOrderForCustomer(k.deps.db, other.org.id, { customerId: t.customerId }, o.number),
    ).toBeNull();
    const list = await listOrdersForCustomer(k.deps.db, w.org.id, t.customerId);
    expect(list.map((x) => x.number)).toEqual([o.number]);
  });
});
