import { screen, waitFor, within } from '@testing-library/react';
import type { Calendar, ChatChannel, Queue } from '@kontakt/contracts';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../../test/api-mock.ts';
import { buildMe } from '../../../test/factories.ts';
import { renderApp } from '../../../test/render-app.tsx';

const support: Queue = {
  id: '0190a000-0000-7000-8000-0000000008a1',
  name: 'Support',
  description: '',
  teamId: null,
  isDefault: true,
  calendarId: null,
  createdAt: '2026-01-01T08:00:00.000Z',
};
const office: Calendar = {
  id: '0190a000-0000-7000-8000-000000000c01',
  name: 'Office Warsaw',
  timeZone: 'Europe/Warsaw',
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '08:00', end: '16:00' })),
  holidayCountry: 'PL',
  closures: [],
  extraOpenings: [],
  holidays: [],
  createdAt: '2026-01-01T08:00:00.000Z',
  updatedAt: '2026-01-01T08:00:00.000Z',
};
// Exactly what `GET /chat-channels` answers (presentChannel).
const shop: ChatChannel = {
  id: '0190a000-0000-7000-8000-00000000c401',
  publicId: 'ch_Zk3QpL8mW2xA',
  name: 'Web shop',
  active: true,
  queueId: support.id,
  calendarId: office.id,
  branding: { color: '#1f6feb', greeting: { pl: 'Dzień dobry!' }, position: 'bottom-right', avatarUrl: null },
  preChat: { fields: ['name', 'email', 'topic'], required: ['email'] },
  privacyUrl: 'https://shop.example.com/privacy',
  uploads: { allowedTypes: ['image/*', 'application/pdf'], maxBytes: 5 * 1024 * 1024 },
  offerTimeoutSeconds: 30,
  createdAt: '2026-01-01T08:00:00.000Z',
  updatedAt: '2026-01-01T08:00:00.000Z',
};

describe('chat channels admin screen', { timeout: 120_000 }, () => {
  it('lists channels with their embed code, places a server field error, and creates with the right body', async () => {
    const created: ChatChannel = { ...shop, id: '0190a000-0000-7000-8000-00000000c402', name: 'Help centre' };
    const { calls } = mockApi({
      'GET /me': { status: 200, body: buildMe({ role: 'admin' }) },
      'GET /chat-channels': { status: 200, body: [shop] },
      'GET /queues': { status: 200, body: { items: [support] } },
      'GET /calendars': { status: 200, body: { items: [office] } },
      'POST /chat-channels': [
        apiError(400, 'validation_failed', {
          issues: [{ code: 'invalid_format', path: ['body', 'privacyUrl'], message: 'Invalid URL' }],
        }),
        { status: 201, body: created },
      ],
    });
    const { user } = renderApp('/admin/chat-channels');
    const table = await screen.findByRole('table', { name: 'Chat channels' }, { timeout: 30_000 });
    const edit = await within(table).findByRole('button', { name: 'Edit chat channel Web shop' });
    const row = edit.closest('tr')!;
    expect(row.textContent).toContain('ch_Zk3QpL8mW2xA');
    await waitFor(() => expect(row.textContent).toContain('Support'));
    expect(row.textContent).toContain('Office Warsaw');

    await user.click(edit);
    const editDrawer = await screen.findByRole('dialog', { name: 'Web shop' });
    expect(within(editDrawer).getByLabelText('Embed code').textContent).toBe(
      `<script src="${window.location.origin}/widget.js" data-channel="ch_Zk3QpL8mW2xA" async></script>`,
    );
    expect(within(editDrawer).getByRole('button', { name: 'Copy embed code' })).toBeTruthy();
    expect(
      (within(editDrawer).getByRole('textbox', { name: 'Greeting (Polish)' }) as HTMLTextAreaElement).value,
    ).toBe('Dzień dobry!');
    await user.click(within(editDrawer).getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByRole('button', { name: 'New chat channel' }));
    const drawer = await screen.findByRole('dialog', { name: 'New chat channel' });
    expect(within(drawer).queryByLabelText('Embed code')).toBeNull();
    await user.type(within(drawer).getByRole('textbox', { name: /^Name/ }), 'Help centre');
    await user.click(within(drawer).getByRole('textbox', { name: /^Queue/ }));
    await user.click(await screen.findByRole('option', { name: 'Support' }));
    await user.type(within(drawer).getByRole('textbox', { name: 'Greeting (Czech)' }), 'Dobrý den!');
    const shown = within(drawer).getByRole('group', { name: 'Fields shown' });
    await user.click(within(shown).getByRole('checkbox', { name: 'Topic' }));
    await user.type(
      within(drawer).getByRole('textbox', { name: /^Privacy notice URL/ }),
      'https://help.example',
    );
    await user.click(within(drawer).getByRole('button', { name: 'Create channel' }));

    const privacy = within(drawer).getByRole('textbox', { name: /^Privacy notice URL/ });
    await waitFor(() => expect(privacy.getAttribute('aria-invalid')).toBe('true'));
    // The message is the one the field points to, i.e. shown next to it.
    const message = within(drawer).getByText('This value is not accepted.');
    expect(privacy.getAttribute('aria-describedby')).toContain(message.id);
    const body = calls.find((c) => c.method === 'POST')!.body;
    expect(body).toEqual({
      name: 'Help centre',
      active: true,
      queueId: support.id,
      calendarId: null,
      branding: {
        color: '#1f6feb',
        greeting: { cs: 'Dobrý den!' },
        position: 'bottom-right',
        avatarUrl: null,
      },
      preChat: { fields: ['name', 'email'], required: ['email'] },
      privacyUrl: 'https://help.example',
      uploads: { allowedTypes: ['image/*', 'application/pdf'], maxBytes: 5 * 1024 * 1024 },
      offerTimeoutSeconds: 30,
    });

    await user.click(within(drawer).getByRole('button', { name: 'Create channel' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New chat channel' })).toBeNull());
  });
});
