import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../test/api-mock.ts';
import { buildMe } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';

const signedOut = apiError(401, 'unauthenticated');

async function fillCredentials(user: ReturnType<typeof renderApp>['user']) {
  await user.type(await screen.findByLabelText('E-mail'), 'eva@example.com');
  await user.type(screen.getByLabelText('Password'), 'correct horse battery');
}

describe('sign-in page', () => {
  it('asks for the six-digit code after totp_required and sends it with the second attempt', async () => {
    const { calls } = mockApi({
      'GET /me': signedOut,
      'POST /auth/login': [apiError(401, 'totp_required'), { status: 200, body: buildMe() }],
    });
    const { user, location } = renderApp('/login');
    await fillCredentials(user);
    expect(screen.queryByLabelText(/Verification code/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const code = await screen.findByLabelText(/Verification code/);
    expect(screen.queryByRole('alert')).toBeNull();
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(location()).toBe('/inbox'));
    const logins = calls.filter((c) => c.path === '/auth/login');
    expect(logins.map((c) => c.body)).toEqual([
      { email: 'eva@example.com', password: 'correct horse battery' },
      { email: 'eva@example.com', password: 'correct horse battery', totp: '123456' },
    ]);
    expect(logins[0]!.headers['x-csrf-token']).toBeUndefined();
  });

  it('does not send a code that is not six digits', async () => {
    const { calls } = mockApi({ 'GET /me': signedOut, 'POST /auth/login': apiError(401, 'totp_required') });
    const { user } = renderApp('/login');
    await fillCredentials(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await user.type(await screen.findByLabelText(/Verification code/), '12a3');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter the six digits shown in your app.')).toBeTruthy();
    expect(calls.filter((c) => c.path === '/auth/login')).toHaveLength(1);
  });

  it.each([
    [120, 'Spróbuj ponownie za 2 minuty.'],
    [300, 'Spróbuj ponownie za 5 minut.'],
    [60, 'Spróbuj ponownie za 1 minutę.'],
  ])('shows the Polish lockout message for %i seconds', async (seconds, expected) => {
    localStorage.setItem('kontakt.locale', 'pl');
    mockApi({
      'GET /me': signedOut,
      'POST /auth/login': apiError(423, 'account_locked', { retryAfterSeconds: seconds }),
    });
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText('E-mail'), 'eva@example.com');
    await user.type(screen.getByLabelText('Hasło'), 'whatever-it-is');
    await user.click(screen.getByRole('button', { name: 'Zaloguj się' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(expected);
  });

  it('shows the Czech lockout message with the right plural', async () => {
    localStorage.setItem('kontakt.locale', 'cs');
    mockApi({
      'GET /me': signedOut,
      'POST /auth/login': apiError(423, 'account_locked', { retryAfterSeconds: 180 }),
    });
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText('E-mail'), 'eva@example.com');
    await user.type(screen.getByLabelText('Heslo'), 'whatever-it-is');
    await user.click(screen.getByRole('button', { name: 'Přihlásit se' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Zkuste to znovu za 3 minuty.');
  });

  it('translates wrong credentials and asks for empty fields without calling the server', async () => {
    const { calls } = mockApi({
      'GET /me': signedOut,
      'POST /auth/login': apiError(401, 'invalid_credentials'),
    });
    const { user } = renderApp('/login');
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter your e-mail address.')).toBeTruthy();
    expect(calls.filter((c) => c.path === '/auth/login')).toHaveLength(0);

    await fillCredentials(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The e-mail or password is not correct.');
  });

  it('applies the language stored on the agent after signing in', async () => {
    mockApi({ 'GET /me': signedOut, 'POST /auth/login': { status: 200, body: buildMe({ locale: 'cs' }) } });
    const { user } = renderApp('/login');
    await fillCredentials(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Schránka' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('cs');
    expect(localStorage.getItem('kontakt.locale')).toBe('cs');
  });

  it('links to the forgotten-password page, which never reveals whether the address exists', async () => {
    const { calls } = mockApi({ 'GET /me': signedOut, 'POST /auth/password-reset': { status: 202 } });
    const { user, location } = renderApp('/login');
    await user.click(await screen.findByRole('link', { name: 'Forgot password?' }));
    expect(location()).toBe('/forgot-password');
    await user.type(screen.getByLabelText('E-mail'), 'nobody@example.com');
    await user.click(screen.getByRole('button', { name: 'Send link' }));
    expect((await screen.findByRole('status')).textContent).toMatch(
      /^If an account with this address exists/,
    );
    expect(calls.at(-1)).toMatchObject({ method: 'POST', body: { email: 'nobody@example.com' } });
  });
});
