import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../test/api-mock.ts';
import { buildMe } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';

describe('language switch', () => {
  it('changes the visible text on the sign-in page and remembers the choice', async () => {
    const { calls } = mockApi({ 'GET /me': apiError(401, 'unauthenticated') });
    const { user } = renderApp('/login');
    expect(await screen.findByRole('heading', { name: 'Sign in to Kontakt' })).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'pl');
    expect(await screen.findByRole('heading', { name: 'Zaloguj się do Kontaktu' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Zaloguj się' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('pl');
    expect(document.title).toBe('Zaloguj się do Kontaktu · Kontakt');
    expect(localStorage.getItem('kontakt.locale')).toBe('pl');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Język' }), 'cs');
    expect(await screen.findByRole('heading', { name: 'Přihlášení do Kontaktu' })).toBeTruthy();
    // Nobody is signed in, so nothing is stored on a profile.
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
  });

  it('stores the choice on the signed-in agent with the CSRF token', async () => {
    const { calls } = mockApi({
      'GET /me': { status: 200, body: buildMe() },
      'PATCH /me': (call) => ({
        status: 200,
        body: { ...buildMe({ locale: (call.body as { locale: 'pl' }).locale }), csrfToken: 'csrf-token-2' },
      }),
    });
    const { user } = renderApp('/inbox');
    expect(await screen.findByRole('heading', { name: 'Inbox' })).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'pl');

    expect(await screen.findByRole('heading', { name: 'Skrzynka' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Nawigacja główna' })).toBeTruthy();
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1));
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch).toMatchObject({ path: '/me', body: { locale: 'pl' } });
    expect(patch.headers['x-csrf-token']).toBe('csrf-token-1');
    // The switch stays in Polish once the server has confirmed it.
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Język' })).toHaveProperty('disabled', false),
    );
    expect(document.documentElement.lang).toBe('pl');
  });
});
