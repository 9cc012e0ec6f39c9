import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildCustomer, buildOrg, orgWithAdmin } from '../../../test/factories.ts';
import { api } from '../sla/sla.test-kit.ts';
import { askLink, mailedLink, orgSlug, portalApi, portalSignIn, portalUrl } from './portal.test-kit.ts';

const k = await startTestKontakt();
const { org, session: admin } = await orgWithAdmin(k);
const slug = await orgSlug(k, org.id);
const anna = await buildCustomer(k, org, {
  name: 'Anna Nowak',
  identities: [{ kind: 'email', value: 'anna@example.test' }],
});
const piotr = await buildCustomer(k, org, { identities: [{ kind: 'email', value: 'piotr@example.test' }] });
const { send, get } = api(k);
const portal = portalApi(k);

const outboxCount = async () =>
  Number(
    (
      await k.database.query<{ n: string }>(
        `SELECT count(*) AS n FROM mail_outbox WHERE purpose = 'portal_sign_in'`,
      )
    )[0]!.n,
  );

/** A ticket of `customerId` opened by the admin with the customer's question. */
async function ticketOf(customerId: string, subject = 'Pytanie o dostawę') {
  const res = await send('POST', admin, '/tickets', {
    subject,
    customerId,
    message: { author: 'customer', body: { text: 'Kiedy dotrze paczka?' } },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; number: number };
}

describe('sign-in by a one-time link', () => {
  it('mails a link to a known address, in the asked language, and answers an unknown one the same', async () => {
    const before = await outboxCount();
    const known = await askLink(k, slug, { email: 'Anna@Example.test', language: 'cs' });
    const unknown = await askLink(k, slug, { email: 'nobody@example.test', language: 'cs' });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
    expect(await outboxCount()).toBe(before + 1);
    const [mail] = await k.database.query<{ subject: string; body_text: string }>(
      `SELECT subject, body_text FROM mail_outbox WHERE to_address = 'anna@example.test' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(mail!.subject).toContain('Odkaz pro přihlášení');
    expect(mail!.body_text).toContain(`/portal/${slug}/sign-in#token=`);
    // Only the hash of the token is stored.
    const token = new URL((await mailedLink(k, 'anna@example.test'))!).hash.slice('#token='.length);
    const stored = await k.database.query(
      `SELECT 1 FROM portal_login_tokens WHERE token_hash::text LIKE $1`,
      [`%${Buffer.from(token).toString('hex')}%`],
    );
    expect(stored).toHaveLength(0);
  });

  it('opens a session once: an httpOnly cookie of its own; the same link again is refused', async () => {
    await askLink(k, slug, { email: 'piotr@example.test', language: 'en' });
    const token = new URL((await mailedLink(k, 'piotr@example.test'))!).hash.slice('#token='.length);
    const first = await k.inject({ method: 'POST', url: portalUrl(slug, '/session'), payload: { token } });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ email: 'piotr@example.test', language: 'en' });
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/^kontakt_portal=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Path=\/api\/portal\//);
    const again = await k.inject({ method: 'POST', url: portalUrl(slug, '/session'), payload: { token } });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('invalid_token');
  });

  it('refuses a link after 15 minutes', async () => {
    await askLink(k, slug, { email: 'piotr@example.test', language: 'en' });
    const token = new URL((await mailedLink(k, 'piotr@example.test'))!).hash.slice('#token='.length);
    k.clock.advance(16 * 60_000);
    const res = await k.inject({ method: 'POST', url: portalUrl(slug, '/session'), payload: { token } });
    expect(res.statusCode).toBe(400);
  });

  it('a portal session is not an agent session, and belongs to one organization', async () => {
    const s = await portalSignIn(k, slug, 'anna@example.test');
    expect((await portal.get(s, '/me')).json()).toMatchObject({ name: 'Anna Nowak', organization: { slug } });
    const asAgent = await k.inject({ method: 'GET', url: '/api/v1/tickets', headers: { cookie: s.cookie } });
    expect(asAgent.statusCode).toBe(401);
    const other = await buildOrg(k);
    const otherSlug = await orgSlug(k, other.id);
    const elsewhere = await k.inject({
      method: 'GET',
      url: portalUrl(otherSlug, '/tickets'),
      headers: { cookie: s.cookie },
    });
    expect(elsewhere.statusCode).toBe(401);
    const agentCookie = await k.inject({
      method: 'GET',
      url: portalUrl(slug, '/me'),
      headers: admin.headers,
    });
    expect(agentCookie.statusCode).toBe(401);
  });

  it('sends at most three links per customer in 15 minutes, and answers the same beyond', async () => {
    k.clock.advance(16 * 60_000);
    const ask = () => askLink(k, slug, { email: 'piotr@example.test' });
    const before = await outboxCount();
    const answers = [await ask(), await ask(), await ask(), await ask()];
    expect(answers.map((a) => a.statusCode)).toEqual([202, 202, 202, 202]);
    expect(await outboxCount()).toBe(before + 3);
  });

  it('signs out', async () => {
    const s = await portalSignIn(k, slug, 'anna@example.test');
    expect((await portal.send('POST', s, '/sign-out')).statusCode).toBe(204);
    expect((await portal.get(s, '/me')).statusCode).toBe(401);
  });
});

describe("the customer's tickets", () => {
  it('lists only their own tickets and never shows internal notes', async () => {
    const mine = await ticketOf(anna.id);
    const theirs = await ticketOf(piotr.id, 'Piotr: faktura');
    const note = await send('POST', admin, `/tickets/${mine.id}/messages`, {
      kind: 'note',
      body: { text: 'TAJNE: klient marudzi' },
    });
    expect(note.statusCode, note.body).toBe(201);
    const reply = await send('POST', admin, `/tickets/${mine.id}/messages`, {
      kind: 'reply',
      body: { text: 'Paczka wyjdzie jutro.' },
      status: 'pending_customer',
    });
    expect(reply.statusCode, reply.body).toBe(201);

    const s = await portalSignIn(k, slug, 'anna@example.test');
    const list = (await portal.get(s, '/tickets')).json().items as Array<{ id: string; status: string }>;
    expect(list.map((t) => t.id)).toContain(mine.id);
    expect(list.map((t) => t.id)).not.toContain(theirs.id);
    expect(list.find((t) => t.id === mine.id)!.status).toBe('waiting_for_you');

    const detail = await portal.get(s, `/tickets/${mine.id}`);
    expect(detail.statusCode).toBe(200);
    const texts = detail.json().messages.map((m: { text: string }) => m.text);
    expect(texts).toEqual(['Kiedy dotrze paczka?', 'Paczka wyjdzie jutro.']);
    expect(detail.body).not.toContain('TAJNE');

    expect((await portal.get(s, `/tickets/${theirs.id}`)).statusCode).toBe(404);
    expect((await portal.send('POST', s, `/tickets/${theirs.id}/replies`, { text: 'x' })).statusCode).toBe(
      404,
    );
  });

  it('a reply arrives as the customer’s inbound message and reopens the ticket', async () => {
    k.clock.advance(16 * 60_000);
    const t = await ticketOf(anna.id, 'Zwrot pieniędzy');
    await send('POST', admin, `/tickets/${t.id}/messages`, {
      kind: 'reply',
      body: { text: 'Proszę o numer konta.' },
      status: 'pending_customer',
    });
    const s = await portalSignIn(k, slug, 'anna@example.test');
    const noCsrf = await k.inject({
      method: 'POST',
      url: portalUrl(slug, `/tickets/${t.id}/replies`),
      headers: { cookie: s.cookie },
      payload: { text: 'PL61 1090 1014 0000 0712 1981 2874' },
    });
    expect(noCsrf.statusCode).toBe(403);
    const empty = await portal.send('POST', s, `/tickets/${t.id}/replies`, { text: '   ' });
    expect(empty.statusCode).toBe(400);
    const res = await portal.send('POST', s, `/tickets/${t.id}/replies`, {
      text: 'PL61 1090 1014 0000 0712 1981 2874',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().status).toBe('open');

    const agentView = await get(admin, `/tickets/${t.id}/messages`);
    const last = agentView.json().items.at(-1);
    expect(last).toMatchObject({
      kind: 'reply',
      direction: 'inbound',
      authorType: 'customer',
      bodyText: 'PL61 1090 1014 0000 0712 1981 2874',
    });
    const ticket = (await get(admin, `/tickets/${t.id}`)).json();
    expect(ticket.status).toBe('open');
  });
});

describe('the API description', () => {
  it('documents the portal routes', async () => {
    const doc = (await k.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    for (const path of [
      '/api/portal/v1/orgs/{slug}/sign-in-link',
      '/api/portal/v1/orgs/{slug}/tickets/{id}/replies',
      '/api/portal/v1/orgs/{slug}/complaints',
      '/api/portal/v1/orgs/{slug}/complaint-lookup',
    ])
      expect(Object.keys(doc.paths)).toContain(path);
  });
});
