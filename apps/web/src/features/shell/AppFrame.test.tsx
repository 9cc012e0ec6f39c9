import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/api-mock.ts';
import { buildMe, buildView, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';

describe('signed-in frame', () => {
  it('shows who is signed in and hides Admin from agents', async () => {
    mockApi({
      ...workspaceRoutes(),
      'GET /me': { status: 200, body: buildMe({ role: 'agent' }) },
      'GET /views': { status: 200, body: { items: [buildView('mine_open', 0)] } },
      'GET /tickets': { status: 200, body: { items: [], nextCursor: null } },
    });
    renderApp('/inbox');
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    const labels = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(labels).toEqual([
      'Inbox',
      'Customers',
      'Complaints',
      'Returns',
      'Orders',
      'My numbers',
      'Quality',
      'Approvals',
      'Time',
    ]);
    expect(screen.getByRole('banner').textContent).toContain('Eva Nováková');
    expect(screen.getByRole('banner').textContent).toContain('Agent');
    expect(screen.getByRole('banner').textContent).toContain('Acme s.r.o.');
    expect(await screen.findByText('All quiet for now')).toBeTruthy();
  });

  it('shows Admin to admins, and "not found" to others who type its address', async () => {
    mockApi({ 'GET /me': { status: 200, body: buildMe({ role: 'admin' }) } });
    const { user, location } = renderApp('/inbox');
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    await user.click(within(nav).getByRole('link', { name: 'Admin' }));
    // The admin area opens its first section.
    expect(await screen.findByRole('heading', { name: 'Agents' }, { timeout: 30_000 })).toBeTruthy();
    expect(location()).toBe('/admin/agents');
  });

  it('answers "not found" when an agent opens /admin', async () => {
    mockApi({ 'GET /me': { status: 200, body: buildMe({ role: 'agent' }) } });
    renderApp('/admin');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeTruthy();
  });

  it('signs out with the CSRF token and returns to the sign-in page', async () => {
    const { calls } = mockApi({
      'GET /me': { status: 200, body: buildMe() },
      'POST /auth/logout': { status: 204 },
    });
    const { user, location } = renderApp('/customers');
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(location()).toBe('/login'));
    const logout = calls.find((c) => c.path === '/auth/logout')!;
    expect(logout.headers['x-csrf-token']).toBe('csrf-token-1');
    expect(await screen.findByRole('heading', { name: 'Sign in to Kontakt' })).toBeTruthy();
  });

  it('toggles the colour scheme and labels the toggle for screen readers', async () => {
    mockApi({ 'GET /me': { status: 200, body: buildMe() } });
    const { user } = renderApp('/inbox');
    await user.click(await screen.findByRole('button', { name: 'Switch to dark theme' }));
    expect(screen.getByRole('button', { name: 'Switch to light theme' })).toBeTruthy();
    expect(localStorage.getItem('kontakt.color-scheme')).toBe('dark');
  });
});
