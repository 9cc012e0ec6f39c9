import { expect } from 'vitest';
import type { TestKontakt } from '../../../test/harness.ts';

/** A portal session as a browser holds it: the cookie and the CSRF token for writes. */
export interface PortalSession {
  slug: string;
  cookie: string;
  csrf: string;
}

export const portalUrl = (slug: string, path = '') => `/api/portal/v1/orgs/${slug}${path}`;

export async function orgSlug(k: TestKontakt, orgId: string): Promise<string> {
  const rows = await k.database.query<{ slug: string }>(`SELECT slug FROM organizations WHERE id = $1`, [
    orgId,
  ]);
  return rows[0]!.slug;
}

/** The newest sign-in link mailed to `to` (read from the outbox), or null. */
export async function mailedLink(k: TestKontakt, to: string): Promise<string | null> {
  const rows = await k.database.query<{ body_text: string }>(
    `SELECT body_text FROM mail_outbox WHERE purpose = 'portal_sign_in' AND to_address = $1
      ORDER BY created_at DESC, id DESC LIMIT 1`,
    [to],
  );
  const m = rows[0] && /(https?:\/\/\S+\/sign-in#token=[\w-]+)/.exec(rows[0].body_text);
  return m ? m[1]! : null;
}

/** A caller's address of its own, so the per-caller rate limits of one test do not reach the next. */
export const someIp = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;

/** Asks for a sign-in link (from a fresh caller address unless one is given). */
export const askLink = (k: TestKontakt, slug: string, payload: object, ip = someIp()) =>
  k.inject({ method: 'POST', url: portalUrl(slug, '/sign-in-link'), payload, remoteAddress: ip });

/** Asks for a link, reads it from the outbox and redeems it, as the customer does. */
export async function portalSignIn(k: TestKontakt, slug: string, email: string): Promise<PortalSession> {
  const ask = await askLink(k, slug, { email, language: 'pl' });
  expect(ask.statusCode, ask.body).toBe(202);
  const link = await mailedLink(k, email.toLowerCase());
  expect(link).toBeTruthy();
  const token = new URL(link!).hash.replace('#token=', '');
  const res = await k.inject({ method: 'POST', url: portalUrl(slug, '/session'), payload: { token } });
  expect(res.statusCode, res.body).toBe(200);
  const raw = res.headers['set-cookie'];
  const cookie = String(Array.isArray(raw) ? raw[0] : raw).split(';')[0]!;
  return { slug, cookie, csrf: res.json().csrfToken };
}

/** Requests through HTTP as the signed-in customer. */
export const portalApi = (k: TestKontakt) => ({
  get: (s: PortalSession, path: string) =>
    k.inject({ method: 'GET', url: portalUrl(s.slug, path), headers: { cookie: s.cookie } }),
  send: (method: 'POST' | 'PATCH', s: PortalSession, path: string, payload?: unknown) =>
    k.inject({
      method,
      url: portalUrl(s.slug, path),
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      ...(payload ? { payload: payload as object } : {}),
    }),
});

/** A complaint as the portal's form sends it (PL consumer law). */
export const portalComplaint = (over: object = {}) => ({
  jurisdiction: 'PL',
  regime: 'pl_consumer',
  consumer: { name: 'Zofia Łukasiewicz', email: null, phone: '+48 600 100 200', kind: 'consumer' },
  product: { name: 'Pralka Żuraw 7 kg', model: 'ZW-700' },
  orderNumber: 'ZAM-2026-77',
  purchaseDate: '2026-09-01',
  deliveryDate: '2026-09-03',
  price: { amount: '1899.00', currency: 'PLN' },
  description: 'Pralka nie wiruje, bęben stoi.',
  noticedOn: '2026-10-30',
  demand: { kind: 'repair' },
  language: 'pl',
  ...over,
});

/** A multipart body: the complaint JSON in `complaint` and files in `files`. */
export function complaintForm(complaint: object, files: Array<{ name: string; type: string; body: Buffer }>) {
  const boundary = `----portal${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="complaint"\r\n\r\n${JSON.stringify(complaint)}\r\n`,
    ),
  ];
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`,
      ),
      f.body,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
