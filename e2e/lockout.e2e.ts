import { expect, test } from 'vitest';
import { htmlLang, signInPage, submitSignIn } from './support/app.ts';
import { Journey } from './support/browser.ts';
import { useServerAndBrowser } from './support/fixtures.ts';
import { text } from './support/i18n.ts';
import { DEMO_PASSWORD } from './support/server.ts';

const { server, browser } = useServerAndBrowser();

/** The server's defaults: LOGIN_MAX_FAILURES=5, LOGIN_LOCK_MINUTES=15. */
const MAX_FAILURES = 5;
const LOCK_MINUTES = 15;
const EMAIL = 'agent.pl@demo-sklep.test';

test('five wrong passwords lock the account, told in Polish with the wait', async ({
  task,
  onTestFinished,
}) => {
  const journey = await Journey.open(browser(), task.name, { baseURL: server().url, locale: 'en-US' });
  onTestFinished(() => journey.close());
  const { page } = journey;
  const form = signInPage(page, 'pl');
  const lockedMessage = text('pl', 'errors.account_locked', LOCK_MINUTES);

  await journey.step('sign-in page in Polish', async () => {
    await page.goto('/login');
    await signInPage(page, 'en').language.selectOption('pl');
    await form.heading.waitFor();
    await expect.poll(() => htmlLang(page)).toBe('pl');
  });

  for (let attempt = 1; attempt < MAX_FAILURES; attempt += 1) {
    await journey.step(`wrong password ${attempt}`, async () => {
      const response = await submitSignIn(page, 'pl', EMAIL, `wrong-password-${attempt}`);
      expect(response.status()).toBe(401);
      await form.alert.filter({ hasText: text('pl', 'errors.invalid_credentials') }).waitFor();
      expect(await form.alert.innerText()).toBe(text('pl', 'errors.invalid_credentials'));
    });
  }

  await journey.step(`wrong password ${MAX_FAILURES} locks`, async () => {
    const response = await submitSignIn(page, 'pl', EMAIL, `wrong-password-${MAX_FAILURES}`);
    expect(response.status()).toBe(423);
    await form.alert.filter({ hasText: lockedMessage }).waitFor();
    const shown = await form.alert.innerText();
    expect(shown).toBe(lockedMessage);
    expect(shown).toContain(`${LOCK_MINUTES} minut`);
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  await journey.step('even the right password is refused while locked', async () => {
    const response = await submitSignIn(page, 'pl', EMAIL, DEMO_PASSWORD);
    expect(response.status()).toBe(423);
    const body = (await response.json()) as {
      error: { code: string; details?: { retryAfterSeconds?: number } };
    };
    expect(body.error.code).toBe('account_locked');
    const minutes = Math.ceil((body.error.details?.retryAfterSeconds ?? 0) / 60);
    expect(minutes).toBe(LOCK_MINUTES);
    await form.alert.filter({ hasText: text('pl', 'errors.account_locked', minutes) }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  await journey.step('switching language translates the lockout message', async () => {
    await form.language.selectOption('cs');
    await signInPage(page, 'cs').heading.waitFor();
    // The message was put together when the answer came; it is re-read on the next attempt.
    const response = await submitSignIn(page, 'cs', EMAIL, DEMO_PASSWORD);
    expect(response.status()).toBe(423);
    const cs = text('cs', 'errors.account_locked', LOCK_MINUTES);
    await signInPage(page, 'cs').alert.filter({ hasText: cs }).waitFor();
    expect(await signInPage(page, 'cs').alert.innerText()).toBe(cs);
  });
});
