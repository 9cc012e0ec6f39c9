import { expect, test } from 'vitest';
import { appFrame, htmlLang, signInPage, submitSignIn } from './support/app.ts';
import { Journey } from './support/browser.ts';
import { useServerAndBrowser } from './support/fixtures.ts';
import { text, type Locale } from './support/i18n.ts';
import { DEMO_PASSWORD } from './support/server.ts';

const { server, browser } = useServerAndBrowser();

/** The sign-in page's visible texts in `locale`, read from the page. */
async function expectSignInPageIn(journey: Journey, locale: Locale): Promise<void> {
  const { page } = journey;
  const form = signInPage(page, locale);
  await form.heading.waitFor();
  await form.email.waitFor();
  await form.password.waitFor();
  await form.submit.waitFor();
  await form.forgot.waitFor();
  await form.language.waitFor();
  await page.getByText(text(locale, 'app.tagline'), { exact: true }).waitFor();
  expect(await form.language.inputValue()).toBe(locale);
  await expect.poll(() => htmlLang(page)).toBe(locale);
}

test('the sign-in page switches between Polish, Czech and English', async ({ task, onTestFinished }) => {
  // The three languages must really differ for this journey to prove anything.
  for (const key of ['auth.login.title', 'auth.password', 'auth.login.submit', 'language.label']) {
    expect(new Set([text('pl', key), text('cs', key), text('en', key)]).size, key).toBe(3);
  }
  const journey = await Journey.open(browser(), task.name, { baseURL: server().url, locale: 'en-US' });
  onTestFinished(() => journey.close());
  const { page } = journey;

  await journey.step('sign-in page in English', async () => {
    await page.goto('/login');
    await expectSignInPageIn(journey, 'en');
  });

  let shown: Locale = 'en';
  for (const next of ['pl', 'cs', 'en'] as const) {
    await journey.step(`switch to ${next}`, async () => {
      await signInPage(page, shown).language.selectOption(next);
      await expectSignInPageIn(journey, next);
      // Nothing of the previous language is left on the page.
      const previous = signInPage(page, shown);
      expect(await previous.heading.count()).toBe(0);
      expect(await previous.submit.count()).toBe(0);
      shown = next;
    });
  }

  await journey.step('the choice survives a reload', async () => {
    await signInPage(page, 'en').language.selectOption('cs');
    await expectSignInPageIn(journey, 'cs');
    await page.reload();
    await expectSignInPageIn(journey, 'cs');
  });
});

test("a Czech agent's workspace comes up in Czech", async ({ task, onTestFinished }) => {
  const journey = await Journey.open(browser(), task.name, { baseURL: server().url, locale: 'en-US' });
  onTestFinished(() => journey.close());
  const { page } = journey;

  await journey.step('sign-in page in English', async () => {
    await page.goto('/login');
    await expectSignInPageIn(journey, 'en');
  });

  await journey.step('sign in as the Czech agent', async () => {
    const response = await submitSignIn(page, 'en', 'agent.cs@demo-sklep.test', DEMO_PASSWORD);
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { agent: { locale: string } };
    expect(body.agent.locale).toBe('cs');
    await page.waitForURL((url) => url.pathname === '/inbox');
  });

  await journey.step('frame speaks Czech', async () => {
    const frame = appFrame(page, 'cs');
    await frame.nav.waitFor();
    const labels = (await frame.nav.getByRole('link').allInnerTexts()).map((label) => label.trim());
    // An agent's navigation (leads and admins see more).
    expect(labels).toEqual(
      [
        'nav.inbox',
        'nav.customers',
        'nav.complaints',
        'nav.returns',
        'nav.orders',
        'dashboards.navMine',
        'nav.quality',
        'nav.approvals',
        'timeTracking.nav',
      ].map((key) => text('cs', key)),
    );
    await frame.banner.getByText('Jiří Dvořák', { exact: true }).waitFor();
    await frame.banner.getByText(text('cs', 'roles.agent'), { exact: true }).waitFor();
    await frame.signOut.waitFor();
    expect(await frame.language.inputValue()).toBe('cs');
    await page
      .getByRole('heading', { level: 1, name: text('cs', 'views.builtIn.mine_open'), exact: true })
      .waitFor();
    await expect.poll(() => htmlLang(page)).toBe('cs');
    await expect
      .poll(() => page.title())
      .toBe(`${text('cs', 'views.builtIn.mine_open')} · ${text('cs', 'app.name')}`);
  });
});
