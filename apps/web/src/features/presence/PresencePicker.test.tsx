import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AgentPresence, PresenceReason } from '@kontakt/contracts';
import { mockApi } from '../../test/api-mock.ts';
import { buildView, ME_ID, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';

const reason = (
  n: number,
  code: string,
  label: string,
  states: PresenceReason['states'],
): PresenceReason => ({
  id: `0190a000-0000-7000-8000-00000000e00${n}`,
  code,
  label,
  states,
  active: true,
});
const reasons = [
  reason(1, 'break', 'Break', ['away']),
  reason(2, 'training', 'Training', ['away', 'busy']),
  { ...reason(3, 'old', 'Retired reason', ['away']), active: false },
];
const presence = (state: AgentPresence['state'], r: PresenceReason | null = null): AgentPresence => ({
  agent: { id: ME_ID, name: 'Eva Nováková' },
  state,
  reason: r && { id: r.id, code: r.code, label: r.label },
  since: '2025-01-01T08:00:00.000Z',
  chatCapacity: 3,
  activeChats: 0,
});

describe('presence picker', { timeout: 30_000 }, () => {
  it('shows the current state, offers the reasons each state allows and saves the choice', async () => {
    const { calls } = mockApi({
      ...workspaceRoutes(),
      'GET /views': { status: 200, body: { items: [buildView('mine_open', 0)] } },
      'GET /tickets': { status: 200, body: { items: [], nextCursor: null } },
      'GET /presence/me': { status: 200, body: presence('online') },
      'GET /presence/reasons': { status: 200, body: reasons },
      'PUT /presence/me': { status: 200, body: presence('away', reasons[1]!) },
    });
    const { user } = renderApp('/inbox');
    const button = await screen.findByRole('button', { name: 'Your availability: Online. Change' });
    await user.click(button);
    const items = (await screen.findAllByRole('menuitem')).map((item) => item.textContent);
    expect(items).toEqual([
      'Online',
      'Away',
      'Away — Break',
      'Away — Training',
      'Busy',
      'Busy — Training',
      'Offline',
    ]);
    // Keyboard: arrows move through the menu, Enter picks.
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{Enter}');
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({ state: 'away', reasonId: reasons[1]!.id });
    expect(
      await screen.findByRole('button', { name: 'Your availability: Away · Training. Change' }),
    ).toBeTruthy();
  });
});
