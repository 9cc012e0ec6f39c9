import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, type MockReply } from '../../../test/api-mock.ts';
import { buildMe, buildView, CUSTOMER_ID, QUEUE_ID, workspaceRoutes } from '../../../test/factories.ts';
import { renderApp } from '../../../test/render-app.tsx';

const SHARED_ID = '0190a000-0000-7000-8000-0000000004a1';
const shared = buildView(SHARED_ID, 12, {
  name: 'Urgent support',
  builtIn: false,
  filters: { priority: ['urgent'], queueIds: [QUEUE_ID], customerId: CUSTOMER_ID },
  sort: 'created_asc',
});
const personal = buildView('0190a000-0000-7000-8000-0000000004a2', 3, {
  name: 'My follow-ups',
  builtIn: false,
  shared: false,
});

function routes(extra: Record<string, MockReply | MockReply[]> = {}) {
  return {
    ...workspaceRoutes(),
    'GET /me': { status: 200, body: buildMe({ role: 'admin' }) },
    'GET /views': { status: 200, body: { items: [buildView('mine_open', 4), shared, personal] } },
    'GET /teams': { status: 200, body: { items: [] } },
    ...extra,
  };
}

const openPage = () => {
  const app = renderApp('/admin/views');
  return { ...app, table: () => screen.findByRole('table', { name: 'Views' }, { timeout: 30_000 }) };
};

describe('shared views admin', { timeout: 120_000 }, () => {
  it('lists shared views only, with their conditions in words', async () => {
    mockApi(routes());
    const { table } = openPage();
    const rows = within(await table())
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain('Urgent support');
    expect(rows[0]!.textContent).toContain('Priority: Urgent · Queue: Support · One customer');
    expect(rows[0]!.textContent).toContain('Oldest first');
  });

  it('creates a view shared with everyone from the chosen filters', async () => {
    const { calls } = mockApi(routes({ 'POST /views': { status: 201, body: shared } }));
    const { user, table } = openPage();
    await table();
    await user.click(screen.getByRole('button', { name: 'New shared view' }));
    const drawer = await screen.findByRole('dialog');
    await user.click(within(drawer).getByRole('button', { name: 'Create' }));
    expect(await within(drawer).findByText('Fill this in.')).toBeTruthy();

    await user.type(within(drawer).getByRole('textbox', { name: 'Name' }), 'Open in Support');
    await user.click(within(drawer).getByRole('textbox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Open' }));
    await user.click(within(drawer).getByRole('textbox', { name: 'Queue' }));
    await user.click(await screen.findByRole('option', { name: 'Support' }));
    await user.click(within(drawer).getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      name: 'Open in Support',
      shared: true,
      filters: { status: ['open'], queueIds: [QUEUE_ID] },
      sort: 'last_activity_desc',
      columns: ['number', 'subject', 'customer', 'status', 'priority', 'assignee', 'last_activity'],
    });
  });

  it('keeps conditions it does not show when editing, and deletes after confirming', async () => {
    const { calls } = mockApi(
      routes({
        [`PATCH /views/${SHARED_ID}`]: { status: 200, body: shared },
        [`DELETE /views/${SHARED_ID}`]: { status: 204 },
      }),
    );
    const { user, table } = openPage();
    await user.click(within(await table()).getByRole('button', { name: 'Edit view Urgent support' }));
    const drawer = await screen.findByRole('dialog');
    const name = within(drawer).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Urgent');
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(calls.find((c) => c.method === 'PATCH')!.body).toMatchObject({
      name: 'Urgent',
      filters: { customerId: CUSTOMER_ID, priority: ['urgent'], queueIds: [QUEUE_ID] },
      sort: 'created_asc',
    });

    await user.click(within(await table()).getByRole('button', { name: 'Edit view Urgent support' }));
    const again = await screen.findByRole('dialog');
    await user.click(within(again).getByRole('button', { name: 'Delete view' }));
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    await user.click(within(again).getByRole('button', { name: 'Delete' }));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'DELETE' && c.path === `/views/${SHARED_ID}`)).toBe(true),
    );
  });
});
