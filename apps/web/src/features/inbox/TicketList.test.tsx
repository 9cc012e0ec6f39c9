import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/api-mock.ts';
import { buildTicket, buildView, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';

const tickets = [buildTicket(1), buildTicket(2, { status: 'new', priority: 'urgent' }), buildTicket(3)];

function routes(extra: Record<string, unknown> = {}) {
  return {
    ...workspaceRoutes(),
    'GET /views': {
      status: 200,
      body: {
        items: [
          buildView('mine_open', 3),
          buildView('pending', 0),
          buildView('mine_saved', 1, { builtIn: false, name: 'Returns to check' }),
        ],
      },
    },
    'GET /tickets': { status: 200, body: { items: tickets, nextCursor: null } },
    ...extra,
  } as Parameters<typeof mockApi>[0];
}

const rows = () =>
  within(screen.getByRole('grid', { name: 'Tickets' }))
    .getAllByRole('row')
    .slice(1);

describe('inbox ticket list', { timeout: 30_000 }, () => {
  it('names views by id, shows counts and the rows with customer, queue and assignee', async () => {
    mockApi(routes());
    renderApp('/inbox');
    const views = await screen.findByRole('navigation', { name: 'Views' });
    expect((await within(views).findByRole('link', { name: /Mine, open/ })).textContent).toContain('3');
    expect(within(views).getByRole('link', { name: /Returns to check/ })).toBeTruthy();
    expect(await screen.findByText('Ticket subject 1')).toBeTruthy();
    expect(screen.getByText('3 tickets')).toBeTruthy();
    await waitFor(() => expect(rows()[0]!.textContent).toContain('Zofia Żółwińska · Support'));
    expect(rows()[1]!.textContent).toContain('Urgent');
    expect(rows()[1]!.textContent).toContain('Unassigned');
  });

  it('moves with j/k, selects with x, opens with Enter', async () => {
    mockApi(routes());
    const { user, location } = renderApp('/inbox/mine_open');
    await screen.findByText('Ticket subject 1');
    await user.keyboard('j');
    expect(document.activeElement).toBe(rows()[0]);
    await user.keyboard('jj');
    expect(document.activeElement).toBe(rows()[2]);
    await user.keyboard('k');
    expect(document.activeElement).toBe(rows()[1]);
    await user.keyboard('x');
    expect(rows()[1]!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('kx');
    expect(screen.getByRole('toolbar', { name: 'Actions on selected tickets' }).textContent).toContain(
      '2 selected',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('toolbar')).toBeNull();
    await user.keyboard('j{Enter}');
    await waitFor(() => expect(location()).toBe(`/tickets/${tickets[1]!.id}`));
  });

  it('changes the status of the selection in bulk and lists the tickets that failed', async () => {
    const { calls } = mockApi(
      routes({
        'POST /tickets/bulk': {
          status: 200,
          body: {
            results: [
              { id: tickets[0]!.id, ok: true },
              { id: tickets[2]!.id, ok: false, error: { code: 'invalid_status_transition', message: 'no' } },
            ],
          },
        },
      }),
    );
    const { user } = renderApp('/inbox');
    await screen.findByText('Ticket subject 1');
    await user.click(screen.getByRole('checkbox', { name: 'Select ticket #1' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select ticket #3' }));
    await user.click(screen.getByRole('button', { name: 'Set status' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Solved' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('1 ticket changed');
    expect(alert.textContent).toContain('#3: The ticket cannot move to this status from its current one.');
    expect(calls.find((c) => c.path === '/tickets/bulk')!.body).toEqual({
      ids: [tickets[0]!.id, tickets[2]!.id],
      changes: { status: 'solved' },
    });
    // Only the failed ticket stays selected, ready for another try.
    expect(screen.getByRole('toolbar').textContent).toContain('1 selected');
  });

  it('suggests the next step when a view is empty', async () => {
    mockApi(routes({ 'GET /tickets': { status: 200, body: { items: [], nextCursor: null } } }));
    renderApp('/inbox');
    expect(await screen.findByText('All quiet for now')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Unassigned in my queues' })).toBeTruthy();
  });
});
