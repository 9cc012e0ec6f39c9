import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, test } from 'vitest';
import portalPl from '../apps/portal/src/i18n/pl.json' with { type: 'json' };
import { submitSignIn } from './support/app.ts';
import { Journey } from './support/browser.ts';
import { useServerAndBrowser } from './support/fixtures.ts';
import { text } from './support/i18n.ts';
import { DEMO_PASSWORD } from './support/server.ts';
import { REPO_ROOT } from './support/paths.ts';

/**
 * The complaints issue's journey: a customer signs in to the portal by an e-mailed link and files a
 * complaint with a photo; the agent sees it in the agent app with its statutory clock and decides;
 * the customer sees the decision in the portal and downloads its PDF.
 */
beforeAll(() => {
  const portalIndex = fileURLToPath(new URL('../apps/portal/dist/index.html', import.meta.url));
  if (existsSync(portalIndex)) return;
  const built = spawnSync('npm', ['run', 'build', '-w', '@kontakt/portal'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('the portal did not build');
}, 180_000);

const { server, browser } = useServerAndBrowser();
const SLUG = 'demo-sklep';
const CUSTOMER = `zofia.${Date.now().toString(36)}@example.pl`;
const PRODUCT = 'Czajnik Żuraw 1,7 l';
const REASONS = 'Uszkodzenie mechaniczne: pęknięta obudowa po upadku.';
const P = portalPl;

/** The admin's session for the setup and for reading the outbox (mail is kept without SMTP). */
async function adminApi(base: string) {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@demo-sklep.test', password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookie = String(login.headers.get('set-cookie')).split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  return {
    post: (path: string, body: unknown) =>
      fetch(`${base}/api/v1${path}`, { method: 'POST', headers, body: JSON.stringify(body) }),
    get: (path: string) => fetch(`${base}/api/v1${path}`, { headers }),
  };
}

test('a customer files a complaint in the portal, the agent decides, the customer sees it', async ({
  onTestFinished,
}) => {
  const base = server().url;
  const admin = await adminApi(base);
  // The lead (Łukasz Kierownik) works in Polish.
  // The customer is known by e-mail: an earlier question of theirs.
  const first = await admin.post('/tickets', {
    subject: 'Pytanie o dostawę',
    customer: { email: CUSTOMER, name: 'Zofia Wiśniewska' },
    message: { author: 'customer', body: { text: 'Kiedy dotrze paczka?' } },
  });
  expect(first.status).toBe(201);
  // Deciding needs a root cause from the organization's taxonomy.
  const cause = await admin.post('/complaint-causes', { segment: 'damage', name: 'Uszkodzenie' });
  expect([201, 409]).toContain(cause.status);

  const customer = await Journey.open(browser(), 'portal journey: customer', {
    baseURL: base,
    locale: 'pl-PL',
  });
  onTestFinished(() => customer.close());
  const c = customer.page;

  await customer.step('customer asks for a sign-in link', async () => {
    await c.goto(`/portal/${SLUG}`);
    await c.getByLabel(P.signIn.email).fill(CUSTOMER);
    await c.getByRole('button', { name: P.signIn.send }).click();
    await c.getByText(P.signIn.sentTitle).waitFor();
  });

  await customer.step('customer opens the link from the e-mail', async () => {
    const outbox = (await (await admin.get('/outbox?limit=50')).json()) as {
      items: Array<{ to: string; purpose: string; text: string }>;
    };
    const mail = outbox.items.find((m) => m.to === CUSTOMER && m.purpose === 'portal_sign_in');
    expect(mail, 'the sign-in mail is in the outbox').toBeTruthy();
    const link = /(https?:\/\/\S+#token=[\w-]+)/.exec(mail!.text)![1]!;
    await c.goto(link);
    await c.getByRole('heading', { name: 'Witaj, Zofia Wiśniewska' }).waitFor();
    await c.getByRole('link', { name: 'Pytanie o dostawę' }).waitFor();
  });

  const ticketId = await customer.step('customer files a complaint with a photo', async () => {
    await c.getByRole('link', { name: P.complaints.new }).first().click();
    await c.getByLabel(P.newComplaint.product, { exact: false }).first().fill(PRODUCT);
    await c.getByLabel(P.newComplaint.purchaseDate).fill('2026-09-01');
    await c
      .getByLabel(P.newComplaint.description, { exact: false })
      .fill('Obudowa pękła, czajnik przecieka.');
    await c.getByLabel(P.newComplaint.demand).selectOption('replacement');
    await c.locator('input[type="file"]').setInputFiles({
      name: 'czajnik.png',
      mimeType: 'image/png',
      buffer: Buffer.from('\x89PNG\r\n\x1a\nzdjęcie czajnika'),
    });
    const [res] = await Promise.all([
      c.waitForResponse(
        (r) => r.url().endsWith(`/orgs/${SLUG}/complaints`) && r.request().method() === 'POST',
      ),
      c.getByRole('button', { name: P.newComplaint.submit }).click(),
    ]);
    expect(res.status()).toBe(201);
    const body = (await res.json()) as { ticketId: string; number: number };
    await c.getByRole('heading', { name: new RegExp(`${body.number}: ${PRODUCT}`) }).waitFor();
    await c.getByText(P.complaints.state.running).first().waitFor();
    await c.getByText(/Odpowiedź do \d+ \S+ 2026/).waitFor();
    return body.ticketId;
  });

  const agent = await Journey.open(browser(), 'portal journey: agent', { baseURL: base, locale: 'en-US' });
  onTestFinished(() => agent.close());
  const a = agent.page;

  await agent.step('the agent sees the complaint with its clock', async () => {
    await a.goto('/login');
    expect((await submitSignIn(a, 'en', 'lead@demo-sklep.test', DEMO_PASSWORD)).status()).toBe(200);
    await a.waitForURL((url) => url.pathname.startsWith('/inbox'));
    await a.goto(`/tickets/${ticketId}`);
    await a.getByText(PRODUCT).first().waitFor();
    await a.getByText(text('pl', 'complaints.clock.running'), { exact: true }).first().waitFor();
    await a
      .getByText(text('pl', 'complaints.clock.daysLeft', 14))
      .first()
      .waitFor();
  });

  await agent.step('the agent rejects it with reasons', async () => {
    const form = a.getByRole('form', { name: text('pl', 'complaints.decision.title') });
    await form.getByText(text('pl', 'complaints.decision.rejected'), { exact: true }).click();
    await form.getByLabel(text('pl', 'complaints.decision.reasons'), { exact: false }).fill(REASONS);
    await form.getByLabel(text('pl', 'complaints.decision.rootCause'), { exact: false }).fill('damage');
    const [res] = await Promise.all([
      a.waitForResponse((r) => r.url().includes('/complaint/decision') && r.request().method() === 'POST'),
      form.getByRole('button', { name: text('pl', 'complaints.decision.save') }).click(),
    ]);
    expect(res.status()).toBe(200);
    // The decision letter (PDF) goes out on the durable medium.
    const letter = await admin.post(`/tickets/${ticketId}/complaint/letter`, {});
    expect(letter.status).toBe(200);
  });

  await customer.step('the customer sees the decision and downloads its PDFs', async () => {
    await c.reload();
    await c.getByText(P.complaints.outcome.rejected).waitFor();
    await c.getByText(REASONS).waitFor();
    for (const kind of ['decision', 'protocol'] as const) {
      const href = await c.getByRole('link', { name: P.complaints.document[kind] }).getAttribute('href');
      const pdf = await c.request.get(href!);
      expect(pdf.status(), kind).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    }
    // Seeing the decision in the portal is its delivery: the statutory clock has its answer.
    const record = (await (await admin.get(`/tickets/${ticketId}/complaint`)).json()) as {
      answerDeliveredAt: string | null;
      state: string;
    };
    expect(record.answerDeliveredAt).not.toBeNull();
    expect(record.state).toBe('answered_in_time');
  });
});
