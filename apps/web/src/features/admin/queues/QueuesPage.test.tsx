import { screen, within } from '@testing-library/react';
import type { Queue, Team } from '@kontakt/contracts';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../../test/api-mock.ts';
import { buildMe } from '../../../test/factories.ts';
import { renderApp } from '../../../test/render-app.tsx';

const TEAM_ID = '0190a000-0000-7000-8000-0000000007a1';
const queue = (n: number, over: Partial<Queue> = {}): Queue => ({
  id: `0190a000-0000-7000-8000-0000000008a${n}`,
  name: `Queue ${n}`,
  description: '',
  teamId: null,
  isDefault: false,
  createdAt: '2025-01-01T08:00:00.000Z',
  ...over,
});
const team: Team = {
  id: TEAM_ID,
  name: 'Reklamace',
  description: '',
  memberIds: [],
  createdAt: '2025-01-01T08:00:00.000Z',
};
const support = queue(1, { name: 'Support', isDefault: true });
const returns = queue(2, { name: 'Returns' });

describe('queues admin screen', { timeout: 60_000 }, () => {
  it('gives a queue to a team and makes it the default; a taken name shows at the name field', async () => {
    const { calls } = mockApi({
      'GET /me': { status: 200, body: buildMe({ role: 'admin' }) },
      'GET /queues': { status: 200, body: { items: [support, returns] } },
      'GET /teams': { status: 200, body: { items: [team] } },
      [`PATCH /queues/${returns.id}`]: [
        apiError(409, 'conflict'),
        { status: 200, body: { ...returns, teamId: TEAM_ID, isDefault: true } },
      ],
    });
    const { user } = renderApp('/admin/queues');
    const table = await screen.findByRole('table', { name: 'Queues' }, { timeout: 30_000 });
    const supportRow = within(table).getByRole('button', { name: 'Edit queue Support' }).closest('tr')!;
    expect(within(supportRow).getByText('Default')).toBeTruthy();
    expect(within(supportRow).getByText('Everyone')).toBeTruthy();

    await user.click(within(table).getByRole('button', { name: 'Edit queue Returns' }));
    const drawer = await screen.findByRole('dialog', { name: 'Returns' });
    await user.click(within(drawer).getByRole('textbox', { name: /^Team/ }));
    await user.click(within(drawer).getByRole('option', { name: 'Reklamace' }));
    await user.click(within(drawer).getByRole('checkbox', { name: /^Make this the default queue/ }));
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    expect(await within(drawer).findByText('Another queue already has this name.')).toBeTruthy();

    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('The queue has been saved.')).toBeTruthy();
    const patches = calls.filter((c) => c.method === 'PATCH');
    expect(patches.at(-1)!.body).toEqual({
      name: 'Returns',
      description: '',
      teamId: TEAM_ID,
      isDefault: true,
    });
  });
});
