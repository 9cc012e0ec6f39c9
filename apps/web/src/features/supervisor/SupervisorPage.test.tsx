import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SupervisorSnapshot } from '@kontakt/contracts';
import { mockApi } from '../../test/api-mock.ts';
import { buildMe, QUEUE_ID, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';

const at = new Date().toISOString();
const snapshot: SupervisorSnapshot = {
  at,
  queues: [
    { queueId: QUEUE_ID, name: 'Support', waiting: 2, longestWaitSeconds: 95 },
    { queueId: '0190a000-0000-7000-8000-0000000000c2', name: 'Sales', waiting: 0, longestWaitSeconds: 0 },
  ],
  agents: [
    {
      agent: { id: '0190a000-0000-7000-8000-000000000002', name: 'Anna Kowalska' },
      state: 'online',
      reason: null,
      since: at,
      chatCapacity: 3,
      activeChats: 1,
    },
    {
      agent: { id: '0190a000-0000-7000-8000-000000000003', name: 'Petr Svoboda' },
      state: 'away',
      reason: { id: '0190a000-0000-7000-8000-00000000e001', code: 'break', label: 'Break' },
      since: at,
      chatCapacity: 2,
      activeChats: 2,
    },
  ],
  chats: [
    {
      session: {
        id: '0190a000-0000-7000-8000-00000000b001',
        ticketId: '0190a000-0000-7000-8000-000000000042',
        channelId: '0190a000-0000-7000-8000-00000000c001',
        queueId: QUEUE_ID,
        state: 'active',
        language: 'pl',
        agent: { id: '0190a000-0000-7000-8000-000000000002', name: 'Anna Kowalska' },
        lastSeq: 4,
        enqueuedAt: at,
        endedAt: null,
        rating: null,
      },
      visitorName: 'Zofia Żółwińska',
      waitedSeconds: 40,
    },
  ],
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

describe('supervisor view', { timeout: 30_000 }, () => {
  it('shows queues, agents with state, reason and load, and chats in progress from the snapshot', async () => {
    mockApi({
      ...workspaceRoutes(),
      'GET /me': { status: 200, body: buildMe({ role: 'lead' }) },
      'GET /chats/supervisor': { status: 200, body: snapshot },
    });
    renderApp('/supervisor');
    expect(await screen.findByRole('heading', { name: 'Live chat supervision' })).toBeTruthy();
    await screen.findByRole('table', { name: 'Queues' });
    expect(rowsOf('Queues')).toEqual([
      ['Support', '2', expect.stringMatching(/^1:3\d$/)],
      ['Sales', '0', '—'],
    ]);
    expect(rowsOf('Agents')).toEqual([
      ['Anna Kowalska', 'Online', '1 / 3'],
      ['Petr Svoboda', 'Away · Break', '2 / 2'],
    ]);
    expect(screen.getByRole('heading', { name: '1 chat in progress' })).toBeTruthy();
    expect(rowsOf('1 chat in progress')).toEqual([
      ['Zofia Żółwińska', 'Support', 'In progress', 'Anna Kowalska', '0:40'],
    ]);
    expect(screen.getByRole('link', { name: 'Zofia Żółwińska' }).getAttribute('href')).toBe(
      '/tickets/0190a000-0000-7000-8000-000000000042',
    );
  });

  it('is not there for agents', async () => {
    mockApi({ ...workspaceRoutes(), 'GET /me': { status: 200, body: buildMe({ role: 'agent' }) } });
    renderApp('/supervisor');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeTruthy();
  });
});
