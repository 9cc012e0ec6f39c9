import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../test/api-mock.ts';
import { renderApp } from '../../test/render-app.tsx';

const signedOut = apiError(401, 'unauthenticated');
const TOKEN = 'reset-token-0123456789';

describe('reset password page', () => {
  it('checks length and repetition before sending, then confirms', async () => {
    const { calls } = mockApi({ 'GET /me': signedOut, 'POST /auth/password-reset/confirm': { status: 204 } });
    const { user } = renderApp(`/reset-password?token=${TOKEN}`);
    await user.type(await screen.findByLabelText(/^New password/), 'short');
    await user.type(screen.getByLabelText('Repeat the new password'), 'different');
    await user.click(screen.getByRole('button', { name: 'Set new password' }));
    expect(screen.getByText('Use at least 10 characters.')).toBeTruthy();
    expect(screen.getByText('The passwords do not match.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.clear(screen.getByLabelText(/^New password/));
    await user.type(screen.getByLabelText(/^New password/), 'a long enough phrase');
    await user.clear(screen.getByLabelText('Repeat the new password'));
    await user.type(screen.getByLabelText('Repeat the new password'), 'a long enough phrase');
    await user.click(screen.getByRole('button', { name: 'Set new password' }));

    expect((await screen.findByRole('status')).textContent).toMatch(/password has been changed/);
    expect(calls.at(-1)).toMatchObject({ body: { token: TOKEN, password: 'a long enough phrase' } });
  });

  it('explains an expired link and offers a new one', async () => {
    mockApi({ 'GET /me': signedOut, 'POST /auth/password-reset/confirm': apiError(400, 'invalid_token') });
    const { user } = renderApp(`/reset-password?token=${TOKEN}`);
    await user.type(await screen.findByLabelText(/^New password/), 'a long enough phrase');
    await user.type(screen.getByLabelText('Repeat the new password'), 'a long enough phrase');
    await user.click(screen.getByRole('button', { name: 'Set new password' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This link is invalid or has expired. Ask for a new one.',
    );
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toBeTruthy();
  });
});
