import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TicketField } from '../../../api/types.ts';
import { apiError, mockApi, type MockReply } from '../../../test/api-mock.ts';
import { buildMe, workspaceRoutes } from '../../../test/factories.ts';
import { renderApp } from '../../../test/render-app.tsx';

const orderField: TicketField = {
  id: '0190a000-0000-7000-8000-0000000005a1',
  key: 'order_number',
  label: 'Order number',
  type: 'text',
  options: [],
  requiredToSolve: false,
  active: true,
  position: 10,
};

function routes(extra: Record<string, MockReply> = {}) {
  return {
    ...workspaceRoutes(),
    'GET /me': { status: 200, body: buildMe({ role: 'admin' }) },
    'GET /ticket-fields': { status: 200, body: { items: [orderField] } },
    ...extra,
  };
}

async function openDrawer(user: ReturnType<typeof renderApp>['user'], button: string) {
  await user.click(await screen.findByRole('button', { name: button }, { timeout: 30_000 }));
  return screen.findByRole('dialog');
}

describe('custom fields admin', { timeout: 120_000 }, () => {
  it('asks for options of a select field and puts a taken key next to the key', async () => {
    const { calls } = mockApi(routes({ 'POST /ticket-fields': apiError(409, 'conflict', { field: 'key' }) }));
    const { user } = renderApp('/admin/custom-fields');
    const drawer = await openDrawer(user, 'New field');
    await user.type(within(drawer).getByRole('textbox', { name: 'Label' }), 'Product');
    await user.type(within(drawer).getByRole('textbox', { name: 'Key' }), 'product');
    await user.click(within(drawer).getByRole('textbox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: 'Select (one option)' }));
    await user.click(within(drawer).getByRole('button', { name: 'Create' }));
    const options = within(drawer).getByRole('textbox', { name: 'Options' });
    await waitFor(() => expect(options.getAttribute('aria-invalid')).toBe('true'));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.type(options, 'Phone{Enter}Tablet{Enter}');
    await user.click(within(drawer).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      key: 'product',
      label: 'Product',
      type: 'select',
      options: ['Phone', 'Tablet'],
      requiredToSolve: false,
      position: 20,
    });
    expect(await within(drawer).findByText('Another field already uses this key.')).toBeTruthy();
  });

  it('keeps key and type fixed when editing and deactivates a field', async () => {
    const { calls } = mockApi(
      routes({
        [`PATCH /ticket-fields/${orderField.id}`]: { status: 200, body: { ...orderField, active: false } },
      }),
    );
    const { user } = renderApp('/admin/custom-fields');
    const drawer = await openDrawer(user, 'Edit field Order number');
    expect(within(drawer).getByRole('textbox', { name: 'Key' })).toHaveProperty('disabled', true);
    await user.click(within(drawer).getByRole('switch', { name: /^Active/ }));
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({
      label: 'Order number',
      requiredToSolve: false,
      position: 10,
      active: false,
    });
  });
});
