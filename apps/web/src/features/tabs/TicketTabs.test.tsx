import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/api-mock.ts';
import { buildTicket, buildView, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';
import { closeTab, openTab, readTabs, TABS_STORAGE_KEY } from './tabs-store.ts';

const one = buildTicket(1);
const two = buildTicket(2);

describe('ticket tabs', { timeout: 30_000 }, () => {
  it('are kept in localStorage, ignore damaged entries and pick a neighbour on close', () => {
    openTab({ id: one.id, number: 1, subject: 'One' });
    openTab({ id: two.id });
    openTab({ id: one.id }); // already open: no duplicate, label kept
    expect(JSON.parse(localStorage.getItem(TABS_STORAGE_KEY)!)).toEqual([
      { id: one.id, number: 1, subject: 'One' },
      { id: two.id },
    ]);
    expect(closeTab(one.id)).toEqual({ id: two.id });
    localStorage.setItem(TABS_STORAGE_KEY, '[{"id":"a"},42,{"nope":1}]');
    expect(readTabs()).toEqual([{ id: 'a' }]);
    localStorage.setItem(TABS_STORAGE_KEY, 'not json');
    expect(readTabs()).toEqual([]);
  });

  it('survive a reload: tabs stored earlier show up and close back to the inbox', async () => {
    localStorage.setItem(
      TABS_STORAGE_KEY,
      JSON.stringify([{ id: two.id, number: 2, subject: 'Earlier ticket' }]),
    );
    mockApi({
      ...workspaceRoutes(),
      [`GET /tickets/${one.id}`]: { status: 200, body: one },
      [`GET /tickets/${one.id}/timeline`]: { status: 200, body: { items: [] } },
      [`GET /tickets/${two.id}`]: { status: 200, body: { ...two, subject: 'Earlier ticket' } },
      [`GET /tickets/${two.id}/timeline`]: { status: 200, body: { items: [] } },
      'GET /tickets': { status: 200, body: { items: [], nextCursor: null } },
      'GET /views': { status: 200, body: { items: [buildView('mine_open', 0)] } },
    });
    const { user, location } = renderApp(`/tickets/${one.id}`);
    const bar = await screen.findByRole('navigation', { name: 'Open tickets' });
    expect(within(bar).getByRole('link', { name: '#2 Earlier ticket' })).toBeTruthy();
    expect(await within(bar).findByRole('link', { name: '#1 Ticket subject 1' })).toBeTruthy();
    expect(readTabs().map((t) => t.id)).toEqual([two.id, one.id]);
    await user.click(within(bar).getByRole('button', { name: 'Close #1' }));
    await waitFor(() => expect(location()).toBe(`/tickets/${two.id}`));
    await user.click(await within(bar).findByRole('button', { name: 'Close #2' }));
    await waitFor(() => expect(location()).toBe('/inbox'));
    expect(readTabs()).toEqual([]);
  });
});
