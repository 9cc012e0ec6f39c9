import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, type Call } from '../../test/api-mock.ts';
import { buildCustomer, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';

const zofia = buildCustomer();
const jan = buildCustomer({
  id: '0190a000-0000-7000-8000-0000000000d5',
  name: 'Jan Dvořák',
  flags: [],
  identities: [
    {
      id: '0190a000-0000-7000-8000-0000000000e5',
      kind: 'phone',
      value: '+420603123456',
      createdAt: zofia.createdAt,
    },
  ],
});

describe('customer list', { timeout: 30_000 }, () => {
  it('lists customers newest first and looks them up as the agent types', async () => {
    const { calls } = mockApi({
      ...workspaceRoutes(),
      'GET /customers': (call: Call) => ({
        status: 200,
        body: { items: call.query.q ? [jan] : [zofia, jan], nextCursor: null },
      }),
    });
    const { user, location } = renderApp('/customers');
    const table = await screen.findByRole('table', { name: 'Customers' });
    await within(table).findByText('Zofia Żółwińska');
    expect(within(table).getByText('+420 603 123 456')).toBeTruthy();
    expect(within(table).getByText('VIP')).toBeTruthy();

    await user.type(screen.getByRole('textbox', { name: 'Find a customer' }), 'dvorak');
    await waitFor(() => expect(calls.some((c) => c.query.q === 'dvorak')).toBe(true));
    expect(location()).toBe('/customers?q=dvorak');
    await waitFor(() => expect(within(table).queryByText('Zofia Żółwińska')).toBeNull());
    await user.click(within(table).getByRole('link', { name: 'Jan Dvořák' }));
    await waitFor(() => expect(location()).toBe(`/customers/${jan.id}`));
  });
});
