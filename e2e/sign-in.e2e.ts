import { expect, test } from 'vitest';
import { appFrame, htmlLang, signInPage, submitSignIn } from './support/app.ts';
import { Journey } from './support/browser.ts';
import { useServerAndBrowser } from './support/fixtures.ts';
import { text } from './support/i18n.ts';
import { DEMO_PASSWORD } from './support/server.ts';

const { server, browser } = useServerAndBrowser();

test('admin signs in, sees the frame and signs out', async ({ task, onTestFinished }) => {
  const journey = await Journey.open(browser(), task.name, { baseURL: server().url, locale: 'en-US' });
  onTestFinished(() => journey.close());
  const { page } = journey;

  await journey.step('root redirects to sign-in', async () => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await page.waitForURL((url) => url.pathname === '/login');
    const form = signInPage(page, 'en');
    await form.heading.waitFor();
    await form.email.waitFor();
    await form.password.waitFor();
    expect(await htmlLang(page)).toBe('en');
    await expect
      .poll(() => page.title())
      .toBe(`${text('en', 'auth.login.title')} · ${text('en', 'app.name')}`);
  });

  // Anna's stored language is Polish: once she is signed in, the app speaks Polish.
  await journey.step('sign in as the admin', async () => {
    const response = await submitSignIn(page, 'en', 'admin@demo-sklep.test', DEMO_PASSWORD);
    expect(response.status()).toBe(200);
    await page.waitForURL((url) => url.pathname === '/inbox');
    await appFrame(page, 'pl').nav.waitFor();
  });

  await journey.step('frame shows who is signed in', async () => {
    const frame = appFrame(page, 'pl');
    await frame.banner.getByText('Anna Administratorka', { exact: true }).waitFor();
    await frame.banner.getByText('Demo Sklep', { exact: true }).waitFor();
    await frame.banner.getByText(text('pl', 'roles.admin'), { exact: true }).waitFor();
    await frame.navLink('admin').waitFor();
    expect(await frame.navLink('admin').getAttribute('href')).toBe('/admin');
    await page
      .getByRole('heading', { level: 1, name: text('pl', 'views.builtIn.mine_open'), exact: true })
      .waitFor();
    expect(await htmlLang(page)).toBe('pl');
  });

  await journey.step('open the admin section', async () => {
    await appFrame(page, 'pl').navLink('admin').click();
    // The admin area opens on its first section, the agents.
    await page.waitForURL((url) => url.pathname === '/admin/agents');
    await page
      .getByRole('heading', { level: 1, name: text('pl', 'admin.sections.agents'), exact: true })
      .waitFor();
    await page.getByText('agent.pl@demo-sklep.test', { exact: true }).waitFor();
  });

  await journey.step('sign out returns to sign-in', async () => {
    await appFrame(page, 'pl').signOut.click();
    await page.waitForURL((url) => url.pathname === '/login');
    await signInPage(page, 'pl').heading.waitFor();
    expect(await appFrame(page, 'pl').nav.count()).toBe(0);
  });

  await journey.step('the session is gone', async () => {
    // The server forgot the session too: the app shell sends us back to sign-in.
    const me = await page.request.get('/api/v1/me');
    expect(me.status()).toBe(401);
    await page.goto('/inbox');
    await page.waitForURL((url) => url.pathname === '/login');
    await signInPage(page, 'pl').heading.waitFor();
  });
});
