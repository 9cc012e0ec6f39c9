import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../../test/api-mock.ts';
import { buildMe } from '../../../test/factories.ts';
import { renderApp } from '../../../test/render-app.tsx';

const HANDLING = {
  id: '0190a000-0000-7000-8000-0000000000c1',
  name: 'Handling',
  systemKey: 'handling',
  isDefault: true,
  active: true,
  createdAt: '2026-11-02T08:00:00Z',
  updatedAt: '2026-11-02T08:00:00Z',
};

describe('activity categories admin screen', { timeout: 120_000 }, () => {
  it('lists categories with the default marked, and creates one (a taken name shows at the field)', async () => {
    const { calls } = mockApi({
      'GET /me': { status: 200, body: buildMe({ role: 'admin' }) },
      'GET /activity-categories': { status: 200, body: { items: [HANDLING] } },
      'POST /activity-categories': [
        apiError(409, 'conflict', { field: 'name' }),
        {
          status: 201,
          body: { ...HANDLING, id: '0190a000-0000-7000-8000-0000000000c2', name: 'Back office' },
        },
      ],
    });
    const { user } = renderApp('/admin/activity-categories');
    const table = await screen.findByRole('table', { name: 'Activity categories' }, { timeout: 30_000 });
    expect(
      within(table).getByRole('button', { name: 'Edit category Handling' }).closest('tr')!.textContent,
    ).toContain('Default');

    await user.click(screen.getByRole('button', { name: 'New category' }));
    const drawer = await screen.findByRole('dialog', { name: 'New category' });
    await user.type(within(drawer).getByRole('textbox', { name: /^Name/ }), 'Back office');
    await user.click(within(drawer).getByRole('button', { name: 'Create category' }));
    expect(await within(drawer).findByText('Another category already has this name.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ name: 'Back office', active: true });
    await user.click(within(drawer).getByRole('button', { name: 'Create category' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New category' })).toBeNull());
  });
});
