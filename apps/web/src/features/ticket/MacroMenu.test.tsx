import { screen, waitFor } from '@testing-library/react';
import type { Macro } from '@kontakt/contracts';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../test/api-mock.ts';
import { buildTicket, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';

const ticket = buildTicket(12, { subject: 'Rozbity wazon', version: 3 });
const macro = (n: number, name: string): Macro => ({
  id: `0190a000-0000-7000-8000-00000000040${n}`,
  name,
  description: '',
  scope: 'organization',
  ownerId: null,
  actions: [{ type: 'set_status', status: 'pending_customer' }],
  reply: null,
  active: true,
  usageCount: 0,
  lastUsedAt: null,
  createdAt: '2025-01-01T08:00:00.000Z',
  updatedAt: '2025-01-01T08:00:00.000Z',
  abilities: { update: false, delete: false },
});
const wait = macro(1, 'Wait for the customer');
const close = macro(2, 'Close it');

describe('macros in the ticket view', { timeout: 60_000 }, () => {
  it('applies a macro at the version shown, refreshes the ticket, and says why one failed', async () => {
    const { calls } = mockApi({
      ...workspaceRoutes(),
      [`GET /tickets/${ticket.id}`]: { status: 200, body: ticket },
      [`GET /tickets/${ticket.id}/timeline`]: { status: 200, body: { items: [] } },
      [`GET /tickets/${ticket.id}/links`]: { status: 200, body: { items: [] } },
      'GET /macros': { status: 200, body: { items: [wait, close] } },
      [`POST /tickets/${ticket.id}/macros/${wait.id}/apply`]: {
        status: 200,
        body: { ticket: { ...ticket, status: 'pending_customer', version: 4 }, message: null, changes: [] },
      },
      [`POST /tickets/${ticket.id}/macros/${close.id}/apply`]: apiError(409, 'macro_action_failed', {
        errors: [{ action: 0, code: 'invalid_status_transition', message: 'No.' }],
      }),
    });
    const { user } = renderApp(`/tickets/${ticket.id}`);
    await user.click(await screen.findByRole('button', { name: 'Macros' }, { timeout: 30_000 }));
    await user.click(await screen.findByRole('menuitem', { name: 'Wait for the customer' }));
    await waitFor(() => expect(calls.some((c) => c.path.endsWith(`/macros/${wait.id}/apply`))).toBe(true));
    expect(calls.find((c) => c.path.endsWith('/apply'))!.body).toEqual({ version: 3 });
    expect((await screen.findByRole('status')).textContent).toBe('Macro “Wait for the customer” applied.');
    await waitFor(() =>
      expect(calls.filter((c) => c.path === `/tickets/${ticket.id}`).length).toBeGreaterThan(1),
    );

    await user.click(screen.getByRole('button', { name: 'Macros' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Close it' }));
    expect(await screen.findByText(/^Macro “Close it” could not be applied/)).toBeTruthy();
  });
});
