import { screen, waitFor, within } from '@testing-library/react';
import type { Macro } from '@kontakt/contracts';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../../test/api-mock.ts';
import { buildMe, workspaceRoutes } from '../../../test/factories.ts';
import { renderApp } from '../../../test/render-app.tsx';

const photos: Macro = {
  id: '0190a000-0000-7000-8000-000000000301',
  name: 'Request photos',
  description: 'Ask for photos and wait.',
  scope: 'organization',
  ownerId: null,
  actions: [
    { type: 'set_status', status: 'pending_customer' },
    { type: 'add_tags', tags: ['needs-photos'] },
  ],
  reply: { variants: [{ language: 'en', bodyHtml: '<p>Photos, please.</p>', bodyText: 'Photos, please.' }] },
  active: true,
  usageCount: 4,
  lastUsedAt: null,
  createdAt: '2025-01-01T08:00:00.000Z',
  updatedAt: '2025-01-01T08:00:00.000Z',
  abilities: { update: true, delete: true },
};

describe('macros admin screen', { timeout: 60_000 }, () => {
  it('lists macros and creates one with a reply and an action, showing the server’s complaint', async () => {
    const { calls } = mockApi({
      ...workspaceRoutes(),
      'GET /me': { status: 200, body: buildMe({ role: 'admin' }) },
      'GET /teams': { status: 200, body: { items: [] } },
      'GET /canned-replies': { status: 200, body: { items: [] } },
      'GET /calendars': { status: 200, body: { items: [] } },
      'GET /macros': { status: 200, body: { items: [photos] } },
      'POST /macros': [
        apiError(400, 'unknown_placeholder', { field: 'reply.variants.0.body', placeholder: 'order.no' }),
        { status: 201, body: { ...photos, id: '0190a000-0000-7000-8000-000000000302', name: 'Thanks' } },
      ],
    });
    const { user } = renderApp('/admin/macros');
    const table = await screen.findByRole('table', { name: 'Macros' }, { timeout: 30_000 });
    const row = within(table).getByRole('button', { name: 'Edit Request photos' }).closest('tr')!;
    expect(row.textContent).toContain('Everyone');
    expect(row.textContent).toContain('reply · 2 actions');

    await user.click(screen.getByRole('button', { name: 'New macro' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Thanks');
    await user.type(screen.getByRole('textbox', { name: 'Polish' }), 'Dziękujemy!');
    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    await user.type(await screen.findByRole('textbox', { name: /Action 1: Tags/ }), 'vip{enter}');
    await user.click(screen.getByRole('button', { name: 'Create macro' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      name: 'Thanks',
      description: '',
      scope: 'organization',
      active: true,
      actions: [{ type: 'add_tags', tags: ['vip'] }],
      reply: { variants: [{ language: 'pl', body: { text: 'Dziękujemy!' } }] },
    });
    expect((await screen.findByRole('alert')).textContent).not.toBe('');
    await user.click(screen.getByRole('button', { name: 'Create macro' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2));
  });
});
