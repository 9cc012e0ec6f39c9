import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/api-mock.ts';
import { buildAgent, buildMe } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';

const agents = [
  buildAgent({ role: 'admin' }),
  buildAgent({ id: '0190a000-0000-7000-8000-000000000002', name: 'Quinn', role: 'qa' }),
  buildAgent({ id: '0190a000-0000-7000-8000-000000000003', name: 'Quido', role: 'qa' }),
];

describe('admin area', { timeout: 60_000 }, () => {
  it('opens the first section at /admin and moves between sections from its navigation', async () => {
    mockApi({
      'GET /me': { status: 200, body: buildMe({ role: 'admin' }) },
      'GET /agents': { status: 200, body: { items: agents } },
      'GET /teams': { status: 200, body: { items: [] } },
      'GET /queues': { status: 200, body: { items: [] } },
    });
    const { user, location } = renderApp('/admin');
    const nav = await screen.findByRole('navigation', { name: 'Admin sections' }, { timeout: 30_000 });
    await waitFor(() => expect(location()).toBe('/admin/agents'));
    const links = within(nav).getAllByRole('link');
    expect(links.slice(0, 4).map((l) => l.textContent)).toEqual(['Agents', 'Teams', 'Roles', 'Queues']);

    await user.click(within(nav).getByRole('link', { name: 'Queues' }));
    expect(await screen.findByRole('heading', { name: 'Queues' })).toBeTruthy();
    expect(await screen.findByText('No queues yet. Create the first one with “New queue”.')).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Queues' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Agents' }).getAttribute('aria-current')).toBeNull();
  });

  it('explains the roles, counts their agents and links to them', async () => {
    mockApi({
      'GET /me': { status: 200, body: buildMe({ role: 'admin', locale: 'pl' }) },
      'GET /agents': { status: 200, body: { items: agents } },
      'GET /teams': { status: 200, body: { items: [] } },
    });
    const { user, location } = renderApp('/admin/roles');
    const matrix = await screen.findByRole(
      'table',
      { name: 'Uprawnienia poszczególnych ról' },
      { timeout: 30_000 },
    );
    const row = within(matrix)
      .getByRole('rowheader', { name: 'Odpowiada klientom i zmienia zgłoszenia' })
      .closest('tr')!;
    // Columns: agent, lead, qa, admin — QA only reads.
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Tak', 'Tak', 'Nie', 'Tak']);

    const qa = screen.getByRole('region', { name: 'Analityk jakości' });
    await user.click(await within(qa).findByRole('link', { name: '2 konsultantów' }));
    await waitFor(() => expect(location()).toBe('/admin/agents?role=qa'));
    const table = await screen.findByRole('table', { name: 'Konsultanci' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('is not there for agents', async () => {
    mockApi({ 'GET /me': { status: 200, body: buildMe({ role: 'lead' }) } });
    renderApp('/admin/teams');
    expect(await screen.findByRole('heading', { name: 'Page not found' }, { timeout: 30_000 })).toBeTruthy();
  });
});
