import { screen, waitFor, within } from '@testing-library/react';
import type { TimeReport } from '@kontakt/contracts';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/api-mock.ts';
import { buildMe } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';

const CATEGORY = {
  id: '0190a000-0000-7000-8000-0000000000c1',
  name: 'Training',
  systemKey: 'training',
  isDefault: false,
  active: true,
  createdAt: '2026-11-02T08:00:00Z',
  updatedAt: '2026-11-02T08:00:00Z',
};
const report = (groupBy: string): TimeReport => ({
  from: '2026-11-02T00:00:00.000Z',
  to: '2026-11-09T00:00:00.000Z',
  groupBy: [groupBy as 'category'],
  rows: [
    {
      categoryId: groupBy === 'category' ? CATEGORY.id : null,
      categoryName: groupBy === 'category' ? 'Training' : null,
      agentId: groupBy === 'agent' ? '0190a000-0000-7000-8000-0000000000b1' : null,
      agentName: groupBy === 'agent' ? 'Jana Nowak' : null,
      queueId: null,
      queueName: null,
      seconds: 5400,
      entries: 2,
    },
  ],
  totalSeconds: 5400,
});

describe('time per activity page', { timeout: 120_000 }, () => {
  it('shows the report as chart and table, regroups it, and adds a manual entry', async () => {
    const { calls } = mockApi({
      'GET /me': { status: 200, body: buildMe({ role: 'lead' }) },
      'GET /activity-categories': { status: 200, body: { items: [CATEGORY] } },
      'GET /reports/time': (call) => ({ status: 200, body: report(call.query.groupBy!) }),
      'GET /time-entries': { status: 200, body: { items: [] } },
      'POST /time-entries': { status: 201, body: {} },
    });
    const { user } = renderApp('/time');
    const table = await screen.findByRole('table', { name: 'Time per group' }, { timeout: 30_000 });
    expect(within(table).getAllByRole('row')[1]!.textContent).toBe('Training1:30:002');
    expect(screen.getByRole('img', { name: 'Hours per group' })).toBeTruthy();
    expect(screen.getByText("Everyone's time in the period.")).toBeTruthy();
    expect(screen.getByText('You have no time entries in this period.')).toBeTruthy();

    await user.click(screen.getByText('Agent'));
    await waitFor(() =>
      expect(screen.getByRole('table', { name: 'Time per group' }).textContent).toContain('Jana Nowak'),
    );
    expect(calls.filter((c) => c.path === '/reports/time').map((c) => c.query.groupBy)).toEqual([
      'category',
      'agent',
    ]);

    const form = screen.getByRole('form', { name: 'Add time by hand' });
    const minutes = within(form).getByRole('textbox', { name: 'Minutes' });
    await user.clear(minutes);
    await user.type(minutes, '45');
    await user.click(within(form).getByRole('button', { name: 'Add time' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({
      categoryId: CATEGORY.id,
      durationSeconds: 2700,
      note: '',
    });
  });
});
