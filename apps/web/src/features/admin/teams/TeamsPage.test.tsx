import { screen, waitFor, within } from '@testing-library/react';
import type { Team } from '@kontakt/contracts';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi, type MockReply } from '../../../test/api-mock.ts';
import { buildAgent, buildMe } from '../../../test/factories.ts';
import { renderApp } from '../../../test/render-app.tsx';

const agentId = (n: number) => `0190a000-0000-7000-8000-00000000010${n}`;
const TEAM_ID = '0190a000-0000-7000-8000-0000000007a1';
const agents = [
  buildAgent({ id: agentId(1), name: 'Anna Kowalska' }),
  buildAgent({ id: agentId(2), name: 'Bartek Nowak' }),
  buildAgent({ id: agentId(3), name: 'Cyril Dvořák' }),
  buildAgent({ id: agentId(4), name: 'Dana Malá' }),
  buildAgent({ id: agentId(5), name: 'Ema Horáková' }),
  buildAgent({ id: agentId(6), name: 'Filip Gone', active: false }),
];
const team = (over: Partial<Team> = {}): Team => ({
  id: TEAM_ID,
  name: 'Reklamace',
  description: 'Complaints and returns',
  memberIds: agents.slice(0, 5).map((a) => a.id),
  createdAt: '2025-01-01T08:00:00.000Z',
  ...over,
});

function routes(extra: Record<string, MockReply | MockReply[]> = {}) {
  return {
    'GET /me': { status: 200, body: buildMe({ role: 'admin' }) },
    'GET /agents': { status: 200, body: { items: agents } },
    'GET /teams': { status: 200, body: { items: [team()] } },
    ...extra,
  };
}

function errorOf(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('teams admin screen', { timeout: 60_000 }, () => {
  it.each([
    ['en', '5 members', 'Anna Kowalska, Bartek Nowak, Cyril Dvořák, Dana Malá and 1 more'],
    ['pl', '5 członków', 'Anna Kowalska, Bartek Nowak, Cyril Dvořák, Dana Malá i 1 inna osoba'],
    ['cs', '5 členů', 'Anna Kowalska, Bartek Nowak, Cyril Dvořák, Dana Malá a 1 další'],
  ] as const)('lists teams with their size and members (%s)', async (locale, size, members) => {
    mockApi(routes({ 'GET /me': { status: 200, body: buildMe({ role: 'admin', locale }) } }));
    renderApp('/admin/teams');
    // The first render loads the admin code on demand, slow on a busy machine.
    const edit = await screen.findByRole('button', { name: /Reklamace$/ }, { timeout: 30_000 });
    const row = edit.closest('tr')!;
    expect(await within(row).findByText(size)).toBeTruthy();
    expect(await within(row).findByText(members)).toBeTruthy();
  });

  it('creates a team with members, showing a taken name at the name field', async () => {
    const created = team({ id: agentId(9), name: 'Fakturace', description: '', memberIds: [agentId(2)] });
    const { calls } = mockApi(
      routes({ 'POST /teams': [apiError(409, 'conflict'), { status: 201, body: created }] }),
    );
    const { user } = renderApp('/admin/teams');
    await user.click(await screen.findByRole('button', { name: 'New team' }, { timeout: 30_000 }));
    const drawer = await screen.findByRole('dialog', { name: 'New team' });
    const name = within(drawer).getByRole('textbox', { name: /^Name/ });

    await user.click(within(drawer).getByRole('button', { name: 'Create team' }));
    expect(errorOf(name)).toContain('Fill this in.');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.type(name, 'Fakturace');
    await user.click(within(drawer).getByRole('textbox', { name: /^Members/ }));
    // Deactivated agents are not offered.
    expect(within(drawer).queryByRole('option', { name: 'Filip Gone' })).toBeNull();
    await user.click(within(drawer).getByRole('option', { name: 'Bartek Nowak' }));
    await user.click(within(drawer).getByRole('button', { name: 'Create team' }));
    await waitFor(() => expect(errorOf(name)).toContain('Another team already has this name.'));

    await user.click(within(drawer).getByRole('button', { name: 'Create team' }));
    expect(await screen.findByText('The team has been created.')).toBeTruthy();
    const posts = calls.filter((c) => c.method === 'POST' && c.path === '/teams');
    expect(posts).toHaveLength(2);
    expect(posts[1]!.body).toEqual({ name: 'Fakturace', description: '', memberIds: [agentId(2)] });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New team' })).toBeNull());
  });

  it('renames a team and changes its members', async () => {
    const { calls } = mockApi(
      routes({ [`PATCH /teams/${TEAM_ID}`]: { status: 200, body: team({ name: 'Returns' }) } }),
    );
    const { user } = renderApp('/admin/teams');
    await user.click(await screen.findByRole('button', { name: 'Edit team Reklamace' }, { timeout: 30_000 }));
    const drawer = await screen.findByRole('dialog', { name: 'Reklamace' });
    const name = within(drawer).getByRole('textbox', { name: /^Name/ });
    await user.clear(name);
    await user.type(name, 'Returns');
    // Choosing a chosen member again takes them out.
    await user.click(within(drawer).getByRole('textbox', { name: /^Members/ }));
    await user.click(within(drawer).getByRole('option', { name: 'Anna Kowalska' }));
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('The team has been saved.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({
      name: 'Returns',
      description: 'Complaints and returns',
      memberIds: agents.slice(1, 5).map((a) => a.id),
    });
  });
});
