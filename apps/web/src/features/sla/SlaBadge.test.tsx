import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/api-mock.ts';
import { buildTicket, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';

const now = Date.now();
const iso = (ms: number) => new Date(ms).toISOString();
const base = { businessHours: false, metAt: null, warnedAt: null, paused: false, minutes: 240 };
const ticket = buildTicket(7, {
  sla: {
    policyId: '0190a000-0000-7000-8000-0000000000f1',
    calendarId: null,
    targets: [
      {
        ...base,
        target: 'first_response',
        dueAt: iso(now - 20 * 60_000),
        warnAt: iso(now - 60 * 60_000),
        breachedAt: iso(now - 20 * 60_000),
        remainingMinutes: -20,
      },
      {
        ...base,
        target: 'resolution',
        dueAt: iso(now + 150 * 60_000),
        warnAt: iso(now + 100 * 60_000),
        breachedAt: null,
        remainingMinutes: 150,
      },
    ],
  },
});

describe('SLA badges in the properties panel', { timeout: 30_000 }, () => {
  it('shows each target with the time left or overdue in words; colour repeats the state', async () => {
    mockApi({
      ...workspaceRoutes(),
      [`GET /tickets/${ticket.id}`]: { status: 200, body: ticket },
      [`GET /tickets/${ticket.id}/timeline`]: { status: 200, body: { items: [] } },
      [`GET /tickets/${ticket.id}/links`]: { status: 200, body: { items: [] } },
      'GET /tickets': { status: 200, body: { items: [], nextCursor: null } },
    });
    renderApp(`/tickets/${ticket.id}`);
    const group = await screen.findByRole('group', { name: 'Service level' });
    const overdue = within(group).getByText('First response: 20 min overdue');
    expect(overdue.closest('[data-state]')!.getAttribute('data-state')).toBe('breached');
    const left = within(group).getByText('Resolution: 2 h 30 min left');
    expect(left.closest('[data-state]')!.getAttribute('data-state')).toBe('normal');
  });
});
