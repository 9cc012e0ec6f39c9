import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SmtpSink } from '../apps/server/test/smtp-sink.ts';
import { submitSignIn } from './support/app.ts';
import { Journey } from './support/browser.ts';
import { useServerAndBrowser } from './support/fixtures.ts';
import { text } from './support/i18n.ts';
import { DEMO_PASSWORD } from './support/server.ts';

/**
 * The survey journey of issue 9: an admin turns the CSAT e-mail on, an agent solves a ticket, the
 * survey e-mail reaches the SMTP sink, the customer opens its link in Chromium without signing in
 * and answers, and the answer shows in the admin's results view.
 */
const sink = new SmtpSink();
const { server, browser } = useServerAndBrowser(async () => {
  await sink.start();
  return { env: { SMTP_URL: sink.url, SMTP_FROM: 'Demo Sklep <pomoc@demo-sklep.test>' } };
});

const CUSTOMER = `ankieta-${Date.now().toString(36)}@example.pl`;
const COMMENT = 'Szybko i uprzejmie, dziękuję';

async function signIn(journey: Journey, email: string): Promise<void> {
  await journey.page.goto('/login');
  const response = await submitSignIn(journey.page, 'en', email, DEMO_PASSWORD);
  expect(response.status()).toBe(200);
  await journey.page.waitForURL((url) => url.pathname.startsWith('/inbox'));
}

/** A call to the API from the signed-in page (its cookie, and the CSRF token from /me). */
async function api<T>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  return page.evaluate(
    async ([m, p, b]) => {
      const me = (await (await fetch('/api/v1/me')).json()) as { csrfToken: string };
      const res = await fetch(`/api/v1${p}`, {
        method: m,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      return { status: res.status, json: (await res.json().catch(() => null)) as T };
    },
    [method, path, body] as const,
  );
}

test('a solved ticket brings a survey e-mail whose link is answered and shows in the results', async ({
  task,
  onTestFinished,
}) => {
  onTestFinished(() => sink.stop());
  const admin = await Journey.open(browser(), task.name, { baseURL: server().url, locale: 'en-US' });
  onTestFinished(() => admin.close());

  const ticket = await admin.step('the admin turns CSAT on and a ticket is solved', async () => {
    await signIn(admin, 'admin@demo-sklep.test');
    const settings = await api(admin.page, 'PUT', '/surveys/settings', {
      csatEnabled: true,
      csatDelayMinutes: 0,
      resendWindowDays: 30,
      tokenTtlDays: 14,
      lowCsat: 2,
      lowNps: 6,
      lowCes: 3,
      queues: [],
    });
    expect(settings.status).toBe(200);
    const queues = await api<{ items: Array<{ id: string }> }>(admin.page, 'GET', '/queues');
    const created = await api<{ id: string; number: number; version: number }>(
      admin.page,
      'POST',
      '/tickets',
      {
        subject: 'Pytanie o dostawę',
        queueId: queues.json.items[0]!.id,
        language: 'pl',
        customer: { email: CUSTOMER, name: 'Zofia' },
        message: { author: 'customer', body: { text: 'Kiedy przyjdzie paczka?' } },
      },
    );
    expect(created.status).toBe(201);
    const solved = await api(admin.page, 'PATCH', `/tickets/${created.json.id}`, {
      version: created.json.version,
      status: 'solved',
    });
    expect(solved.status).toBe(200);
    return created.json;
  });

  const link = await admin.step('the survey e-mail arrives at the SMTP sink', async () => {
    const isSurvey = (m: (typeof sink.received)[number]) =>
      (m.subject ?? '').includes(`#${ticket.number}`) && (m.text ?? '').includes('/survey/');
    await expect.poll(() => sink.received.some(isSurvey), { timeout: 60_000 }).toBe(true);
    const mail = sink.received.find(isSurvey)!;
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toContain(CUSTOMER);
    return /(http:\/\/\S+\/survey\/[\w-]+)/.exec(mail.text!)![1]!;
  });

  const customer = await Journey.open(browser(), 'survey customer answers', {
    baseURL: server().url,
    locale: 'en-US',
  });
  onTestFinished(() => customer.close());
  await customer.step('the customer opens the link without signing in and answers', async () => {
    const { page } = customer;
    await page.goto(link);
    const group = page.getByRole('radiogroup', { name: 'Jak oceniasz obsługę Twojego zgłoszenia?' });
    await group.waitFor();
    await group
      .getByRole('radio', {
        name: text('pl', 'survey.scoreOf').replace('{{score}}', '5').replace('{{max}}', '5'),
      })
      .click();
    await page.getByLabel('Chcesz coś dodać? (opcjonalnie)').fill(COMMENT);
    await page.getByRole('button', { name: text('pl', 'survey.send'), exact: true }).click();
    await page.getByRole('heading', { name: 'Dziękujemy za odpowiedź!' }).waitFor();
    expect(new URL(page.url()).pathname.startsWith('/survey/')).toBe(true);
  });

  // The demo admin works in Polish.
  await admin.step('the answer shows in the results view', async () => {
    const { page } = admin;
    await page.goto('/admin/surveys');
    const table = page.getByRole('table', { name: text('pl', 'surveys.answersLabel'), exact: true });
    await table.waitFor();
    const row = table.getByRole('row').filter({ hasText: COMMENT });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain(`#${ticket.number}`);
    await expect.poll(() => page.getByTestId('figure-csat').textContent()).toBe('100 %');
  });
});
