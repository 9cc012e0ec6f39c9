import { screen, waitFor, within } from '@testing-library/react';
import type { PresenceReason } from '@kontakt/contracts';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../../test/api-mock.ts';
import { buildMe } from '../../../test/factories.ts';
import { renderApp } from '../../../test/render-app.tsx';

const lunch: PresenceReason = {
  id: '0190a000-0000-7000-8000-00000000e001',
  code: 'break',
  label: 'Break',
  states: ['away'],
  active: true,
};

describe('presence reasons admin screen', { timeout: 120_000 }, () => {
  it('lists reasons, places a taken code next to its field, and creates with the right body', async () => {
    const { calls } = mockApi({
      'GET /me': { status: 200, body: buildMe({ role: 'admin' }) },
      'GET /presence/reasons': { status: 200, body: [lunch] },
      'POST /presence/reasons': [
        apiError(409, 'conflict', { field: 'code' }),
        { status: 201, body: { ...lunch, id: '0190a000-0000-7000-8000-00000000e002', code: 'training' } },
      ],
    });
    const { user } = renderApp('/admin/presence-reasons');
    const table = await screen.findByRole('table', { name: 'Presence reasons' }, { timeout: 30_000 });
    const row = within(table).getByRole('button', { name: 'Edit reason Break' }).closest('tr')!;
    expect(row.textContent).toContain('break');
    expect(row.textContent).toContain('Away');

    await user.click(screen.getByRole('button', { name: 'New reason' }));
    const drawer = await screen.findByRole('dialog', { name: 'New reason' });
    await user.type(within(drawer).getByRole('textbox', { name: /^Label/ }), 'Training');
    await user.type(within(drawer).getByRole('textbox', { name: /^Code/ }), 'training');
    await user.click(within(drawer).getByRole('checkbox', { name: 'Offline' }));
    await user.click(within(drawer).getByRole('button', { name: 'Create reason' }));

    const code = within(drawer).getByRole('textbox', { name: /^Code/ });
    await waitFor(() => expect(code.getAttribute('aria-invalid')).toBe('true'));
    const message = within(drawer).getByText('Another reason already has this code.');
    expect(code.getAttribute('aria-describedby')).toContain(message.id);
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      code: 'training',
      label: 'Training',
      states: ['away', 'busy', 'offline'],
    });
    await user.click(within(drawer).getByRole('button', { name: 'Create reason' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New reason' })).toBeNull());
  });
});
