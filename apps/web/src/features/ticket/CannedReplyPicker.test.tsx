import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CannedReply } from '@kontakt/contracts';
import { mockApi } from '../../test/api-mock.ts';
import { buildTicket, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';

const ticket = buildTicket(11);
const path = `/tickets/${ticket.id}`;

const canned = (n: number, shortcut: string, title: string): CannedReply => ({
  id: `0190a000-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`,
  title,
  shortcut,
  category: 'Returns',
  scope: 'organization',
  ownerId: null,
  teamId: null,
  active: true,
  variants: [{ language: 'cs', bodyHtml: '<p>x</p>', bodyText: 'x' }],
  usageCount: 0,
  lastUsedAt: null,
  createdById: null,
  createdAt: '2025-01-01T08:00:00.000Z',
  updatedAt: '2025-01-01T08:00:00.000Z',
  abilities: { update: false, delete: false },
});
const returns = canned(1, 'vracení', 'Vrácení zboží');
const invoice = canned(2, 'faktura', 'Faktura korygująca');

function routes() {
  return mockApi({
    ...workspaceRoutes(),
    [`GET ${path}`]: { status: 200, body: ticket },
    [`GET ${path}/timeline`]: { status: 200, body: { items: [] } },
    [`GET ${path}/drafts`]: { status: 200, body: { mine: null, others: [] } },
    [`PUT ${path}/draft`]: { status: 200, body: {} },
    'GET /tickets': { status: 200, body: { items: [], nextCursor: null } },
    'GET /canned-replies': { status: 200, body: { items: [returns, invoice] } },
    [`POST ${path}/canned-replies/${returns.id}/render`]: {
      status: 200,
      body: {
        cannedReplyId: returns.id,
        language: 'cs',
        bodyHtml: '',
        bodyText: 'Dobrý den Jano, zboží vrátíme.',
        missing: [],
      },
    },
    [`POST ${path}/canned-replies/${invoice.id}/render`]: {
      status: 200,
      body: {
        cannedReplyId: invoice.id,
        language: 'pl',
        bodyHtml: '',
        bodyText: 'Faktura do zgłoszenia 11, termin —',
        missing: ['sla.resolution_due_at'],
      },
    },
  });
}

describe('canned replies in the composer', { timeout: 60_000 }, () => {
  it('opens on / at the start of a line, filters by shortcut and inserts the rendered text with Enter', async () => {
    const { calls } = routes();
    const { user } = renderApp(path);
    const box = (await screen.findByRole('textbox', {
      name: 'Reply to the customer',
    })) as HTMLTextAreaElement;
    await user.type(box, 'Hello,{Enter}/vrac');
    const list = await screen.findByRole('listbox', { name: 'Canned replies' });
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Vrácení zboží/vracení · Returns']);
    expect(box.getAttribute('aria-activedescendant')).toBe(`canned-option-${returns.id}`);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(box.value).toBe('Hello,\nDobrý den Jano, zboží vrátíme.'));
    expect(box.selectionStart).toBe(box.value.length);
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(calls.filter((c) => c.path.endsWith('/render')).map((c) => c.path)).toEqual([
      `${path}/canned-replies/${returns.id}/render`,
    ]);
  });

  it('opens on :: anywhere, moves with the arrows, picks with Tab, and says which placeholders were empty', async () => {
    routes();
    const { user } = renderApp(path);
    const box = (await screen.findByRole('textbox', {
      name: 'Reply to the customer',
    })) as HTMLTextAreaElement;
    await user.type(box, 'See ::');
    const list = await screen.findByRole('listbox', { name: 'Canned replies' });
    expect(within(list).getAllByRole('option')).toHaveLength(2);
    await user.keyboard('{ArrowDown}{Tab}');
    await waitFor(() => expect(box.value).toBe('See Faktura do zgłoszenia 11, termin —'));
    expect(
      await screen.findByText(
        'Inserted. These placeholders had no value for this ticket: sla.resolution_due_at.',
      ),
    ).toBeTruthy();
  });

  it('matches titles without diacritics, and Escape closes the list leaving the text', async () => {
    routes();
    const { user } = renderApp(path);
    const box = (await screen.findByRole('textbox', {
      name: 'Reply to the customer',
    })) as HTMLTextAreaElement;
    await user.type(box, '/zbozi');
    const list = await screen.findByRole('listbox', { name: 'Canned replies' });
    expect(within(list).getByRole('option', { name: /Vrácení zboží/ })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box.value).toBe('/zbozi');
    await user.type(box, 'x');
    expect(await screen.findByText('No canned reply matches')).toBeTruthy();
    // Enter with nothing to pick is a new line, as usual.
    await user.keyboard('{Escape}{Enter}');
    expect(box.value).toBe('/zbozix\n');
  });
});
