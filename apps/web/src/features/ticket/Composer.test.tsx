import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/api-mock.ts';
import { buildTicket, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';

const ticket = buildTicket(9);
const path = `/tickets/${ticket.id}`;
const message = {
  id: '0190a000-0000-7000-8000-0000000000f9',
  ticketId: ticket.id,
  kind: 'reply',
  direction: 'outbound',
  authorType: 'agent',
  authorId: null,
  channel: 'email',
  bodyHtml: '<p>x</p>',
  bodyText: 'x',
  mentions: [],
  attachments: [],
  createdAt: '2025-01-01T08:00:00.000Z',
};

function routes(reply: { status: number; body?: unknown } = { status: 201, body: message }) {
  return mockApi({
    ...workspaceRoutes(),
    [`GET ${path}`]: { status: 200, body: ticket },
    [`GET ${path}/timeline`]: { status: 200, body: { items: [] } },
    'GET /tickets': { status: 200, body: { items: [], nextCursor: null } },
    [`GET ${path}/drafts`]: { status: 200, body: { mine: null, others: [] } },
    'GET /canned-replies': { status: 200, body: { items: [] } },
    [`POST ${path}/messages`]: reply,
  });
}

describe('composer', { timeout: 30_000 }, () => {
  it('sends a reply and sets the status in one action, then clears the draft', async () => {
    const { calls } = routes();
    const { user } = renderApp(path);
    const box = await screen.findByRole('textbox', { name: 'Reply to the customer' });
    await user.type(box, 'Your parcel ships today.');
    await waitFor(() => expect(localStorage.getItem(`kontakt.draft.${ticket.id}`)).toContain('ships today'));
    await user.click(screen.getByRole('button', { name: 'Send and set status' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Send and set “Solved”' }));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/messages'))).toBe(true),
    );
    expect(calls.find((c) => c.method === 'POST' && c.path.endsWith('/messages'))!.body).toEqual({
      kind: 'reply',
      body: { text: 'Your parcel ships today.' },
      status: 'solved',
      mentionIds: [],
      attachmentIds: [],
    });
    await waitFor(() => expect((box as HTMLTextAreaElement).value).toBe(''));
    expect(localStorage.getItem(`kontakt.draft.${ticket.id}`)).toBeNull();
  });

  it('restores a saved draft, mentions a colleague in a note and sends with Ctrl+Enter', async () => {
    localStorage.setItem(
      `kontakt.draft.${ticket.id}`,
      JSON.stringify({ kind: 'note', text: 'Ask ', mentions: {} }),
    );
    const { calls } = routes();
    const { user } = renderApp(path);
    const box = (await screen.findByRole('textbox', { name: 'Internal note' })) as HTMLTextAreaElement;
    expect(box.value).toBe('Ask ');
    await user.click(box);
    await user.keyboard('{End}@kow');
    const list = await screen.findByRole('listbox', { name: 'Colleagues to mention' });
    expect(within(list).getByRole('option', { name: /Anna Kowalska/ })).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(box.value).toBe('Ask @Anna Kowalska ');
    await user.keyboard('to call.{Control>}{Enter}{/Control}');
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/messages'))).toBe(true),
    );
    expect(calls.find((c) => c.method === 'POST' && c.path.endsWith('/messages'))!.body).toEqual({
      kind: 'note',
      body: { text: 'Ask @Anna Kowalska to call.' },
      mentionIds: ['0190a000-0000-7000-8000-000000000002'],
      attachmentIds: [],
    });
  });

  it('keeps the text and says why when sending fails', async () => {
    routes({ status: 409, body: { error: { code: 'ticket_closed', message: 'closed' } } });
    const { user } = renderApp(path);
    const box = await screen.findByRole('textbox', { name: 'Reply to the customer' });
    await user.type(box, 'Hello{Control>}{Enter}{/Control}');
    expect(await screen.findByText(/^Not sent: This ticket is closed\./)).toBeTruthy();
    expect((box as HTMLTextAreaElement).value).toBe('Hello');
  });
});
