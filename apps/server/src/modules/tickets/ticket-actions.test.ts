import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { orgWithAdmin, type Session } from '../../../test/factories.ts';
import { snippet } from './ticket-search.service.ts';

const k = await startTestKontakt({ env: { ATTACHMENT_MAX_MB: '1' } });
const post = (s: Session, url: string, payload: unknown) =>
  k.inject({ method: 'POST', url, headers: s.headers, payload: payload as object });
const get = (s: Session, url: string) => k.inject({ method: 'GET', url, headers: s.headers });
const newTicket = async (s: Session, subject: string, text?: string, extra: object = {}) =>
  (
    await post(s, '/api/v1/tickets', {
      subject,
      ...extra,
      ...(text ? { message: { author: 'customer', body: { text } } } : {}),
    })
  ).json();

describe('merge, split and links', () => {
  it('merges a ticket into another: messages move, the source points to the target', async () => {
    const { session: s } = await orgWithAdmin(k);
    const a = await newTicket(s, 'First', 'Pierwsza wiadomość');
    const b = await newTicket(s, 'Duplicate', 'Druga wiadomość', { tags: ['duplikat'] });
    const self = await post(s, `/api/v1/tickets/${a.id}/merge`, { targetId: a.id });
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('merge_into_self');
    const res = await post(s, `/api/v1/tickets/${b.id}/merge`, { targetId: a.id });
    expect(res.statusCode).toBe(200);
    expect(res.json().tags).toContain('duplikat');
    const msgs = (await get(s, `/api/v1/tickets/${a.id}/messages`))
      .json()
      .items.map((m: { bodyText: string }) => m.bodyText);
    expect(msgs).toEqual(['Pierwsza wiadomość', 'Druga wiadomość']);
    const source = (await get(s, `/api/v1/tickets/${b.id}`)).json();
    expect(source).toMatchObject({ status: 'closed', mergedIntoId: a.id });
    const again = await post(s, `/api/v1/tickets/${b.id}/merge`, { targetId: a.id });
    expect(again.json().error.code).toBe('ticket_merged');
    const reply = await post(s, `/api/v1/tickets/${b.id}/messages`, { body: { text: 'x' } });
    expect(reply.json().error).toMatchObject({ code: 'ticket_merged', details: { targetId: a.id } });
  });

  it('refuses to merge across organizations (404)', async () => {
    const one = await orgWithAdmin(k);
    const two = await orgWithAdmin(k);
    const a = await newTicket(one.session, 'Mine');
    const b = await newTicket(two.session, 'Theirs');
    const res = await post(one.session, `/api/v1/tickets/${a.id}/merge`, { targetId: b.id });
    expect(res.statusCode).toBe(404);
  });

  it('splits a message into a new linked ticket', async () => {
    const { session: s } = await orgWithAdmin(k);
    const t = await newTicket(s, 'Two topics', 'Reklamacja butów');
    const second = (
      await post(s, `/api/v1/tickets/${t.id}/messages`, {
        author: 'customer',
        body: { text: 'A także pytanie o fakturę' },
      })
    ).json();
    const res = await post(s, `/api/v1/tickets/${t.id}/split`, { messageId: second.id, subject: 'Faktura' });
    expect(res.statusCode).toBe(201);
    const n = res.json();
    expect(n).toMatchObject({ subject: 'Faktura', number: t.number + 1, customerId: t.customerId });
    expect(
      (await get(s, `/api/v1/tickets/${n.id}/messages`)).json().items.map((m: { id: string }) => m.id),
    ).toEqual([second.id]);
    const links = (await get(s, `/api/v1/tickets/${t.id}/links`)).json().items;
    expect(links).toEqual([expect.objectContaining({ ticketId: n.id, relation: 'related' })]);
  });

  it('links parent and child both ways', async () => {
    const { session: s } = await orgWithAdmin(k);
    const parent = await newTicket(s, 'Outage');
    const child = await newTicket(s, 'Customer affected');
    await post(s, `/api/v1/tickets/${parent.id}/links`, { targetId: child.id, kind: 'parent_child' });
    const twice = await post(s, `/api/v1/tickets/${parent.id}/links`, {
      targetId: child.id,
      kind: 'parent_child',
    });
    expect(twice.json().items).toHaveLength(1);
    expect((await get(s, `/api/v1/tickets/${child.id}/links`)).json().items[0]).toMatchObject({
      ticketId: parent.id,
      relation: 'parent',
    });
  });
});

describe('bulk', () => {
  it('applies a change to many tickets and answers per ticket', async () => {
    const { session: s } = await orgWithAdmin(k);
    const other = await orgWithAdmin(k);
    const mine = await Promise.all(
      [1, 2, 3].map((i) => newTicket(s, `Bulk ${i}`, undefined, { tags: ['stare'] })),
    );
    const foreign = await newTicket(other.session, 'Foreign');
    const res = await post(s, '/api/v1/tickets/bulk', {
      ids: [...mine.map((t) => t.id), foreign.id],
      changes: { status: 'open', addTags: ['pilne'], removeTags: ['stare'] },
    });
    expect(res.statusCode).toBe(200);
    const results = res.json().results;
    expect(results.filter((r: { ok: boolean }) => r.ok)).toHaveLength(3);
    expect(results.find((r: { id: string }) => r.id === foreign.id)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const t = (await get(s, `/api/v1/tickets/${mine[0].id}`)).json();
    expect(t).toMatchObject({ status: 'open', tags: ['pilne'] });
    const tooMany = await post(s, '/api/v1/tickets/bulk', {
      ids: Array.from({ length: 1001 }, () => mine[0].id),
      changes: { status: 'open' },
    });
    expect(tooMany.statusCode).toBe(400);
  });
});

describe('search', () => {
  it('finds tickets by message text and customer name with diacritics folded both ways, highlighted', async () => {
    const { session: s } = await orgWithAdmin(k);
    const other = await orgWithAdmin(k);
    const t1 = await newTicket(s, 'Dostawa', 'Mój żółw nie dotarł do paczkomatu', {
      customer: { email: 'z@example.pl', name: 'Zdzisław Żółwiński' },
    });
    const t2 = await newTicket(s, 'Zolw plastikowy', 'bez znaków');
    await newTicket(other.session, 'Żółw obcy', 'żółw');
    const a = (await get(s, '/api/v1/search?q=zolw')).json().tickets;
    expect(a.map((h: { ticket: { id: string } }) => h.ticket.id).sort()).toEqual([t1.id, t2.id].sort());
    const hit = a.find((h: { ticket: { id: string } }) => h.ticket.id === t1.id);
    expect(hit.matchedIn).toBe('message');
    expect(hit.snippet).toContain('<mark>żółw</mark>');
    const b = (await get(s, '/api/v1/search?q=%C5%BC%C3%B3%C5%82w')).json().tickets;
    expect(b).toHaveLength(2);
    const byName = (await get(s, '/api/v1/search?q=zolwinski')).json().tickets;
    expect(byName.map((h: { ticket: { id: string } }) => h.ticket.id)).toEqual([t1.id]);
    const filtered = (
      await get(
        s,
        `/api/v1/search?q=zolw&filters=${encodeURIComponent(JSON.stringify({ status: ['solved'] }))}`,
      )
    ).json().tickets;
    expect(filtered).toEqual([]);
  });

  it('finds the newest matches of a word too common to rank every match', async () => {
    const { session: s } = await orgWithAdmin(k);
    const old = await newTicket(s, 'Archiwum', 'pierwsza wiadomość');
    // 600 older messages with the word on one ticket, written straight to the table.
    await k.deps.db.execute(sql`
      INSERT INTO messages (id, organization_id, ticket_id, kind, direction, author_type, channel, body_html, body_text, created_at)
      SELECT gen_random_uuid(), t.organization_id, t.id, 'reply', 'inbound', 'customer', 'api', '<p>faktura ' || g || '</p>',
             'faktura ' || g, t.created_at - make_interval(days => g)
        FROM tickets t, generate_series(1, 600) g WHERE t.id = ${old.id}`);
    k.clock.advance(60_000);
    const fresh = await newTicket(s, 'Nowa sprawa', 'Proszę o fakturę, faktura nie dotarła');
    const hits = (await get(s, '/api/v1/search?q=faktura')).json().tickets;
    const ids = hits.map((h: { ticket: { id: string } }) => h.ticket.id);
    expect(ids).toContain(fresh.id);
    expect(ids).toContain(old.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('escapes what it highlights', () => {
    expect(snippet('<b>Łódź</b> i lodz', 'lodz')).toBe(
      '&lt;b&gt;<mark>Łódź</mark>&lt;/b&gt; i <mark>lodz</mark>',
    );
  });
});

describe('attachments', () => {
  const upload = (s: Session, ticketId: string, name: string, content: Buffer, type = 'application/pdf') => {
    const boundary = '----kontakt' + Math.random().toString(16).slice(2);
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return k.inject({
      method: 'POST',
      url: `/api/v1/tickets/${ticketId}/attachments`,
      headers: { ...s.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
  };

  it('uploads a file, sends it with a message and downloads it; refuses files over the limit', async () => {
    const { session: s } = await orgWithAdmin(k);
    const t = await newTicket(s, 'Files');
    const up = await upload(s, t.id, 'faktura żółta.pdf', Buffer.from('%PDF-1.4 test'));
    expect(up.statusCode).toBe(201);
    const att = up.json();
    const msg = await post(s, `/api/v1/tickets/${t.id}/messages`, {
      body: { text: 'W załączniku' },
      attachmentIds: [att.id],
    });
    expect(msg.json().attachments).toEqual([
      expect.objectContaining({ id: att.id, filename: 'faktura żółta.pdf', size: 13 }),
    ]);
    const reuse = await post(s, `/api/v1/tickets/${t.id}/messages`, {
      body: { text: 'again' },
      attachmentIds: [att.id],
    });
    expect(reuse.statusCode).toBe(404);
    const dl = await get(s, att.url);
    expect(dl.statusCode).toBe(200);
    expect(dl.body).toBe('%PDF-1.4 test');
    expect(dl.headers['content-disposition']).toContain(
      "filename*=UTF-8''faktura%20%C5%BC%C3%B3%C5%82ta.pdf",
    );
    const big = await upload(s, t.id, 'big.bin', Buffer.alloc(1024 * 1024 + 10, 1));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('attachment_too_large');
    const other = await orgWithAdmin(k);
    expect((await get(other.session, att.url)).statusCode).toBe(404);
  });
});

describe('customers and their tickets', () => {
  it('finds tickets by the customer’s new name and moves them on a customer merge', async () => {
    const { session: s } = await orgWithAdmin(k);
    const t = await newTicket(s, 'Zwrot', undefined, {
      customer: { email: 'anna@example.pl', name: 'Anna Nowak' },
    });
    await k.inject({
      method: 'PATCH',
      url: `/api/v1/customers/${t.customerId}`,
      headers: s.headers,
      payload: { name: 'Anna Dvořáková' },
    });
    const hits = (await get(s, '/api/v1/search?q=dvorakova')).json().tickets;
    expect(hits.map((h: { ticket: { id: string } }) => h.ticket.id)).toEqual([t.id]);
    const other = (
      await post(s, '/api/v1/customers', {
        name: 'Anna D.',
        identities: [{ kind: 'email', value: 'anna.d@example.cz' }],
      })
    ).json();
    const merge = await post(s, `/api/v1/customers/${other.id}/merge`, { sourceId: t.customerId });
    expect(merge.statusCode).toBe(200);
    const moved = (await get(s, `/api/v1/tickets/${t.id}`)).json();
    expect(moved.customerId).toBe(other.id);
    const history = (await get(s, `/api/v1/tickets/${t.id}/timeline`))
      .json()
      .items.filter((i: { type: string; event?: { field: string } }) => i.event?.field === 'customerId');
    expect(history).toHaveLength(1);
  });
});

describe('filters parameter', () => {
  it('answers 400 for filters that are not JSON ticket filters, in lists and search alike', async () => {
    const { session: s } = await orgWithAdmin(k);
    for (const url of [
      '/api/v1/tickets?filters=%7Bnope',
      '/api/v1/search?q=x&filters=%7B%22status%22%3A%5B%22lost%22%5D%7D',
    ]) {
      const res = await get(s, url);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
  });
});
