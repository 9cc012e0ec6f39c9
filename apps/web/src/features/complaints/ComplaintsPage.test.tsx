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

describe('complaints list', { timeout: 60_000 }, () => {
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
    const table = await screen.findByRole('table');
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
});
