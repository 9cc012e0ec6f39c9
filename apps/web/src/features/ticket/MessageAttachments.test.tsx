import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Message } from '@kontakt/contracts';
import { mockApi } from '../../test/api-mock.ts';
import { buildTicket, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';
import { previewKind } from './MessageAttachments.tsx';

const ticket = buildTicket(5);
const file = (n: number, filename: string, contentType: string) => ({
  id: `0190a000-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`,
  filename,
  contentType,
  size: 2048,
  url: `/api/v1/attachments/0190a000-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`,
});
const [photo, invoice, page] = [
  file(1, 'photo.png', 'image/png'),
  file(2, 'faktura.pdf', 'application/pdf'),
  file(3, 'page.html', 'text/html'),
];
const message: Message = {
  id: '0190a000-0000-7000-8000-000000000201',
  ticketId: ticket.id,
  kind: 'reply',
  direction: 'inbound',
  authorType: 'customer',
  authorId: null,
  channel: 'email',
  bodyHtml: '<p>Zdjęcie i faktura w załączniku.</p>',
  bodyText: 'Zdjęcie i faktura w załączniku.',
  mentions: [],
  attachments: [photo, invoice, page],
  createdAt: '2025-01-01T08:00:00.000Z',
};

describe('attachment previews', { timeout: 30_000 }, () => {
  it('chooses the preview by type: images and PDFs, never SVG or HTML', () => {
    expect(previewKind('image/png')).toBe('image');
    expect(previewKind('IMAGE/JPEG; name="a.jpg"')).toBe('image');
    expect(previewKind('image/webp')).toBe('image');
    expect(previewKind('application/pdf')).toBe('pdf');
    expect(previewKind('image/svg+xml')).toBe('none');
    expect(previewKind('text/html')).toBe('none');
    expect(previewKind('application/octet-stream')).toBe('none');
  });

  it('shows a thumbnail that opens the image, a PDF in the browser viewer, and only a download otherwise', async () => {
    mockApi({
      ...workspaceRoutes(),
      [`GET /tickets/${ticket.id}`]: { status: 200, body: ticket },
      [`GET /tickets/${ticket.id}/timeline`]: {
        status: 200,
        body: { items: [{ type: 'message', at: message.createdAt, message }] },
      },
      [`GET /tickets/${ticket.id}/links`]: { status: 200, body: { items: [] } },
      'GET /tickets': { status: 200, body: { items: [], nextCursor: null } },
    });
    const { user } = renderApp(`/tickets/${ticket.id}`);
    const list = await screen.findByRole('list', { name: 'Attachments' });
    const items = within(list).getAllByRole('listitem');

    const thumb = within(items[0]!).getByRole('button', { name: 'Show photo.png' });
    expect(thumb.querySelector('img')!.getAttribute('src')).toBe(`${photo.url}?inline=1`);
    await user.click(thumb);
    const imageView = screen.getByRole('figure', { name: 'Preview of photo.png' });
    expect(within(imageView).getByRole('img', { name: 'photo.png' }).getAttribute('src')).toBe(
      `${photo.url}?inline=1`,
    );

    await user.click(within(items[1]!).getByRole('button', { name: 'Preview' }));
    // One preview at a time: the PDF replaces the image.
    expect(screen.queryByRole('figure', { name: 'Preview of photo.png' })).toBeNull();
    const pdfView = screen.getByRole('figure', { name: 'Preview of faktura.pdf' });
    expect(pdfView.querySelector('iframe')!.getAttribute('src')).toBe(`${invoice.url}?inline=1`);
    expect(pdfView.querySelector('iframe')!.getAttribute('title')).toBe('faktura.pdf');

    expect(within(items[2]!).queryByRole('button')).toBeNull();
    const download = within(items[2]!).getByRole('link', { name: 'page.html' });
    expect(download.getAttribute('href')).toBe(page.url);
    expect(download.hasAttribute('download')).toBe(true);

    await user.click(within(pdfView).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('figure')).toBeNull();
  });
});
