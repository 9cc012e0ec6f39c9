import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Message } from '@kontakt/contracts';
import { mockApi } from '../../test/api-mock.ts';
import { buildTicket, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';

const source = buildTicket(21, { subject: 'Duplikat' });
const target = buildTicket(7, { subject: 'Reklamacja butów' });
const parent = buildTicket(3, { subject: 'Awaria kuriera' });

const message = (n: number, text: string): Message => ({
  id: `0190a000-0000-7000-8000-0000000003${String(n).padStart(2, '0')}`,
  ticketId: source.id,
  kind: 'reply',
  direction: 'inbound',
  authorType: 'customer',
  authorId: null,
  channel: 'email',
  bodyHtml: `<p>${text}</p>`,
  bodyText: text,
  mentions: [],
  attachments: [],
  createdAt: '2025-01-01T08:00:00.000Z',
});

function routes(extra: Record<string, unknown> = {}) {
  const timeline = (id: string, texts: string[]) => ({
    status: 200,
    body: {
      items: texts.map((text, i) => ({
        type: 'message',
        at: '2025-01-01T08:00:00.000Z',
        message: { ...message(i + 1, text), ticketId: id },
      })),
    },
  });
  return {
    ...workspaceRoutes(),
    [`GET /tickets/${source.id}`]: { status: 200, body: source },
    [`GET /tickets/${source.id}/timeline`]: timeline(source.id, ['Pierwsza', 'Druga sprawa']),
    [`GET /tickets/${source.id}/links`]: {
      status: 200,
      body: {
        items: [
          { ticketId: parent.id, number: 3, subject: parent.subject, status: 'open', relation: 'parent' },
        ],
      },
    },
    [`GET /tickets/${target.id}`]: { status: 200, body: target },
    [`GET /tickets/${target.id}/timeline`]: timeline(target.id, ['Reklamacja']),
    [`GET /tickets/${target.id}/links`]: { status: 200, body: { items: [] } },
    'GET /tickets': { status: 200, body: { items: [], nextCursor: null } },
    ...extra,
  } as Parameters<typeof mockApi>[0];
}

describe('merge, split and links in the ticket view', { timeout: 30_000 }, () => {
  it('merges into a picked ticket after confirming and continues on the target', async () => {
    const { calls } = mockApi(
      routes({
        'GET /search': {
          status: 200,
          body: { tickets: [{ ticket: target, matchedIn: 'ticket', messageId: null, snippet: '' }] },
        },
        [`POST /tickets/${source.id}/merge`]: { status: 200, body: { ...target, version: 2 } },
      }),
    );
    const { user, location } = renderApp(`/tickets/${source.id}`);
    await screen.findByText('Druga sprawa');
    await user.click(screen.getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Merge into another ticket…' }));
    const panel = screen.getByRole('region', { name: 'Merge into another ticket' });
    await user.type(within(panel).getByRole('textbox', { name: /Target ticket/ }), '#7');
    await waitFor(() => expect(calls.some((c) => c.path === '/search' && c.query.q === '7')).toBe(true));
    await user.click(await screen.findByRole('option', { name: /#7 Reklamacja butów/ }));
    expect(panel.textContent).toContain('#21 will be merged into #7 Reklamacja butów');
    expect(calls.some((c) => c.method === 'POST' && !c.path.startsWith('/time-entries'))).toBe(false);
    await user.click(within(panel).getByRole('button', { name: 'Merge into #7' }));
    await waitFor(() => expect(location()).toBe(`/tickets/${target.id}`));
    expect(calls.find((c) => c.path.endsWith('/merge'))!.body).toEqual({ targetId: target.id });
    expect((await screen.findByRole('status')).textContent).toBe('Ticket #21 was merged into this one.');
  });

  it('lists linked tickets as links with their relation', async () => {
    mockApi(routes());
    renderApp(`/tickets/${source.id}`);
    const links = await screen.findByRole('region', { name: 'Linked tickets' });
    const link = await within(links).findByRole('link', { name: '#3 Awaria kuriera' });
    expect(link.getAttribute('href')).toBe(`/tickets/${parent.id}`);
    expect(links.textContent).toContain('Parent');
  });

  it('splits a message into a new ticket from the message menu', async () => {
    const created = buildTicket(22, { subject: 'Druga sprawa' });
    const { calls } = mockApi(
      routes({
        [`POST /tickets/${source.id}/split`]: { status: 201, body: created },
        [`GET /tickets/${created.id}/timeline`]: { status: 200, body: { items: [] } },
        [`GET /tickets/${created.id}/links`]: { status: 200, body: { items: [] } },
      }),
    );
    const { user, location } = renderApp(`/tickets/${source.id}`);
    const second = await screen.findByText('Druga sprawa');
    const card = second.closest('article')!;
    await user.click(within(card).getByRole('button', { name: 'Message actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Split into a new ticket' }));
    const form = within(card).getByRole('form', { name: 'Split into a new ticket' });
    const subject = within(form).getByRole('textbox', { name: 'Subject of the new ticket' });
    await user.clear(subject);
    await user.type(subject, 'Druga sprawa');
    await user.click(within(form).getByRole('button', { name: 'Split' }));
    await waitFor(() => expect(location()).toBe(`/tickets/${created.id}`));
    expect(calls.find((c) => c.path.endsWith('/split'))!.body).toEqual({
      messageId: message(2, '').id,
      subject: 'Druga sprawa',
    });
  });
});
