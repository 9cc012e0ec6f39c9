import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TicketDraft } from '@kontakt/contracts';
import { apiError, mockApi } from '../../test/api-mock.ts';
import { buildTicket, ME_ID, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';

const ticket = buildTicket(12);
const path = `/tickets/${ticket.id}`;
const JANA = '0190a000-0000-7000-8000-0000000000e1';
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

const serverDraft = (over: Partial<TicketDraft> = {}): TicketDraft => ({
  ticketId: ticket.id,
  agentId: ME_ID,
  kind: 'reply',
  text: 'Saved on the server',
  mentions: {},
  version: 1,
  updatedAt: minutesAgo(1),
  takenFrom: null,
  ...over,
});

function routes(extra: Parameters<typeof mockApi>[0]) {
  return mockApi({
    ...workspaceRoutes(),
    [`GET ${path}`]: { status: 200, body: ticket },
    [`GET ${path}/timeline`]: { status: 200, body: { items: [] } },
    'GET /tickets': { status: 200, body: { items: [], nextCursor: null } },
    'GET /canned-replies': { status: 200, body: { items: [] } },
    ...extra,
  });
}
const replyBox = async () =>
  (await screen.findByRole('textbox', { name: 'Reply to the customer' })) as HTMLTextAreaElement;

describe('server drafts in the composer', { timeout: 60_000 }, () => {
  it("offers a colleague's unsent draft and takes it over into the agent's own", async () => {
    const other = {
      agent: { id: JANA, name: 'Jana Nowak' },
      kind: 'reply',
      preview: 'Dzień dobry, paczka…',
      updatedAt: minutesAgo(5),
    };
    const { calls } = routes({
      [`GET ${path}/drafts`]: [
        { status: 200, body: { mine: null, others: [other] } },
        { status: 200, body: { mine: null, others: [] } },
      ],
      [`POST ${path}/drafts/${JANA}/take-over`]: {
        status: 200,
        body: serverDraft({
          text: 'Dzień dobry, paczka wyszła dziś.',
          takenFrom: { agentId: JANA, updatedAt: other.updatedAt },
        }),
      },
    });
    const { user } = renderApp(path);
    const box = await replyBox();
    expect(await screen.findByText('Jana Nowak has an unsent draft')).toBeTruthy();
    expect(screen.getByText('(5 min. ago)')).toBeTruthy();
    expect(screen.getByText('Dzień dobry, paczka…')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Take over' }));
    await waitFor(() => expect(box.value).toBe('Dzień dobry, paczka wyszła dziś.'));
    expect(calls.find((c) => c.path.endsWith('/take-over'))!.body).toEqual({ version: 0 });
    await waitFor(() => expect(screen.queryByText('Jana Nowak has an unsent draft')).toBeNull());
  });

  it('saves the draft to the server a moment after typing, then with the version it got back', async () => {
    const { calls } = routes({
      [`GET ${path}/drafts`]: { status: 200, body: { mine: null, others: [] } },
      [`PUT ${path}/draft`]: (call) => ({
        status: 200,
        body: serverDraft({
          ...(call.body as object),
          version: (call.body as { version: number }).version + 1,
        }),
      }),
    });
    const { user } = renderApp(path);
    const box = await replyBox();
    await user.type(box, 'Hello');
    const puts = () => calls.filter((c) => c.method === 'PUT').map((c) => c.body);
    await waitFor(
      () => expect(puts()).toEqual([{ kind: 'reply', text: 'Hello', mentions: {}, version: 0 }]),
      {
        timeout: 5000,
      },
    );
    expect(await screen.findByText('Draft saved')).toBeTruthy();
    await user.type(box, ' there');
    box.blur();
    await waitFor(() =>
      expect(puts().at(-1)).toEqual({ kind: 'reply', text: 'Hello there', mentions: {}, version: 1 }),
    );
  });

  it('starts from the newer copy: the server’s over an older one in this browser', async () => {
    localStorage.setItem(
      `kontakt.draft.${ticket.id}`,
      JSON.stringify({
        kind: 'reply',
        text: 'Old local text',
        mentions: {},
        savedAt: Date.now() - 3_600_000,
        version: 0,
      }),
    );
    routes({ [`GET ${path}/drafts`]: { status: 200, body: { mine: serverDraft(), others: [] } } });
    renderApp(path);
    const box = await replyBox();
    await waitFor(() => expect(box.value).toBe('Saved on the server'));
  });

  it('reports a draft changed in another tab and lets the agent use that version; keeps a local copy when saving fails', async () => {
    routes({
      [`GET ${path}/drafts`]: { status: 200, body: { mine: null, others: [] } },
      [`PUT ${path}/draft`]: [
        apiError(503, 'unavailable'),
        apiError(409, 'draft_conflict', { current: serverDraft({ text: 'From the other tab', version: 3 }) }),
      ],
    });
    const { user } = renderApp(path);
    const box = await replyBox();
    await user.type(box, 'Mine');
    expect(
      await screen.findByText(/Draft kept in this browser only/, undefined, { timeout: 5000 }),
    ).toBeTruthy();
    await waitFor(() => expect(localStorage.getItem(`kontakt.draft.${ticket.id}`)).toContain('Mine'));
    await user.type(box, '!');
    expect(await screen.findByText('Draft changed elsewhere', undefined, { timeout: 5000 })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Use the other version' }));
    await waitFor(() => expect(box.value).toBe('From the other tab'));
    expect(screen.queryByText('Draft changed elsewhere')).toBeNull();
  });
});
