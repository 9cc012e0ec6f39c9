import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, type Call } from '../../test/api-mock.ts';
import { buildTicket, buildView, ME_ID, QUEUE_ID, workspaceRoutes } from '../../test/factories.ts';
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

  it('sorts by a clicked column header, flips on a second click and keeps the order in the address', async () => {
    const { calls } = mockApi(routes());
    const { user, location } = renderApp('/inbox/mine_open');
    await screen.findByText('Ticket subject 1');
    const grid = screen.getByRole('grid', { name: 'Tickets' });
    const activity = within(grid).getByRole('columnheader', { name: /Last activity/ });
    // The view's own order shows until the agent picks another.
    expect(activity.getAttribute('aria-sort')).toBe('descending');

    await user.click(within(grid).getByRole('button', { name: 'Subject' }));
    await waitFor(() => expect(calls.at(-1)!.query.sort).toBe('subject_asc'));
    expect(location()).toBe('/inbox/mine_open?sort=subject_asc');
    const subject = within(grid).getByRole('columnheader', { name: /Subject/ });
    expect(subject.getAttribute('aria-sort')).toBe('ascending');
    expect(activity.getAttribute('aria-sort')).toBeNull();

    await user.click(within(grid).getByRole('button', { name: 'Subject' }));
    await waitFor(() => expect(calls.at(-1)!.query.sort).toBe('subject_desc'));
    expect(subject.getAttribute('aria-sort')).toBe('descending');

    // Priority starts with the most urgent; the list asks the server, it does not sort a page itself.
    await user.click(within(grid).getByRole('button', { name: 'Priority' }));
    await waitFor(() => expect(calls.at(-1)!.query.sort).toBe('priority_desc'));
    await user.click(within(grid).getByRole('button', { name: 'Customer' }));
    await waitFor(() =>
      expect(calls.at(-1)!.query).toMatchObject({ view: 'mine_open', sort: 'customer_asc' }),
    );
  });

  it('solves with e, assigns to me with a, and opens the status list with s for the focused ticket', async () => {
    const { calls } = mockApi(
      routes({
        'POST /tickets/bulk': (call: Call) => ({
          status: 200,
          body: { results: (call.body as { ids: string[] }).ids.map((id) => ({ id, ok: true })) },
        }),
      }),
    );
    const { user } = renderApp('/inbox/mine_open');
    await screen.findByText('Ticket subject 1');
    const bulkBodies = () => calls.filter((c) => c.path === '/tickets/bulk').map((c) => c.body);

    await user.keyboard('jj');
    await user.keyboard('e');
    await waitFor(() => expect(bulkBodies()).toHaveLength(1));
    expect(bulkBodies()[0]).toEqual({ ids: [tickets[1]!.id], changes: { status: 'solved' } });
    expect((await screen.findByRole('status')).textContent).toContain('1 ticket changed');

    await user.keyboard('a');
    await waitFor(() => expect(bulkBodies()).toHaveLength(2));
    expect(bulkBodies()[1]).toEqual({ ids: [tickets[1]!.id], changes: { assigneeId: ME_ID } });

    // s without a selection opens the list for the focused row; Escape leaves nothing selected.
    rows()[1]!.focus();
    await user.keyboard('s');
    expect((await screen.findByRole('toolbar')).textContent).toContain('1 selected');
    await screen.findByRole('menu');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('toolbar')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(rows()[1]));

    // With a selection, the keys act on the selection rather than the focused row.
    await user.keyboard('xjx');
    await user.keyboard('s');
    const menu = await screen.findByRole('menu');
    await user.click(within(menu).getByRole('menuitem', { name: 'Waiting for customer' }));
    await waitFor(() => expect(bulkBodies()).toHaveLength(3));
    expect(bulkBodies()[2]).toEqual({
      ids: [tickets[1]!.id, tickets[2]!.id],
      changes: { status: 'pending_customer' },
    });

    // Shift+A opens the assignee list, "Me" first, ready to type a colleague's name.
    rows()[0]!.focus();
    await user.keyboard('{Shift>}A{/Shift}');
    const assign = await screen.findByRole('textbox', { name: 'Assign to…' });
    await waitFor(() => expect(document.activeElement).toBe(assign));
    const listbox = await screen.findByRole('listbox', { name: 'Assign to…' });
    expect(within(listbox).getAllByRole('option')[0]!.textContent).toBe('Me');
    await user.click(within(listbox).getByRole('option', { name: 'Anna Kowalska' }));
    await waitFor(() => expect(bulkBodies()).toHaveLength(4));
    expect(bulkBodies()[3]).toEqual({
      ids: [tickets[0]!.id],
      changes: { assigneeId: '0190a000-0000-7000-8000-000000000002' },
    });
  });

  it('lists the action keys in the shortcut sheet', async () => {
    mockApi(routes());
    const { user } = renderApp('/inbox');
    await screen.findByText('Ticket subject 1');
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(sheet.textContent).toContain('eSolve the selected tickets (or the one under the cursor)');
    expect(sheet.textContent).toContain('sChange their status…');
    expect(sheet.textContent).toContain('aAssign them to me');
    expect(sheet.textContent).toContain('Shift + AAssign them to…');
  });

  it('shows the next SLA due time once a ticket has one, overdue ones with a word besides the colour', async () => {
    const at = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
    const target = (name: 'first_response' | 'resolution', dueIn: number, over: object = {}) => ({
      target: name,
      minutes: 60,
      businessHours: false,
      dueAt: at(dueIn),
      warnAt: at(dueIn - 12),
      metAt: null,
      breachedAt: null,
      warnedAt: null,
      paused: false,
      remainingMinutes: dueIn,
      ...over,
    });
    const sla = (targets: object[]) => ({ policyId: QUEUE_ID, calendarId: null, targets });
    const withSla = [
      buildTicket(1, { sla: sla([target('resolution', 240), target('first_response', -30)]) } as object),
      buildTicket(2, { sla: sla([target('first_response', 5)]) } as object),
      // A met target is not due any more; no running target leaves the cell empty.
      buildTicket(3, { sla: sla([target('first_response', 30, { metAt: at(-1) })]) } as object),
    ];
    mockApi(routes({ 'GET /tickets': { status: 200, body: { items: withSla, nextCursor: null } } }));
    renderApp('/inbox');
    await screen.findByText('Ticket subject 1');
    const grid = screen.getByRole('grid', { name: 'Tickets' });
    expect(within(grid).getByRole('columnheader', { name: 'Due' })).toBeTruthy();
    const cells = rows().map((row) => row.querySelectorAll('td')[6]!);
    expect(cells[0]!.getAttribute('data-state')).toBe('breached');
    expect(cells[0]!.textContent).toBe('Overdue: 30 min. ago');
    expect(cells[0]!.querySelector('time')!.getAttribute('title')).toMatch(/^First response: /);
    expect(cells[1]!.getAttribute('data-state')).toBe('warning');
    expect(cells[1]!.textContent).toBe('Due soon: in 5 min.');
    expect(cells[2]!.textContent).toBe('—');
  });

  it('leaves the due column out when no ticket has an SLA target', async () => {
    mockApi(routes());
    renderApp('/inbox');
    await screen.findByText('Ticket subject 1');
    expect(
      within(screen.getByRole('grid', { name: 'Tickets' })).queryByRole('columnheader', { name: 'Due' }),
    ).toBeNull();
  });
});
