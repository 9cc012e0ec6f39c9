import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../test/api-mock.ts';
import { buildMe, buildSession } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';

const other = buildSession({ id: '0190a000-0000-7000-8000-0000000000f2' });
const current = buildSession({
  current: true,
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36',
});

describe('profile page', () => {
  it('lists sessions and revokes another one', async () => {
    const { calls } = mockApi({
      'GET /me': { status: 200, body: buildMe() },
      'GET /me/sessions': [
        { status: 200, body: [current, other] },
        { status: 200, body: [current] },
      ],
      [`DELETE /me/sessions/${other.id}`]: { status: 204 },
    });
    const { user } = renderApp('/profile');
    const section = await screen.findByRole('region', { name: 'Active sessions' });
    expect(await within(section).findByText('Chrome · Windows')).toBeTruthy();
    expect(within(section).getByText('This browser')).toBeTruthy();
    // The current session cannot be revoked here; "Sign out" does that.
    const revoke = within(section).getAllByRole('button', { name: /^Revoke the session on/ });
    expect(revoke).toHaveLength(1);

    await user.click(revoke[0]!);
    expect(await within(section).findByText('The session has been revoked.')).toBeTruthy();
    const deleted = calls.find((c) => c.method === 'DELETE')!;
    expect(deleted.headers['x-csrf-token']).toBe('csrf-token-1');
    await waitFor(() => expect(within(section).queryByText('Firefox · Linux')).toBeNull());
  });

  it('changes the password and says so when the current one is wrong', async () => {
    const { calls } = mockApi({
      'GET /me': { status: 200, body: buildMe() },
      'GET /me/sessions': { status: 200, body: [current] },
      'POST /me/password': [apiError(401, 'invalid_credentials'), { status: 204 }],
    });
    const { user } = renderApp('/profile');
    const section = await screen.findByRole('region', { name: 'Password' });
    await user.type(within(section).getByLabelText('Current password'), 'old password!');
    await user.type(within(section).getByLabelText(/^New password/), 'new long password');
    await user.type(within(section).getByLabelText('Repeat the new password'), 'new long password');
    await user.click(within(section).getByRole('button', { name: 'Change password' }));
    expect((await within(section).findByRole('alert')).textContent).toBe(
      'The current password is not correct.',
    );

    await user.click(within(section).getByRole('button', { name: 'Change password' }));
    expect(await within(section).findByText('Your password has been changed.')).toBeTruthy();
    expect(calls.filter((c) => c.path === '/me/password').at(-1)!.body).toEqual({
      currentPassword: 'old password!',
      newPassword: 'new long password',
    });
  });

  it('sets up two-factor sign-in: shows the key and link, then enables with a code', async () => {
    const { calls } = mockApi({
      'GET /me': [
        { status: 200, body: buildMe() },
        { status: 200, body: buildMe({ totpEnabled: true }) },
      ],
      'GET /me/sessions': { status: 200, body: [current] },
      'POST /me/totp/setup': {
        status: 200,
        body: { secret: 'JBSWY3DPEHPK3PXP', uri: 'otpauth://totp/Kontakt:eva?secret=JBSWY3DPEHPK3PXP' },
      },
      'POST /me/totp/enable': { status: 204 },
    });
    const { user } = renderApp('/profile');
    const section = await screen.findByRole('region', { name: 'Two-factor sign-in' });
    await user.click(within(section).getByRole('button', { name: 'Set up two-factor sign-in' }));
    expect((await within(section).findByTestId('totp-secret')).textContent).toBe('JBSWY3DPEHPK3PXP');
    expect(within(section).getByText(/^otpauth:\/\/totp/)).toBeTruthy();

    await user.type(within(section).getByLabelText('Six-digit code'), '654321');
    await user.click(within(section).getByRole('button', { name: 'Turn on' }));
    expect(await within(section).findByText('Two-factor sign-in is on.')).toBeTruthy();
    expect(await within(section).findByRole('button', { name: 'Turn off' })).toBeTruthy();
    expect(calls.find((c) => c.path === '/me/totp/enable')!.body).toEqual({ code: '654321' });
  });
});
