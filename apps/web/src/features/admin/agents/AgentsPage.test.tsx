import { screen, waitFor, within } from '@testing-library/react';
import type { Agent, Team } from '@kontakt/contracts';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi, type MockReply } from '../../../test/api-mock.ts';
import { buildAgent, buildMe } from '../../../test/factories.ts';
import { renderApp } from '../../../test/render-app.tsx';

const TEAM_ID = '0190a000-0000-7000-8000-0000000007a1';
const ANNA_ID = '0190a000-0000-7000-8000-000000000002';
const NEW_ID = '0190a000-0000-7000-8000-000000000009';

const me = buildMe({ role: 'admin' });
const eva = buildAgent({ role: 'admin', lastLoginAt: new Date().toISOString() });
const anna = buildAgent({
  id: ANNA_ID,
  name: 'Anna Kowalska',
  email: 'anna@example.com',
  role: 'lead',
  languages: ['pl'],
  teamIds: [TEAM_ID],
  lastLoginAt: null,
});
const team: Team = {
  id: TEAM_ID,
  name: 'Reklamace',
  description: '',
  memberIds: [ANNA_ID],
  createdAt: '2025-01-01T08:00:00.000Z',
};

function routes(agents: Agent[] = [eva, anna], extra: Record<string, MockReply | MockReply[]> = {}) {
  return {
    'GET /me': { status: 200, body: me },
    'GET /agents': { status: 200, body: { items: agents } },
    'GET /teams': { status: 200, body: { items: [team] } },
    ...extra,
  };
}

/** The text of the error Mantine links to an input through aria-describedby. */
function errorOf(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

async function openList(route = '/admin/agents') {
  const app = renderApp(route);
  // The first render loads the admin code on demand, slow on a busy machine.
  const table = await screen.findByRole('table', { name: 'Agents' }, { timeout: 30_000 });
  return { ...app, table };
}

describe('agents admin screen', { timeout: 60_000 }, () => {
  it('lists agents with role, teams, languages, status and last sign-in, and filters by role', async () => {
    mockApi(routes());
    const { table, user, location } = await openList();
    const annaRow = within(table).getByRole('button', { name: 'Edit Anna Kowalska' }).closest('tr')!;
    expect(within(annaRow).getByText('Team lead')).toBeTruthy();
    expect(await within(annaRow).findByText('Reklamace')).toBeTruthy();
    expect(within(annaRow).getByText('PL')).toBeTruthy();
    expect(within(annaRow).getByText('Active')).toBeTruthy();
    expect(within(annaRow).getByText('Never')).toBeTruthy();
    const evaRow = within(table).getByRole('button', { name: 'Edit Eva Nováková' }).closest('tr')!;
    expect(within(evaRow).getByText('now')).toBeTruthy();
    // The sub-navigation marks where we are.
    const nav = screen.getByRole('navigation', { name: 'Admin sections' });
    expect(within(nav).getByRole('link', { name: 'Agents' }).getAttribute('aria-current')).toBe('page');

    await user.click(screen.getByRole('textbox', { name: 'Filter by role' }));
    await user.click(await screen.findByRole('option', { name: 'Team lead' }));
    await waitFor(() => expect(location()).toBe('/admin/agents?role=lead'));
    expect(within(table).queryByRole('button', { name: 'Edit Eva Nováková' })).toBeNull();
    expect(within(table).getByRole('button', { name: 'Edit Anna Kowalska' })).toBeTruthy();
  });

  it('opens filtered by role from a link, e.g. from the roles screen', async () => {
    mockApi(routes());
    renderApp('/admin/agents?role=qa');
    expect(await screen.findByText('No agent has this role.', {}, { timeout: 30_000 })).toBeTruthy();
  });

  it('checks the form with the contract, shows the server’s answer at the field, then creates and invites', async () => {
    const created = buildAgent({ id: NEW_ID, name: 'Jiří Novák', email: 'jiri@example.com', role: 'lead' });
    const { calls } = mockApi(
      routes([eva, anna], {
        'POST /agents': [apiError(409, 'email_taken'), { status: 201, body: created }],
        [`POST /agents/${NEW_ID}/invitation`]: { status: 202 },
      }),
    );
    const { user } = await openList();
    await user.click(screen.getByRole('button', { name: 'New agent' }));
    const drawer = await screen.findByRole('dialog', { name: 'New agent' });
    const email = within(drawer).getByRole('textbox', { name: /^E-mail/ });
    const name = within(drawer).getByRole('textbox', { name: /^Name/ });

    await user.type(email, 'jiri@');
    await user.click(within(drawer).getByRole('button', { name: 'Create agent' }));
    expect(errorOf(name)).toContain('Fill this in.');
    expect(errorOf(email)).toContain('Enter an e-mail address like name@example.com.');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.type(email, 'example.com');
    await user.type(name, 'Jiří Novák');
    await user.click(within(drawer).getByRole('textbox', { name: /^Role/ }));
    await user.click(within(drawer).getByRole('option', { name: 'Team lead' }));
    await user.click(within(drawer).getByRole('button', { name: 'Create agent' }));
    await waitFor(() =>
      expect(errorOf(email)).toContain('Another account already uses this e-mail address.'),
    );
    expect(email.getAttribute('aria-invalid')).toBe('true');

    await user.click(within(drawer).getByRole('button', { name: 'Create agent' }));
    expect(await screen.findByText('An invitation has been sent to jiri@example.com.')).toBeTruthy();
    expect(screen.getByText('The agent has been created.')).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: 'New agent' })).toBeNull();
    const post = calls.filter((c) => c.method === 'POST' && c.path === '/agents').at(-1)!;
    expect(post.body).toEqual({
      email: 'jiri@example.com',
      name: 'Jiří Novák',
      role: 'lead',
      level: 'regular',
      languages: [],
      skills: [],
      locale: 'en',
      teamIds: [],
    });
    expect(post.headers['x-csrf-token']).toBe('csrf-token-1');
    // The list is fetched again after the save.
    expect(calls.filter((c) => c.method === 'GET' && c.path === '/agents').length).toBeGreaterThan(1);
  });

  it('sets a password instead of inviting when asked to', async () => {
    const created = buildAgent({ id: NEW_ID, name: 'Jan', email: 'jan@example.com' });
    const { calls } = mockApi(routes([eva], { 'POST /agents': { status: 201, body: created } }));
    const { user } = await openList();
    await user.click(screen.getByRole('button', { name: 'New agent' }));
    const drawer = await screen.findByRole('dialog', { name: 'New agent' });
    await user.type(within(drawer).getByRole('textbox', { name: /^Name/ }), 'Jan');
    await user.type(within(drawer).getByRole('textbox', { name: /^E-mail/ }), 'jan@example.com');
    await user.click(within(drawer).getByRole('radio', { name: 'Set a password now and hand it over' }));
    const password = within(drawer).getByLabelText(/^Password/);
    await user.type(password, 'short');
    await user.click(within(drawer).getByRole('button', { name: 'Create agent' }));
    expect(errorOf(password)).toContain('Use at least 10 characters.');
    await user.type(password, ' but now long');
    await user.click(within(drawer).getByRole('button', { name: 'Create agent' }));
    expect(await screen.findByText('The agent has been created.')).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST' && c.path === '/agents')!;
    expect(post.body).toMatchObject({ email: 'jan@example.com', password: 'short but now long' });
    expect(calls.some((c) => c.path.endsWith('/invitation'))).toBe(false);
  });

  it('changes and deactivates an agent, but not the signed-in admin’s own role', async () => {
    const { calls } = mockApi(
      routes([eva, anna], {
        [`PATCH /agents/${ANNA_ID}`]: { status: 200, body: { ...anna, active: false, level: 'senior' } },
      }),
    );
    const { user } = await openList();
    await user.click(screen.getByRole('button', { name: 'Edit Eva Nováková' }));
    let drawer = await screen.findByRole('dialog', { name: 'Eva Nováková' });
    expect(within(drawer).getByRole('textbox', { name: /^Role/ }).hasAttribute('disabled')).toBe(true);
    expect(
      within(drawer)
        .getByRole('switch', { name: /^Active/ })
        .hasAttribute('disabled'),
    ).toBe(true);
    await user.click(within(drawer).getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByRole('button', { name: 'Edit Anna Kowalska' }));
    drawer = await screen.findByRole('dialog', { name: 'Anna Kowalska' });
    await user.click(within(drawer).getByRole('textbox', { name: /^Level/ }));
    await user.click(within(drawer).getByRole('option', { name: 'Senior' }));
    await user.click(within(drawer).getByRole('switch', { name: /^Active/ }));
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Changes to Anna Kowalska have been saved.')).toBeTruthy();
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.body).toEqual({
      name: 'Anna Kowalska',
      role: 'lead',
      level: 'senior',
      languages: ['pl'],
      skills: [],
      locale: 'en',
      teamIds: [TEAM_ID],
      active: false,
    });
  });
});
