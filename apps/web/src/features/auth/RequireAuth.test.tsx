import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../test/api-mock.ts';
import { buildMe, buildSession } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';

describe('route guard', () => {
  it('sends a visitor who is not signed in to /login and back where they were going afterwards', async () => {
    mockApi({
      'GET /me': apiError(401, 'unauthenticated'),
      'POST /auth/login': { status: 200, body: buildMe() },
      'GET /me/sessions': { status: 200, body: [buildSession({ current: true })] },
    });
    const { user, location } = renderApp('/profile');

    expect(await screen.findByRole('heading', { name: 'Sign in to Kontakt' })).toBeTruthy();
    expect(location()).toBe('/login');

    await user.type(screen.getByLabelText('E-mail'), 'eva@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Your profile' })).toBeTruthy();
    expect(location()).toBe('/profile');
  });

  it('goes to /login when a later request answers 401 unauthenticated', async () => {
    mockApi({
      'GET /me': [{ status: 200, body: buildMe() }, apiError(401, 'unauthenticated')],
      'GET /me/sessions': apiError(401, 'unauthenticated'),
    });
    const { location } = renderApp('/profile');
    await waitFor(() => expect(location()).toBe('/login'));
    expect(await screen.findByRole('heading', { name: 'Sign in to Kontakt' })).toBeTruthy();
  });

  it('shows the page to a signed-in agent without asking to sign in', async () => {
    mockApi({ 'GET /me': { status: 200, body: buildMe() } });
    const { location } = renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Inbox' })).toBeTruthy();
    expect(location()).toBe('/inbox');
  });
});
