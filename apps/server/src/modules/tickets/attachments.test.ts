import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { orgWithAdmin, type Session } from '../../../test/factories.ts';

const k = await startTestKontakt();

/** Uploads one file the way a browser's FormData does and answers the attachment. */
async function attach(s: Session, ticketId: string, name: string, type: string, bytes: string) {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), name);
  const encoded = new Request('http://upload.test', { method: 'POST', body: form });
  const res = await k.inject({
    method: 'POST',
    url: `/api/v1/tickets/${ticketId}/attachments`,
    headers: { ...s.headers, 'content-type': encoded.headers.get('content-type')! },
    payload: Buffer.from(await encoded.arrayBuffer()),
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; url: string };
}

const download = (s: Session, url: string) => k.inject({ method: 'GET', url, headers: s.headers });
const newTicket = async (s: Session, subject: string) =>
  (
    await k.inject({ method: 'POST', url: '/api/v1/tickets', headers: s.headers, payload: { subject } })
  ).json();

describe('attachment downloads', () => {
  it('shows images and PDFs inline when asked, with their type; downloads them otherwise', async () => {
    const { session: s } = await orgWithAdmin(k);
    const ticket = await newTicket(s, 'Files');
    const png = await attach(s, ticket.id, 'zdjęcie.png', 'image/png', '\x89PNG fake');
    const pdf = await attach(s, ticket.id, 'faktura.pdf', 'application/pdf', '%PDF-1.4 fake');

    const image = await download(s, `${png.url}?inline=1`);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['content-disposition']).toBe("inline; filename*=UTF-8''zdj%C4%99cie.png");
    expect(image.headers['x-content-type-options']).toBe('nosniff');

    const inlinePdf = await download(s, `${pdf.url}?inline=1`);
    expect(inlinePdf.headers['content-type']).toBe('application/pdf');
    expect(inlinePdf.headers['content-disposition']).toMatch(/^inline;/);
    expect(inlinePdf.body).toBe('%PDF-1.4 fake');

    const saved = await download(s, pdf.url);
    expect(saved.headers['content-type']).toBe('application/pdf');
    expect(saved.headers['content-disposition']).toMatch(/^attachment;/);
    expect(saved.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never shows HTML, SVG or unknown types inline: octet-stream, attachment, nosniff', async () => {
    const { session: s } = await orgWithAdmin(k);
    const ticket = await newTicket(s, 'Risky');
    const risky = [
      await attach(s, ticket.id, 'page.html', 'text/html', '<script>alert(1)</script>'),
      await attach(s, ticket.id, 'logo.svg', 'image/svg+xml', '<svg onload="alert(1)"/>'),
      await attach(s, ticket.id, 'data.xml', 'application/xml', '<a/>'),
      await attach(
        s,
        ticket.id,
        'report.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'PK',
      ),
    ];
    for (const file of risky) {
      const res = await download(s, `${file.url}?inline=1`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/octet-stream');
      expect(res.headers['content-disposition']).toMatch(/^attachment;/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('reads stored types case-insensitively and with parameters (as mail brings them)', async () => {
    const { session: s } = await orgWithAdmin(k);
    const ticket = await newTicket(s, 'Types');
    const pdf = await attach(s, ticket.id, 'scan.pdf', 'application/pdf', '%PDF-1.4');
    const text = await attach(s, ticket.id, 'notes.txt', 'text/plain', 'tekst');
    const retype = (id: string, type: string) =>
      k.database.query('UPDATE attachments SET content_type = $1 WHERE id = $2', [type, id]);
    await retype(pdf.id, 'Application/PDF; name="scan.pdf"');
    await retype(text.id, 'text/plain; charset="ISO-8859-2"');
    const shownPdf = await download(s, `${pdf.url}?inline=1`);
    expect(shownPdf.headers['content-type']).toBe('application/pdf');
    expect(shownPdf.headers['content-disposition']).toMatch(/^inline;/);
    expect((await download(s, `${text.url}?inline=1`)).headers['content-type']).toBe(
      'text/plain; charset=iso-8859-2',
    );
    await retype(text.id, 'text/plain');
    expect((await download(s, text.url)).headers['content-type']).toBe('text/plain; charset=utf-8');
  });
});
