import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../../test/api-mock.ts';
import { buildMe, workspaceRoutes } from '../../../test/factories.ts';
import { renderApp } from '../../../test/render-app.tsx';
import { buildProduct } from '../../orders/test-orders.ts';

const hose = buildProduct(2, { name: 'Wąż dopływowy', sku: 'HOSE-1' });

describe('catalogue admin screen', { timeout: 60_000 }, () => {
  it('creates a product with net price, VAT and a complementary product; shows a taken SKU', async () => {
    const created = buildProduct(5, { name: 'Pralka Żuraw', sku: 'WASH-7', complementIds: [hose.id] });
    const { calls } = mockApi({
      ...workspaceRoutes(),
      'GET /me': { status: 200, body: buildMe({ role: 'admin' }) },
      'GET /catalog/products': { status: 200, body: { items: [hose] } },
      'POST /catalog/products': [apiError(409, 'sku_taken'), { status: 201, body: created }],
    });
    const { user } = renderApp('/admin/catalog');
    expect(await screen.findByRole('heading', { name: 'Catalogue' }, { timeout: 40_000 })).toBeTruthy();
    expect(await screen.findByText('Wąż dopływowy')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'New product' }));
    const drawer = await screen.findByRole('dialog', { name: 'New product' });
    const box = (name: string) => within(drawer).getByRole('textbox', { name });
    await user.type(box('SKU'), 'WASH-7');
    await user.type(box('Name'), 'Pralka Żuraw');
    await user.type(box('Price'), '1000,00');
    await user.click(box('Price is'));
    await user.click(await screen.findByRole('option', { name: 'Net (excl. VAT)' }));
    await user.click(box('Complementary products'));
    await user.click(await screen.findByRole('option', { name: 'Wąż dopływowy (HOSE-1)' }));
    await user.click(within(drawer).getByRole('button', { name: 'Save' }));
    expect((await within(drawer).findByRole('alert')).textContent).toBe(
      'Another product already has this SKU.',
    );
    await user.click(within(drawer).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'POST')[1]!.body).toEqual({
      sku: 'WASH-7',
      name: 'Pralka Żuraw',
      description: '',
      kind: 'product',
      price: { amount: '1000.00', currency: 'PLN' },
      priceBasis: 'net',
      vatRate: 23,
      availability: 'in_stock',
      quantity: null,
      active: true,
      complementIds: [hose.id],
    });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New product' })).toBeNull());
  });
});
