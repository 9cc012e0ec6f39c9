import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActivityCategory, TimeEntry } from '@kontakt/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { AppProviders, createQueryClient } from '../../app/providers.tsx';
import { createI18n } from '../../i18n/index.ts';
import { mockApi, type Call } from '../../test/api-mock.ts';
import { TicketTimer } from './TicketTimer.tsx';

const TICKET = '0190a000-0000-7000-8000-0000000000a1';
const cat = (id: string, name: string, systemKey: ActivityCategory['systemKey'], isDefault = false) => ({
  id,
  name,
  systemKey,
  isDefault,
  active: true,
  createdAt: '2026-11-02T08:00:00Z',
  updatedAt: '2026-11-02T08:00:00Z',
});
const HANDLING = cat('0190a000-0000-7000-8000-0000000000c1', 'Handling', 'handling', true);
const TRAINING = cat('0190a000-0000-7000-8000-0000000000c2', 'Order entry', 'order_entry');

const entry = (id: string, over: Partial<TimeEntry> = {}): TimeEntry => ({
  id,
  agentId: '0190a000-0000-7000-8000-0000000000b1',
  categoryId: HANDLING.id,
  ticketId: TICKET,
  ticketNumber: 7,
  queueId: null,
  source: 'timer',
  startedAt: '2026-11-02T09:00:00Z',
  endedAt: '2026-11-02T09:00:00Z',
  durationSeconds: 0,
  running: true,
  note: '',
  ...over,
});

let visibility: DocumentVisibilityState = 'visible';
Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
const setVisibility = (v: DocumentVisibilityState) =>
  act(() => {
    visibility = v;
    document.dispatchEvent(new Event('visibilitychange'));
  });
afterEach(() => {
  visibility = 'visible';
});

function mockTimerApi() {
  let n = 0;
  const routes: Record<string, (call: Call) => { status: number; body?: unknown }> = {
    'GET /activity-categories': () => ({ status: 200, body: { items: [HANDLING, TRAINING] } }),
    'POST /time-entries': (call) => ({
      status: 201,
      body: entry('0190a000-0000-7000-8000-0000000000f1', { ...(call.body as object), running: false }),
    }),
    'POST /time-entries/timer': (call) => {
      n += 1;
      const id = `0190a000-0000-7000-8000-00000000000${n}`;
      return {
        status: 201,
        body: entry(id, { categoryId: (call.body as { categoryId?: string }).categoryId }),
      };
    },
  };
  for (let i = 1; i <= 9; i++) {
    const id = `0190a000-0000-7000-8000-00000000000${i}`;
    routes[`POST /time-entries/${id}/heartbeat`] = () => ({
      status: 200,
      body: entry(id, { durationSeconds: 1 }),
    });
    routes[`POST /time-entries/${id}/stop`] = () => ({
      status: 200,
      body: entry(id, { running: false, durationSeconds: 5 }),
    });
  }
  return mockApi(routes);
}

function renderTimer(enabled = true) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  const user = userEvent.setup();
  const view = render(
    <AppProviders i18n={createI18n()} queryClient={queryClient} env="test">
      <TicketTimer ticketId={TICKET} enabled={enabled} heartbeatMs={40} />
    </AppProviders>,
  );
  return { user, ...view };
}

const timerCalls = (calls: Call[]) =>
  calls
    .filter((c) => c.path.startsWith('/time-entries'))
    .map((c) => `${c.path.replace(/0190a000-0000-7000-8000-00000000000/, 'e')}`);

describe('ticket timer', { timeout: 60_000 }, () => {
  it('times stretches: starts on open, beats, pauses with the tab, restarts with a new activity, stops on leave', async () => {
    const { calls } = mockTimerApi();
    const { user, unmount } = renderTimer();
    await waitFor(() => expect(timerCalls(calls)).toContain('/time-entries/e1/heartbeat'));
    expect(calls.find((c) => c.path === '/time-entries/timer')!.body).toEqual({ ticketId: TICKET });

    setVisibility('hidden');
    await waitFor(() => expect(timerCalls(calls)).toContain('/time-entries/e1/stop'));
    setVisibility('visible');
    await waitFor(() => expect(timerCalls(calls).filter((p) => p === '/time-entries/timer')).toHaveLength(2));

    await screen.findByRole('option', { name: 'Order entry' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Activity' }), 'Order entry');
    await waitFor(() => expect(timerCalls(calls)).toContain('/time-entries/e2/stop'));
    await waitFor(() =>
      expect(calls.filter((c) => c.path === '/time-entries/timer').at(-1)!.body).toEqual({
        ticketId: TICKET,
        categoryId: TRAINING.id,
      }),
    );

    await user.click(screen.getByRole('button', { name: 'Pause timer' }));
    await waitFor(() => expect(timerCalls(calls)).toContain('/time-entries/e3/stop'));
    // Three finished stretches of 5 s each, as the server measured them.
    await waitFor(() =>
      expect(screen.getByRole('group', { name: 'Time on this ticket' }).textContent).toContain('0:15'),
    );
    const stretches = timerCalls(calls).filter((p) => p === '/time-entries/timer').length;

    await user.click(screen.getByRole('button', { name: 'Resume timer' }));
    await waitFor(() =>
      expect(timerCalls(calls).filter((p) => p === '/time-entries/timer')).toHaveLength(stretches + 1),
    );
    await waitFor(() => expect(timerCalls(calls)).toContain('/time-entries/e4/heartbeat'));
    unmount();
    await waitFor(() => expect(timerCalls(calls)).toContain('/time-entries/e4/stop'));
  });

  it('adds time spent away from the screen to the ticket, with the chosen activity', async () => {
    const { calls } = mockTimerApi();
    const { user } = renderTimer(false);
    await user.click(await screen.findByRole('button', { name: 'Add time to this ticket' }));
    const form = await screen.findByRole('form', { name: 'Add time to this ticket' });
    const minutes = within(form).getByRole('textbox', { name: 'Minutes' });
    await user.clear(minutes);
    await user.type(minutes, '15');
    await user.click(within(form).getByRole('button', { name: 'Add time' }));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.path === '/time-entries')).toBe(true),
    );
    expect(calls.find((c) => c.path === '/time-entries')!.body).toMatchObject({
      ticketId: TICKET,
      categoryId: HANDLING.id,
      durationSeconds: 900,
    });
  });

  it('starts nothing on a closed ticket', async () => {
    const { calls } = mockTimerApi();
    renderTimer(false);
    await screen.findByRole('group', { name: 'Time on this ticket' });
    await new Promise((r) => setTimeout(r, 150));
    expect(timerCalls(calls)).toEqual([]);
    expect(screen.getByText('Timer off')).toBeTruthy();
  });
});
