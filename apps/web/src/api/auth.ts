import type { LoginInput, MeResponse, Session, UpdateMeInput } from '@kontakt/contracts';
import { request, setCsrfToken } from './client.ts';

/** Every call that returns a `MeResponse` refreshes the CSRF token. */
function remember(me: MeResponse): MeResponse {
  setCsrfToken(me.csrfToken);
  return me;
}

export async function login(input: LoginInput): Promise<MeResponse> {
  return remember(
    await request<MeResponse>('POST', '/auth/login', { body: input, csrf: false, signOutOn401: false }),
  );
}

export async function logout(): Promise<void> {
  try {
    await request<void>('POST', '/auth/logout', { signOutOn401: false });
  } finally {
    setCsrfToken(null);
  }
}

export async function getMe(): Promise<MeResponse> {
  return remember(await request<MeResponse>('GET', '/me'));
}

export async function updateMe(input: UpdateMeInput): Promise<MeResponse> {
  return remember(await request<MeResponse>('PATCH', '/me', { body: input }));
}

export function changePassword(input: { currentPassword: string; newPassword: string }): Promise<void> {
  return request<void>('POST', '/me/password', { body: input });
}

export function requestPasswordReset(email: string): Promise<void> {
  return request<void>('POST', '/auth/password-reset', { body: { email }, csrf: false });
}

export function confirmPasswordReset(input: { token: string; password: string }): Promise<void> {
  return request<void>('POST', '/auth/password-reset/confirm', { body: input, csrf: false });
}

/** The agent's active sessions. Accepts a bare array or a `{ items }` page. */
export async function listSessions(): Promise<Session[]> {
  const body = await request<Session[] | { items: Session[] }>('GET', '/me/sessions');
  return Array.isArray(body) ? body : body.items;
}

export function revokeSession(id: string): Promise<void> {
  return request<void>('DELETE', `/me/sessions/${encodeURIComponent(id)}`);
}

export interface TotpSetup {
  secret: string;
  uri: string;
}

export function setupTotp(): Promise<TotpSetup> {
  return request<TotpSetup>('POST', '/me/totp/setup');
}

export function enableTotp(code: string): Promise<void> {
  return request<void>('POST', '/me/totp/enable', { body: { code } });
}

export function disableTotp(code: string): Promise<void> {
  return request<void>('POST', '/me/totp/disable', { body: { code } });
}
