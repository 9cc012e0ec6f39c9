import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Wallboard } from '@kontakt/contracts';
import { mockApi } from '../../test/api-mock.ts';
import { buildMe, QUEUE_ID, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';
import { throttle } from './throttle.ts';

const at = new Date().toISOString();
const chat = {
  thresholdSeconds: 20,
  variant: 'abandons_missed' as const,
  entered: 12,
  waiting: 2,
  answered: 8,
  answeredWithinThreshold: 6,
  abandoned: 2,
  serviceLevel: 0.6,
  abandonment: 0.2,
  averageSpeedOfAnswerSeconds: 14,
};
const board: Wallboard = {
  at,
  riskMinutes: 60,
  queues: [
    {
      queueId: QUEUE_ID,
      name: 'Support',
      chatsWaiting: 2,
      longestChatWaitSeconds: 95,
      ticketsWaiting: 7,
      oldestTicketWaitSeconds: 7260,
      slaAtRisk: 3,
      slaBreached: 1,
    },
    {
      queueId: '0190a000-0000-7000-8000-0000000000c2',
      name: 'Sales',
      chatsWaiting: 0,
      longestChatWaitSeconds: null,
      ticketsWaiting: 0,
      oldestTicketWaitSeconds: null,
      slaAtRisk: 0,
      slaBreached: 0,
    },
  ],
  agentStates: { online: 1, busy: 0, away: 1, offline: 0 },
  agents: [
    {
      agent: { id: '0190a000-0000-7000-8000-000000000003', name: 'Petr Svoboda' },
      state: 'away',
      reason: { id: '0190a000-0000-7000-8000-00000000e001', code: 'break', label: 'Break' },
      since: at,
      chatCapacity: 2,
      activeChats: 0,
      openTickets: 4,
    },
    {
      agent: { id: '0190a000-0000-7000-8000-000000000002', name: 'Anna Kowalska' },
      state: 'online',
      reason: null,
      since: at,
      chatCapacity: 3,
      activeChats: 1,
      openTickets: 2,
    },
  ],
  today: {
    since: at,
    timeZone: 'Europe/Warsaw',
    tickets: 40,
    byChannel: [
      { channel: 'email', count: 28 },
      { channel: 'chat', count: 12 },
    ],
    chat,
  },
};

const rowsOf = (name: string) =>
  within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

const tile = (name: string) => screen.getByRole('region', { name }).textContent;

describe('wallboard', { timeout: 30_000 }, () => {
  it('shows queues, SLA at risk, agents by state and load, and today in big numbers', async () => {
    mockApi({
      ...workspaceRoutes(),
      'GET /me': { status: 200, body: buildMe({ role: 'lead' }) },
      'GET /wallboard': { status: 200, body: board },
    });
    renderApp('/wallboard');
    expect(await screen.findByRole('heading', { name: 'Wallboard', level: 1 })).toBeTruthy();
    await screen.findByRole('table', { name: 'Queues' });
    expect(rowsOf('Queues')).toEqual([
      [
        'Support',
        '2',
        expect.stringMatching(/^[12] min \d\d s$/),
        '7',
        expect.stringMatching(/^2 h 01 min$/),
        '3',
        '1',
      ],
      ['Sales', '0', 'n/a', '0', 'n/a', '0', '0'],
    ]);
    // Online first, then away; the reason is named.
    expect(rowsOf('Agents')).toEqual([
      ['Anna Kowalska', 'Online', '1 / 3', '2'],
      ['Petr Svoboda', 'Away · Break', '0 / 2', '4'],
    ]);
    expect(tile('Chats waiting')).toContain('Attention');
    expect(tile('SLA breached')).toContain('Alert');
    expect(tile('SLA at risk')).toContain('due within 60 minutes');
    expect(tile('Tickets today')).toContain('E-mail 28 · Chat 12');
    expect(tile('Chat service level today')).toContain('60%');
    expect(tile('Chat service level today')).toContain('answered within 20 s; abandons count as missed');
    expect(tile('Chat abandonment today')).toContain('8 answered, 2 abandoned');
    expect(tile('Agents available or busy')).toContain('1 online · 0 busy · 1 away · 0 offline');
  });

  it('shows n/a for an empty day, never 0 %', async () => {
    const empty: Wallboard = {
      ...board,
      queues: [],
      agents: [],
      today: {
        ...board.today,
        tickets: 0,
        byChannel: [],
        chat: { ...chat, entered: 0, answered: 0, abandoned: 0, serviceLevel: null, abandonment: null },
      },
    };
    mockApi({
      ...workspaceRoutes(),
      'GET /me': { status: 200, body: buildMe({ role: 'admin' }) },
      'GET /wallboard': { status: 200, body: empty },
    });
    renderApp('/wallboard');
    await screen.findByRole('table', { name: 'Queues' });
    expect(tile('Chat service level today')).toContain('n/a');
    expect(tile('Chat service level today')).not.toContain('0%');
    expect(tile('Chat abandonment today')).toContain('n/a');
    expect(screen.getByText('No queues.')).toBeTruthy();
  });

  it('is not there for agents', async () => {
    const { calls } = mockApi({
      ...workspaceRoutes(),
      'GET /me': { status: 200, body: buildMe({ role: 'agent' }) },
    });
    renderApp('/wallboard');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeTruthy();
    expect(calls.some((c) => c.path === '/wallboard')).toBe(false);
  });
});

describe('live refresh throttle', () => {
  afterEach(() => vi.useRealTimers());

  it('folds a burst into one call and calls again for changes after it, at most once a second', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const t = throttle(run, 1000, () => Date.now());
    t.trigger();
    t.trigger();
    t.trigger();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(200);
    t.trigger();
    vi.advanceTimersByTime(700);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(2);
    t.trigger();
    t.cancel();
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
