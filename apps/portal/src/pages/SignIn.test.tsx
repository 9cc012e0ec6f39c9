import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ME, renderPortal, stubApi } from '../test/render.tsx';

describe('signing in to the portal', () => {
  it('asks for a link in the chosen language and says the same whatever the address', async () => {
    const calls = stubApi(
      (url) => (url.endsWith('/sign-in-link') ? { status: 202, body: { sent: true } } : undefined),
      { signedIn: false },
    );
    renderPortal('/zuraw', 'cs');
    await userEvent.type(await screen.findByLabelText(/E-mailová adresa/), 'zofia@example.test');
    await userEvent.click(screen.getByRole('button', { name: 'Poslat odkaz pro přihlášení' }));
    expect(await screen.findByText('Zkontrolujte schránku')).toBeTruthy();
    const sent = calls.find((c) => c.url.endsWith('/api/portal/v1/orgs/zuraw/sign-in-link'))!;
    expect(JSON.parse(String(sent.init.body))).toEqual({ email: 'zofia@example.test', language: 'cs' });
  });

  it('tells an unknown portal address apart', async () => {
    stubApi(
      (url) =>
        url.endsWith('/orgs/nope') ? { status: 404, body: { error: { code: 'not_found' } } } : undefined,
      { signedIn: false },
    );
    renderPortal('/nope');
    expect(await screen.findByRole('heading', { name: 'This portal does not exist' })).toBeTruthy();
  });

  it('looks a complaint up by number and e-mail without an account', async () => {
    const calls = stubApi(
      (url) =>
        url.endsWith('/complaint-lookup')
          ? {
              status: 200,
              body: {
                number: 42,
                state: 'running',
                receivedAt: '2026-11-02T09:00:00.000Z',
                dueDate: '2026-11-16',
                deadlineAt: '2026-11-16T23:00:00.000Z',
                timeZone: 'Europe/Warsaw',
                outcome: null,
              },
            }
          : undefined,
      { signedIn: false },
    );
    renderPortal('/zuraw/lookup', 'pl');
    await userEvent.type(await screen.findByLabelText(/Numer reklamacji/), '42');
    await userEvent.type(screen.getByLabelText(/Adres e-mail/), 'zofia@example.test');
    await userEvent.click(screen.getByRole('button', { name: 'Sprawdź' }));
    expect(await screen.findByText('W rozpatrzeniu')).toBeTruthy();
    expect(screen.getByText(/Odpowiedź do 16 listopada 2026/)).toBeTruthy();
    const sent = calls.find((c) => c.url.endsWith('/complaint-lookup'))!;
    expect(JSON.parse(String(sent.init.body))).toEqual({ number: 42, email: 'zofia@example.test' });
  });
  it('redeems the link from the address once, drops the token from it and lands signed in', async () => {
    const token = 'tok_abcdefghijklmnopqrstuvwxyz012345';
    window.history.replaceState(null, '', `/portal/zuraw/sign-in#token=${token}`);
    let signedIn = false;
    const calls = stubApi((url) => {
      if (url.endsWith('/session')) {
        signedIn = true;
        return { status: 200, body: ME };
      }
      if (url.endsWith('/me') && !signedIn)
        return { status: 401, body: { error: { code: 'unauthenticated', message: 'x' } } };
      if (url.endsWith('/tickets')) return { status: 200, body: { items: [] } };
      return undefined;
    });
    renderPortal('/zuraw/sign-in');
    expect(await screen.findByRole('heading', { name: 'Witaj, Zofia' })).toBeTruthy();
    const redeem = calls.filter((c) => c.url.endsWith('/api/portal/v1/orgs/zuraw/session'));
    expect(redeem).toHaveLength(1);
    expect(JSON.parse(String(redeem[0]!.init.body))).toEqual({ token });
    expect(window.location.hash).toBe('');
  });
});
