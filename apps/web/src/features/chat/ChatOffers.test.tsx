import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChatOffer, ChatSession } from '@kontakt/contracts';
import { apiError, mockApi } from '../../test/api-mock.ts';
import { buildTicket, buildView, QUEUE_ID, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';
import { readTabs } from '../tabs/tabs-store.ts';

const ticket = buildTicket(42, { channel: 'chat', subject: 'Chat with Jana' });
const offer: ChatOffer = {
  id: '0190a000-0000-7000-8000-00000000a001',
  sessionId: '0190a000-0000-7000-8000-00000000b001',
  ticketId: ticket.id,
  queueId: QUEUE_ID,
  visitorName: 'Jana Dvořáková',
  topic: 'Where is my parcel?',
  language: 'cs',
  offeredAt: new Date(Date.now() - 5_000).toISOString(),
  // A long window: the machine may be slow, and the test must not depend on timing.
  expiresAt: new Date(Date.now() + 600_000).toISOString(),
};
const session: ChatSession = {
  id: offer.sessionId,
  ticketId: ticket.id,
  channelId: '0190a000-0000-7000-8000-00000000c001',
  queueId: QUEUE_ID,
  state: 'active',
  language: 'cs',
  agent: { id: '0190a000-0000-7000-8000-000000000001', name: 'Eva Nováková' },
  lastSeq: 1,
  enqueuedAt: offer.offeredAt,
  endedAt: null,
  rating: null,
};

function routes(accept: { status: number; body?: unknown }) {
  return mockApi({
    ...workspaceRoutes(),
    'GET /views': { status: 200, body: { items: [buildView('mine_open', 0)] } },
    'GET /tickets': { status: 200, body: { items: [], nextCursor: null } },
    'GET /chats/offers': { status: 200, body: [offer] },
    [`POST /chats/offers/${offer.id}/accept`]: accept,
    [`GET /tickets/${ticket.id}`]: { status: 200, body: ticket },
    [`GET /tickets/${ticket.id}/timeline`]: { status: 200, body: { items: [] } },
    [`GET /chats/by-ticket/${ticket.id}`]: { status: 200, body: session },
    'GET /canned-replies': { status: 200, body: { items: [] } },
  });
}

describe('chat offers', { timeout: 30_000 }, () => {
  it('shows who waits for what and how long is left, and Alt+A opens the accepted chat as a tab', async () => {
    const { calls } = routes({ status: 200, body: session });
    const { user, location } = renderApp('/inbox');
    const region = await screen.findByRole('region', { name: 'Chat offers' });
    const card = within(region).getByRole('group', { name: 'Chat from Jana Dvořáková' });
    expect(card.textContent).toContain('Where is my parcel?');
    expect(card.textContent).toMatch(/Support · Czech · waiting \d+:\d\d/);
    expect(card.textContent).toMatch(/Expires in \d{3} seconds/);

    await user.keyboard('{Alt>}a{/Alt}');
    await waitFor(() => expect(location()).toBe(`/tickets/${ticket.id}`));
    expect(
      calls.filter((c) => c.method === 'POST' && !c.path.startsWith('/time-entries')).map((c) => c.path),
    ).toEqual([`/chats/offers/${offer.id}/accept`]);
    expect(readTabs().map((tab) => tab.id)).toContain(ticket.id);
    expect(screen.queryByRole('region', { name: 'Chat offers' })).toBeNull();
    // The chat ticket opens with the chat composer: Enter sends.
    expect(await screen.findByRole('textbox', { name: 'Chat message to the visitor' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Chat' }).textContent).toContain('In progress with you');
  });

  it('says so when the offer is gone by the time Accept is pressed, and stays put', async () => {
    routes(apiError(409, 'offer_gone'));
    const { user, location } = renderApp('/inbox');
    const card = await screen.findByRole('group', { name: 'Chat from Jana Dvořáková' });
    await user.click(within(card).getByRole('button', { name: /Accept/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('Too late');
    expect(screen.queryByRole('group', { name: 'Chat from Jana Dvořáková' })).toBeNull();
    expect(location()).toBe('/inbox');
  });
});
