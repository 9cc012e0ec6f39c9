import { describe, expect, it, vi } from 'vitest';
import { apiError, mockApi } from '../test/api-mock.ts';
import { ApiError, onUnauthenticated, request, setCsrfRefresher, setCsrfToken } from './client.ts';

describe('api client', () => {
  it('sends the CSRF token on state-changing requests only', async () => {
    const { calls } = mockApi({
      'GET /me': { status: 200, body: {} },
      'PATCH /me': { status: 200, body: {} },
    });
    setCsrfToken('t1');
    await request('GET', '/me');
    await request('PATCH', '/me', { body: { name: 'A' } });
    expect(calls[0]!.headers['x-csrf-token']).toBeUndefined();
    expect(calls[1]!.headers['x-csrf-token']).toBe('t1');
    expect(calls[1]!.headers['content-type']).toBe('application/json');
  });

  it('turns an error body into ApiError and tells listeners about 401 unauthenticated', async () => {
    mockApi({ 'GET /me/sessions': apiError(401, 'unauthenticated') });
    const listener = vi.fn();
    const unsubscribe = onUnauthenticated(listener);
    const error = await request('GET', '/me/sessions').catch((e: unknown) => e);
    unsubscribe();
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'unauthenticated' });
    expect(listener).toHaveBeenCalledOnce();
  });

  it('refreshes a stale CSRF token once and retries', async () => {
    const { calls } = mockApi({
      'POST /auth/logout': (call) =>
        call.headers['x-csrf-token'] === 'fresh' ? { status: 204 } : apiError(403, 'csrf_failed'),
    });
    setCsrfToken('stale');
    setCsrfRefresher(async () => 'fresh');
    await request('POST', '/auth/logout');
    setCsrfRefresher(null);
    expect(calls.map((c) => c.headers['x-csrf-token'])).toEqual(['stale', 'fresh']);
  });

  it('reports an unreachable server as network_error', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(request('GET', '/me')).rejects.toMatchObject({ code: 'network_error', status: 0 });
  });
});
