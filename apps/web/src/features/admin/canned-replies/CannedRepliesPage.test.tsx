import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CannedReply } from '@kontakt/contracts';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi, type MockReply } from '../../../test/api-mock.ts';
import { buildAgent, buildMe } from '../../../test/factories.ts';
import { renderApp } from '../../../test/render-app.tsx';

const me = buildMe({ role: 'admin' });
const anna = buildAgent({ id: '0190a000-0000-7000-8000-000000000002', name: 'Anna Kowalska' });
const reply = (over: Partial<CannedReply>): CannedReply => ({
  id: '0190a000-0000-7000-8000-000000000201',
  title: 'Vrácení zboží',
  shortcut: 'vraceni',
  category: 'Returns',
  scope: 'organization',
  ownerId: null,
  teamId: null,
  active: true,
  variants: [{ language: 'cs', bodyHtml: '<p>Dobrý den</p>', bodyText: 'Dobrý den' }],
  usageCount: 3,
  lastUsedAt: null,
  createdById: null,
  createdAt: '2025-01-01T08:00:00.000Z',
  updatedAt: '2025-01-01T08:00:00.000Z',
  abilities: { update: true, delete: true },
  ...over,
});
const shared = reply({});
const personal = reply({
  id: '0190a000-0000-7000-8000-000000000202',
  title: 'Moje poděkování',
  shortcut: 'dik',
  category: null,
  scope: 'personal',
  ownerId: anna.id,
  usageCount: 1,
  variants: [
    { language: 'pl', bodyHtml: '<p>x</p>', bodyText: 'x' },
    { language: 'en', bodyHtml: '<p>y</p>', bodyText: 'y' },
  ],
});

function routes(extra: Record<string, MockReply | MockReply[] | ((c: never) => MockReply)> = {}) {
  return mockApi({
    'GET /me': { status: 200, body: me },
    'GET /agents': { status: 200, body: { items: [buildAgent(), anna] } },
    'GET /teams': { status: 200, body: { items: [] } },
    'GET /canned-replies': { status: 200, body: { items: [shared, personal] } },
    ...extra,
  });
}

/** The text of the error Mantine links to an input through aria-describedby. */
const errorOf = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('canned replies admin screen', { timeout: 60_000 }, () => {
  it('lists replies with shortcut, languages, owner and usage, and sends the filters', async () => {
    const { fetchMock } = routes();
    const { user } = renderApp('/admin/canned-replies');
    const table = await screen.findByRole('table', { name: 'Canned replies' }, { timeout: 30_000 });
    const row = within(table).getByRole('button', { name: 'Edit Moje poděkování' }).closest('tr')!;
    expect(within(row).getByText('/dik')).toBeTruthy();
    expect(within(row).getByText('pl')).toBeTruthy();
    expect(await within(row).findByText('Personal: Anna Kowalska')).toBeTruthy();
    expect(within(row).getByText('1 time')).toBeTruthy();
    expect(within(table).getByText('3 times')).toBeTruthy();
    await user.click(screen.getByRole('textbox', { name: 'Language' }));
    await user.click(await screen.findByRole('option', { name: 'Czech' }));
    const urls = () => fetchMock.mock.calls.map(([url]) => String(url));
    await waitFor(() =>
      expect(urls().some((u) => u.includes('/canned-replies?') && u.includes('language=cs'))).toBe(true),
    );
  });

  it('deletes a reply only at the second click, then reloads the list', async () => {
    const { calls } = routes({ [`DELETE /canned-replies/${personal.id}`]: { status: 204, body: undefined } });
    const { user } = renderApp('/admin/canned-replies');
    const table = await screen.findByRole('table', { name: 'Canned replies' }, { timeout: 30_000 });
    await user.click(within(table).getByRole('button', { name: 'Edit Moje poděkování' }));
    const drawer = await screen.findByRole('dialog');
    await user.click(within(drawer).getByRole('button', { name: 'Delete' }));
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    const lists = () =>
      calls.filter((c) => c.method === 'GET' && c.path.startsWith('/canned-replies')).length;
    const before = lists();
    await user.click(within(drawer).getByRole('button', { name: 'Click again to delete' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(1));
    await waitFor(() => expect(lists()).toBeGreaterThan(before));
  });

  it('checks placeholders as you type, previews the text, inserts placeholders, and creates the reply', async () => {
    const { calls } = routes({
      'POST /canned-replies': [
        apiError(409, 'shortcut_taken', { field: 'shortcut' }),
        { status: 201, body: shared },
      ],
    });
    const { user } = renderApp('/admin/canned-replies');
    await user.click(await screen.findByRole('button', { name: 'New canned reply' }, { timeout: 30_000 }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Thanks');
    await user.type(screen.getByRole('textbox', { name: /^Shortcut/ }), 'thanks');
    const body = screen.getByRole('textbox', { name: 'Text in English' });
    fireEvent.change(body, { target: { value: 'Hello {{customer.frist_name}},' } });
    expect(errorOf(body)).toContain('“customer.frist_name” is not a known placeholder.');
    await user.click(screen.getByRole('button', { name: 'Create canned reply' }));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(body, { target: { value: 'Hello , ticket ' } });
    (body as HTMLTextAreaElement).setSelectionRange(6, 6);
    await user.click(screen.getByRole('button', { name: /customer\.first_name/ }));
    expect((body as HTMLTextAreaElement).value).toBe('Hello {{customer.first_name}}, ticket ');
    expect(screen.getByText('Hello Jana, ticket')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Create canned reply' }));
    expect(errorOf(await screen.findByRole('textbox', { name: /^Shortcut/ }))).toContain(
      'Another canned reply already uses this shortcut.',
    );
    await user.click(screen.getByRole('button', { name: 'Create canned reply' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'POST')[1]!.body).toEqual({
      title: 'Thanks',
      shortcut: 'thanks',
      category: null,
      scope: 'personal',
      teamId: null,
      active: true,
      variants: [{ language: 'en', body: { text: 'Hello {{customer.first_name}}, ticket ' } }],
    });
  });
});
