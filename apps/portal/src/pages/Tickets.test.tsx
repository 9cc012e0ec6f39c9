import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPortal, stubApi } from '../test/render.tsx';

const TICKET = {
  id: '0193a000-0000-7000-8000-000000000001',
  number: 17,
  subject: 'Pralka nie wiruje',
  status: 'waiting_for_you',
  type: 'complaint',
  createdAt: '2026-11-02T09:00:00.000Z',
  lastActivityAt: '2026-11-02T10:00:00.000Z',
  canReply: true,
  messages: [
    {
      id: '0193a000-0000-7000-8000-000000000002',
      from: 'customer',
      authorName: null,
      text: 'Bęben stoi.',
      attachments: [],
      createdAt: '2026-11-02T09:00:00.000Z',
    },
    {
      id: '0193a000-0000-7000-8000-000000000003',
      from: 'organization',
      authorName: 'Ewa',
      text: 'Prosimy o zdjęcie.',
      attachments: [],
      createdAt: '2026-11-02T10:00:00.000Z',
    },
  ],
};

describe("the customer's requests", () => {
  it('lists them with a plural count and their status', async () => {
    stubApi((url) =>
      url.endsWith('/tickets')
        ? { status: 200, body: { items: [TICKET, { ...TICKET, id: 'x2', number: 18 }] } }
        : undefined,
    );
    renderPortal('/zuraw', 'pl');
    expect(await screen.findByText('2 zgłoszenia')).toBeTruthy();
    expect(screen.getAllByText('Czeka na Twoją odpowiedź')).toHaveLength(2);
    expect(screen.getByRole('heading', { name: 'Witaj, Zofia' })).toBeTruthy();
  });

  it('shows the conversation and sends a reply with the CSRF token', async () => {
    const calls = stubApi((url, init) => {
      if (url.endsWith(`/tickets/${TICKET.id}/replies`))
        return {
          status: 201,
          body: {
            ...TICKET,
            status: 'open',
            messages: [
              ...TICKET.messages,
              { ...TICKET.messages[0], id: 'm4', text: JSON.parse(String(init.body)).text },
            ],
          },
        };
      if (url.endsWith(`/tickets/${TICKET.id}`)) return { status: 200, body: TICKET };
      return undefined;
    });
    renderPortal(`/zuraw/tickets/${TICKET.id}`);
    const conversation = await screen.findByRole('list', { name: 'Rozmowa' });
    expect(within(conversation).getByText('Prosimy o zdjęcie.')).toBeTruthy();
    expect(within(conversation).getByText('Ewa')).toBeTruthy();
    // The page follows the customer's language from the session (pl).
    await userEvent.type(screen.getByLabelText(/Twoja odpowiedź/), 'Zdjęcie w załączniku.');
    await userEvent.click(screen.getByRole('button', { name: 'Wyślij odpowiedź' }));
    expect(await screen.findByText('Zdjęcie w załączniku.')).toBeTruthy();
    expect(await screen.findByText('W toku')).toBeTruthy();
    const sent = calls.find((c) => c.url.endsWith('/replies'))!;
    expect(sent.init.method).toBe('POST');
    expect((sent.init.headers as Record<string, string>)['x-csrf-token']).toBe('csrf-1');
  });
});
