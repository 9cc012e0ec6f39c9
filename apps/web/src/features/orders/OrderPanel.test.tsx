import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi, type Call } from '../../test/api-mock.ts';
import { buildTicket, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';
import { buildOrder, buildProduct } from './test-orders.ts';

const ticket = buildTicket(52);
const path = `/tickets/${ticket.id}`;
const washer = buildProduct(1, {
  name: 'Pralka Żuraw',
  sku: 'WASH-7',
  unitGross: { amountMinor: 123000, amount: '1230.00', currency: 'PLN' },
});
const hose = buildProduct(2, {
  name: 'Wąż dopływowy',
  sku: 'HOSE-1',
  unitGross: { amountMinor: 4920, amount: '49.20', currency: 'PLN' },
});
const install = buildProduct(3, { name: 'Montaż', sku: 'INST', kind: 'service' });
const euro = buildProduct(4, {
  name: 'Euro kabel',
  price: { amountMinor: 1000, amount: '10.00', currency: 'EUR' },
});

function routes(over: Record<string, unknown> = {}) {
  return {
    ...workspaceRoutes(),
    [`GET ${path}`]: { status: 200, body: ticket },
    [`GET ${path}/timeline`]: { status: 200, body: { items: [] } },
    'GET /tickets': { status: 200, body: { items: [], nextCursor: null } },
    'GET /orders': { status: 200, body: { items: [] } },
    'GET /catalog/products': { status: 200, body: { items: [washer, hose] } },
    'GET /catalog/suggestions': (call: Call) => ({
      status: 200,
      // Complements of what is in the cart: the washer suggests the hose, installation and a EUR item.
      body: {
        items: call.query.productIds?.split(',').includes(hose.id) ? [install] : [hose, install, euro],
      },
    }),
    'POST /orders': { status: 201, body: buildOrder(7, { ticketId: ticket.id }) },
    'POST /orders/7/confirm': { status: 200, body: buildOrder(7, { status: 'confirmed' }) },
    ...over,
  };
}

async function startOrder() {
  const { user } = renderApp(path);
  const start = await screen.findByRole('button', { name: 'New order' }, { timeout: 40_000 });
  const panel = start.closest('section')!;
  expect(await within(panel).findByText('No orders in this ticket.')).toBeTruthy();
  await user.click(start);
  const form = await within(panel).findByRole('form', { name: 'New order' });
  await user.click(within(form).getByRole('textbox', { name: 'Add a product or service' }));
  await user.click(await screen.findByRole('option', { name: /Pralka Żuraw · WASH-7/ }));
  return { user, panel, form };
}

describe('taking an order in the ticket', { timeout: 60_000 }, () => {
  it('suggests complementary products of the cart, adds them in one click and confirms the order', async () => {
    const { calls } = mockApi(routes());
    const { user, form } = await startOrder();
    const cart = within(form).getByRole('table', { name: 'Order lines' });
    expect(within(cart).getByText('Pralka Żuraw')).toBeTruthy();
    // Up-sell from the washer's complements, in the cart's currency only.
    const upsell = await within(form).findByRole('region', { name: 'Often taken with it' });
    expect(within(upsell).getByText(/Wąż dopływowy/)).toBeTruthy();
    expect(within(upsell).queryByText(/Euro kabel/)).toBeNull();
    expect(calls.find((c) => c.path === '/catalog/suggestions')?.query.productIds).toBe(washer.id);
    await user.click(within(upsell).getByRole('button', { name: 'Add Wąż dopływowy' }));
    expect(within(cart).getByText('Wąż dopływowy')).toBeTruthy();
    // The hose is in the cart now: only the installation is still suggested.
    await waitFor(() => expect(within(form).queryByRole('button', { name: 'Add Wąż dopływowy' })).toBeNull());
    expect(await within(form).findByRole('button', { name: 'Add Montaż' })).toBeTruthy();
    const totals = within(form).getByRole('group', { name: 'Order totals' });
    expect(totals.textContent?.replace(/\s/g, ' ')).toContain('Total: PLN 1,279.20');

    await user.type(within(form).getByRole('textbox', { name: 'Street and number' }), 'ul. Źródlana 5');
    await user.click(within(form).getByRole('button', { name: 'Confirm order' }));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.path === '/orders/7/confirm')).toBe(true),
    );
    const sent = calls.find((c) => c.method === 'POST' && c.path === '/orders')!.body;
    expect(sent).toMatchObject({
      ticketId: ticket.id,
      currency: 'PLN',
      items: [
        { productId: washer.id, quantity: 1 },
        { productId: hose.id, quantity: 1 },
      ],
      delivery: { method: 'courier', street: 'ul. Źródlana 5', country: 'PL' },
      payment: { method: 'transfer' },
    });
    expect(calls.find((c) => c.path === '/orders/7/confirm')!.body).toEqual({ version: 1 });
    expect(await screen.findByText('Order #7 saved.')).toBeTruthy();
  });

  it("shows the server's refusal in the agent's language and keeps the cart", async () => {
    mockApi(routes({ 'POST /orders': apiError(409, 'product_inactive') }));
    const { user, form } = await startOrder();
    await user.click(within(form).getByRole('button', { name: 'Save draft' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('This product is no longer offered.');
    expect(within(form).getByText('Pralka Żuraw')).toBeTruthy();
  });
});
