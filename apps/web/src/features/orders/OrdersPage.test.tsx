import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, type Call } from '../../test/api-mock.ts';
import { workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';
import { buildOrder } from './test-orders.ts';

const shipped = buildOrder(31, {
  status: 'in_fulfilment',
  nextStatuses: ['shipped', 'cancelled'],
  confirmedAt: '2026-11-01T09:00:00.000Z',
  fulfilment: { state: 'delivered', attempts: 1, lastError: null },
  items: [
    {
      id: '0190d000-0000-7000-8000-000000000001',
      productId: null,
      sku: 'WASH-7',
      name: 'Pralka Żuraw',
      quantity: 1,
      priceBasis: 'gross',
      vatRate: 23,
      unitNet: { amountMinor: 10000, amount: '100.00', currency: 'PLN' },
      unitGross: { amountMinor: 12300, amount: '123.00', currency: 'PLN' },
      lineNet: { amountMinor: 10000, amount: '100.00', currency: 'PLN' },
      lineVat: { amountMinor: 2300, amount: '23.00', currency: 'PLN' },
      lineGross: { amountMinor: 12300, amount: '123.00', currency: 'PLN' },
    },
  ],
});
const summary = (o: ReturnType<typeof buildOrder>) => {
  const { items, history, delivery, payment, ...rest } = o;
  void history;
  void delivery;
  void payment;
  return { ...rest, itemCount: items.length };
};

describe('orders page', { timeout: 60_000 }, () => {
  it('looks an order up by number, opens it and moves it to shipped with a tracking number', async () => {
    const { calls } = mockApi({
      ...workspaceRoutes(),
      'GET /orders': (call: Call) => ({
        status: 200,
        body: {
          items: call.query.q === '31' ? [summary(shipped)] : [summary(shipped), summary(buildOrder(30))],
        },
      }),
      'GET /orders/31': { status: 200, body: shipped },
      'POST /orders/31/status': {
        status: 200,
        body: {
          ...shipped,
          status: 'shipped',
          nextStatuses: ['delivered', 'returned'],
          trackingNumber: 'PL1',
        },
      },
    });
    const { user } = renderApp('/orders');
    const rows = await screen.findAllByRole('button', { name: /Order #3[01]/ }, { timeout: 40_000 });
    expect(rows).toHaveLength(2);
    await user.type(screen.getByRole('textbox', { name: 'Find an order' }), '31');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Order #30' })).toBeNull());
    expect(calls.some((c) => c.path === '/orders' && c.query.q === '31')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Order #31' }));
    const detail = await screen.findByRole('region', { name: 'Order #31' });
    expect(within(detail).getByText('Pralka Żuraw')).toBeTruthy();
    expect(within(detail).getByText('In fulfilment')).toBeTruthy();
    await user.click(within(detail).getByRole('textbox', { name: 'Change status' }));
    await user.click(await screen.findByRole('option', { name: 'Shipped' }));
    await user.type(within(detail).getByRole('textbox', { name: 'Tracking number' }), 'PL1');
    await user.click(within(detail).getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(within(detail).getByText('Shipped')).toBeTruthy());
    expect(calls.find((c) => c.method === 'POST' && c.path === '/orders/31/status')!.body).toEqual({
      status: 'shipped',
      trackingNumber: 'PL1',
    });
  });
});
