import type { Page, Response } from 'playwright-core';
import { text, type Locale } from './i18n.ts';

/** The sign-in page, found by what a person reads in `locale`. */
export function signInPage(page: Page, locale: Locale) {
  return {
    heading: page.getByRole('heading', { level: 1, name: text(locale, 'auth.login.title'), exact: true }),
    email: page.getByLabel(text(locale, 'auth.email'), { exact: true }),
    password: page.getByLabel(text(locale, 'auth.password'), { exact: true }),
    submit: page.getByRole('button', { name: text(locale, 'auth.login.submit'), exact: true }),
    forgot: page.getByRole('link', { name: text(locale, 'auth.login.forgot'), exact: true }),
    language: page.getByRole('combobox', { name: text(locale, 'language.label'), exact: true }),
    alert: page.getByRole('alert'),
  };
}

/** Fills in the sign-in form and submits it; resolves with the server's answer to the login call. */
export async function submitSignIn(
  page: Page,
  locale: Locale,
  email: string,
  password: string,
): Promise<Response> {
  const form = signInPage(page, locale);
  await form.email.fill(email);
  await form.password.fill(password);
  const [response] = await Promise.all([
    page.waitForResponse(
      (res) => new URL(res.url()).pathname === '/api/v1/auth/login' && res.request().method() === 'POST',
    ),
    form.submit.click(),
  ]);
  return response;
}

/** The signed-in frame: header and left navigation, in `locale`. */
export function appFrame(page: Page, locale: Locale) {
  const nav = page.getByRole('navigation', { name: text(locale, 'nav.label'), exact: true });
  return {
    nav,
    navLink: (key: 'inbox' | 'customers' | 'complaints' | 'reports' | 'admin') =>
      nav.getByRole('link', { name: text(locale, `nav.${key}`), exact: true }),
    signOut: page.getByRole('button', { name: text(locale, 'shell.signOut'), exact: true }),
    language: page.getByRole('combobox', { name: text(locale, 'language.label'), exact: true }),
    banner: page.getByRole('banner'),
  };
}

/** `<html lang>` of the page. */
export function htmlLang(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang');
}
