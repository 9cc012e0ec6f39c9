import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../../app/providers.tsx';
import { createI18n } from '../../i18n/index.ts';
import { mockApi } from '../../test/api-mock.ts';
import { buildTicket, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';
import { MessageBody } from './MessageBody.tsx';

const MESSAGE_ID = '0190a000-0000-7000-8000-0000000000e1';

/** A Gmail reply (pl) as the server stores it: sanitized, markers kept, an inline image served by us. */
const GMAIL =
  '<div dir="ltr">Paczka nadal nie dotarła. <img src="/api/v1/attachments/1?inline=1" alt="zdjęcie" /></div><br />' +
  '<span class="gmail_signature_prefix">-- </span><br /><div class="gmail_signature">Jan Kowalski</div>' +
  '<div class="gmail_quote"><div class="gmail_attr">W dniu pon., 2 lis 2026 o 10:15 Sklep &lt;pomoc@sklep-demo.pl&gt; napisał(a):<br /></div>' +
  '<blockquote class="gmail_quote">Paczka wyszła wczoraj. <img src="https://tracker.example/p.gif" /></blockquote></div>';

/** The raw .eml the server answers for "Show original". */
const RAW = [
  'Return-Path: <jan@gmail-demo.pl>',
  'From: =?UTF-8?B?SmFuIEtvd2Fsc2tp?= <jan@gmail-demo.pl>',
  'To: pomoc@sklep-demo.pl',
  'Subject: =?ISO-8859-2?Q?Zam=F3wienie?= =?ISO-8859-2?Q?_=BF=F3=B3te?=',
  'Date: Tue, 3 Nov 2026 09:02:11 +0100',
  'Message-ID: <CAF=q01@mail.gmail-demo.pl>',
  'References: <sent-1@sklep-demo.pl>',
  '\t<sent-2@sklep-demo.pl>',
  'MIME-Version: 1.0',
  '',
  'Paczka nadal nie dotarła.',
  '',
].join('\r\n');

function renderBody(html: string, emailMessageId: string | null = MESSAGE_ID) {
  const i18n = createI18n();
  void i18n.changeLanguage('en');
  return render(
    <AppProviders i18n={i18n} queryClient={createQueryClient()} env="test">
      <MessageBody html={html} emailMessageId={emailMessageId} />
    </AppProviders>,
  );
}

const notFound = () =>
  new Response(JSON.stringify({ error: { code: 'not_found', message: 'Message source not found' } }), {
    status: 404,
    headers: { 'Content-Type': 'application/json' },
  });

/** The server's answers for the raw source: the .eml, or an error in its one error shape. */
function serveSource(status = 200) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) =>
    status === 200 && String(input) === `/api/v1/messages/${MESSAGE_ID}/raw`
      ? new Response(RAW, { status, headers: { 'Content-Type': 'message/rfc822' } })
      : notFound(),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('e-mail message view', { timeout: 30_000 }, () => {
  it('folds the quote and signature behind a toggle the keyboard reaches', async () => {
    const user = userEvent.setup();
    const { container } = renderBody(GMAIL);
    expect(container.textContent).toContain('Paczka nadal nie dotarła.');
    expect(container.textContent).not.toContain('Jan Kowalski');
    expect(container.textContent).not.toContain('Paczka wyszła wczoraj.');
    // The inline image of the message itself stays; the quoted tracker is not even counted yet.
    expect(container.querySelector('img[src="/api/v1/attachments/1?inline=1"]')).not.toBeNull();
    expect(screen.queryByText('1 remote image blocked')).toBeNull();

    const toggle = screen.getByRole('button', { name: 'Show quoted text' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const folded = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(folded.hidden).toBe(true);
    await user.tab();
    expect(document.activeElement).toBe(toggle);
    await user.keyboard('{Enter}');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Hide quoted text');
    expect(folded.hidden).toBe(false);
    expect(folded.textContent).toContain('Jan Kowalski');
    expect(folded.textContent).toContain('Paczka wyszła wczoraj.');
    expect(screen.getByText('1 remote image blocked')).toBeTruthy();
    await user.keyboard(' ');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(folded.hidden).toBe(true);
  });

  it('offers "Show signature" when only a signature folds', () => {
    renderBody('<p>Where is my parcel?</p><p>Sent from my iPhone</p>');
    expect(screen.getByRole('button', { name: 'Show signature' })).toBeTruthy();
    expect(screen.queryByText('Sent from my iPhone')).toBeNull();
  });

  it('folds nothing in other channels and has no original to show', () => {
    const { container } = renderBody(GMAIL, null);
    expect(container.textContent).toContain('Paczka wyszła wczoraj.');
    expect(screen.queryByRole('button', { name: 'Show quoted text' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show original' })).toBeNull();
  });

  it('shows the original: decoded headers, the full source and a download of the .eml', async () => {
    const fetchMock = serveSource();
    const user = userEvent.setup();
    renderBody(GMAIL);
    const button = screen.getByRole('button', { name: 'Show original' });
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const original = screen.getByRole('region', { name: 'Original message' });
    await waitFor(() => expect(original.querySelector('dl')).not.toBeNull());
    const dl = original.querySelector('dl')!;
    expect(dl.getAttribute('aria-label')).toBe('Headers');
    expect(dl.textContent).toContain('Jan Kowalski <jan@gmail-demo.pl>');
    expect(dl.textContent).toContain('Zamówienie żółte');
    expect(dl.textContent).toContain('<sent-1@sklep-demo.pl> <sent-2@sklep-demo.pl>');
    expect(dl.textContent).not.toContain('Return-Path');
    expect(original.querySelector('pre')!.textContent).toBe(RAW);
    const download = within(original).getByRole('link', { name: 'Download .eml' });
    expect(download.getAttribute('href')).toBe(`/api/v1/messages/${MESSAGE_ID}/raw`);
    expect(fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/raw'))).toHaveLength(1);
    await user.click(button);
    expect(screen.queryByRole('region', { name: 'Original message' })).toBeNull();
  });

  it('says so when the source is gone', async () => {
    serveSource(404);
    const user = userEvent.setup();
    renderBody(GMAIL);
    await user.click(screen.getByRole('button', { name: 'Show original' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('We could not find what you were looking for.');
    // The download stays offered: the agent sees the link, not a broken page.
    expect(screen.getByRole('link', { name: 'Download .eml' })).toBeTruthy();
  });

  it('folds an e-mail in the ticket timeline, not a note', async () => {
    const ticket = buildTicket(11);
    const message = (id: string, over: Record<string, unknown>) => ({
      id,
      ticketId: ticket.id,
      kind: 'reply',
      direction: 'inbound',
      authorType: 'customer',
      authorId: null,
      channel: 'email',
      bodyHtml: GMAIL,
      bodyText: '',
      mentions: [],
      attachments: [],
      createdAt: '2025-01-01T08:00:00.000Z',
      ...over,
    });
    mockApi({
      ...workspaceRoutes(),
      [`GET /tickets/${ticket.id}`]: { status: 200, body: ticket },
      'GET /tickets': { status: 200, body: { items: [], nextCursor: null } },
      [`GET /tickets/${ticket.id}/timeline`]: {
        status: 200,
        body: {
          items: [
            { type: 'message', at: '2025-01-01T08:00:00.000Z', message: message(MESSAGE_ID, {}) },
            {
              type: 'message',
              at: '2025-01-01T08:01:00.000Z',
              message: message('0190a000-0000-7000-8000-0000000000e2', {
                kind: 'note',
                direction: 'internal',
                authorType: 'agent',
                channel: 'email',
              }),
            },
          ],
        },
      },
    });
    renderApp(`/tickets/${ticket.id}`);
    expect(await screen.findAllByRole('button', { name: 'Show quoted text' })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: 'Show original' })).toHaveLength(1);
  });
});
