import { screen, waitFor } from '@testing-library/react';
import type { ReplyApproval } from '@kontakt/contracts';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/api-mock.ts';
import { buildMe, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';

const held: ReplyApproval = {
  id: '0190a000-0000-7000-8000-000000000801',
  ticketId: '0190a000-0000-7000-8000-000000000701',
  ticketNumber: 1042,
  ticketSubject: 'Where is my parcel?',
  authorId: '0190a000-0000-7000-8000-000000000009',
  authorName: 'Julia Junior',
  bodyText: 'It is on its way.',
  statusAfter: 'pending_customer',
  attachmentCount: 0,
  status: 'pending',
  requestedAt: '2026-11-10T08:00:00.000Z',
  decidedAt: null,
  decidedById: null,
  decidedByName: null,
  note: null,
  edited: false,
  messageId: null,
  waitingMinutes: 42,
  version: 3,
};
const stats = {
  pending: 1,
  oldestPendingMinutes: 42,
  decided: 4,
  approved: 3,
  returned: 1,
  meanWaitMinutes: 12.5,
  medianWaitMinutes: 10,
  byAuthor: [],
};

describe('replies waiting for approval', { timeout: 60_000 }, () => {
  it('lets a senior send an edited reply and return another with a note', async () => {
    const { calls } = mockApi({
      ...workspaceRoutes(),
      'GET /me': { status: 200, body: buildMe({ role: 'agent', level: 'senior' }) },
      'GET /reply-approvals': { status: 200, body: { items: [held] } },
      'GET /reply-approvals/stats': { status: 200, body: stats },
      [`POST /reply-approvals/${held.id}/approve`]: { status: 200, body: { ...held, status: 'approved' } },
      [`POST /reply-approvals/${held.id}/return`]: { status: 200, body: { ...held, status: 'returned' } },
    });
    const { user } = renderApp('/approvals');
    expect(
      await screen.findByRole('heading', { name: 'Replies waiting for approval' }, { timeout: 30_000 }),
    ).toBeTruthy();
    expect(await screen.findByText('1 of 4')).toBeTruthy();
    expect(screen.getByText('13 minutes')).toBeTruthy();
    expect(screen.getByText(/waiting 42 min/)).toBeTruthy();
    expect(screen.getByText('Then set the ticket to: Waiting for customer')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const text = screen.getByRole('textbox', { name: 'Reply as it will be sent' });
    await user.clear(text);
    await user.type(text, 'It arrives tomorrow.');
    await user.click(screen.getByRole('button', { name: 'Send the edited reply' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      version: 3,
      body: { text: 'It arrives tomorrow.' },
    });

    await user.click(screen.getByRole('button', { name: 'Return with a note' }));
    const back = screen.getByRole('button', { name: 'Return to the author' });
    expect((back as HTMLButtonElement).disabled).toBe(true);
    await user.type(
      screen.getByRole('textbox', { name: 'What should be changed?' }),
      'Check the courier first.',
    );
    await user.click(back);
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'POST')[1]!.body).toEqual({
      note: 'Check the courier first.',
      version: 3,
    });
  });

  it('shows a junior their own waiting reply without decision buttons', async () => {
    mockApi({
      ...workspaceRoutes(),
      'GET /me': { status: 200, body: buildMe({ id: held.authorId, role: 'agent', level: 'junior' }) },
      'GET /reply-approvals': { status: 200, body: { items: [held] } },
    });
    renderApp('/approvals');
    expect(
      await screen.findByRole('heading', { name: 'My replies waiting for approval' }, { timeout: 30_000 }),
    ).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Withdraw' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Approve and send' })).toBeNull();
  });
});
