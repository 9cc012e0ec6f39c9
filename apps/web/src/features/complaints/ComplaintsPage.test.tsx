import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/api-mock.ts';
import { workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';
import { buildComplaint } from './test-complaint.ts';

const soon = buildComplaint(51, { state: 'due_soon', daysLeft: 2 });
const deemed = buildComplaint(52, {
  state: 'deemed_accepted',
  daysLeft: -3,
  mustCarryOutDemand: true,
  jurisdiction: 'PL',
  regime: 'pl_consumer',
  consumer: {
    name: 'Zofia Żółwińska',
    address: null,
    email: 'zofia@example.pl',
    phone: null,
    kind: 'consumer',
  },
  product: { name: 'Czajnik', model: null, serialNumber: null, sku: 'CZ-1' },
});

const CAUSES = {
  status: 200,
  body: {
    items: [
      {
        id: '0190a000-0000-7000-a000-000000000001',
        parentId: null,
        code: 'quality',
        name: 'Jakość',
        active: true,
        position: 0,
        createdAt: '2026-11-01T00:00:00.000Z',
        updatedAt: '2026-11-01T00:00:00.000Z',
      },
    ],
  },
};

describe('complaints list', { timeout: 180_000 }, () => {
  it('shows each complaint with its clock, filters on the server and opens the ticket', async () => {
    const { calls } = mockApi({
      ...workspaceRoutes(),
      'GET /complaints': (call) => ({
        status: 200,
        body: { items: call.query.state === 'deemed_accepted' ? [deemed] : [soon, deemed] },
      }),
      [`GET /tickets/${soon.ticketId}`]: {
        status: 404,
        body: { error: { code: 'not_found', message: 'x' } },
      },
    });
    const { user, location } = renderApp('/complaints');
    const table = await screen.findByRole('table', {}, { timeout: 90_000 });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('#51');
    expect(rows[0]!.textContent).toContain('Due soon2 days left');
    expect(rows[0]!.textContent).toContain('Jana Dvořáková');
    expect(rows[0]!.textContent).toContain('KV-3000');
    expect(rows[1]!.textContent).toContain('Deemed accepted');
    expect(rows[1]!.textContent).toContain('Zofia Żółwińska');
    expect(calls.find((c) => c.path === '/complaints')!.query).toMatchObject({ sort: 'due' });

    await user.click(screen.getByRole('checkbox', { name: 'Deemed accepted' }));
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
    expect(calls.at(-1)!.query).toMatchObject({ state: 'deemed_accepted' });

    await user.click(screen.getByRole('checkbox', { name: 'Due within 3 days' }));
    await waitFor(() => expect(calls.at(-1)!.query).toMatchObject({ dueWithinDays: '3' }));

    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
    await user.click(within(screen.getByRole('table')).getByText('Zofia Żółwińska'));
    await waitFor(() => expect(location()).toBe(`/tickets/${deemed.ticketId}`));
  });

  it('filters by a cause picked from the taxonomy', async () => {
    const { calls } = mockApi({
      ...workspaceRoutes(),
      'GET /complaints': { status: 200, body: { items: [soon, deemed] } },
      'GET /complaint-causes': CAUSES,
    });
    const { user } = renderApp('/complaints');
    await screen.findByRole('table', {}, { timeout: 90_000 });
    // By cause: picked from the organization's taxonomy (the server matches the code as a prefix).
    await user.click(screen.getByRole('textbox', { name: 'Root cause' }));
    await user.click(await screen.findByRole('option', { name: 'Jakość (quality)' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.path === '/complaints').at(-1)!.query).toMatchObject({ cause: 'quality' }),
    );
  });
});
