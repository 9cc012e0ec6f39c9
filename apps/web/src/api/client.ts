/**
 * A small typed fetch client for `/api/v1`. It keeps the CSRF token from the last `MeResponse`,
 * sends it on every state-changing request, turns error bodies into `ApiError`, and tells the
 * session when the server says the agent is no longer signed in.
 */

/** Codes the client itself produces when there is no error body to read. */
export type ClientErrorCode = 'network_error';

/** A failed request: the server's stable `code`, its English `message` and structured `details`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  /** JSON-serialized, except a `FormData`, which is sent as multipart as it is. */
  body?: unknown;
  /** Send `X-CSRF-Token` (default for state-changing methods). Login and password reset turn it off. */
  csrf?: boolean;
  /** Whether a 401 `unauthenticated` signs the agent out of the app (default true). */
  signOutOn401?: boolean;
}

let csrfToken: string | null = null;
const unauthenticatedListeners = new Set<() => void>();
let csrfRefresher: (() => Promise<string | null>) | null = null;

/** Remembers the token from the latest `MeResponse`; `null` after signing out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called whenever a request answers 401 `unauthenticated`. Returns the unsubscribe function. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/**
 * How to fetch a fresh CSRF token after a 403 `csrf_failed` (e.g. the session was rotated in
 * another tab). The failed request is retried once with the new token.
 */
export function setCsrfRefresher(refresher: (() => Promise<string | null>) | null): void {
  csrfRefresher = refresher;
}

const API_BASE = '/api/v1';

async function send(method: Method, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // A FormData body (file upload) sets its own multipart Content-Type with the boundary.
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  const wantsCsrf = options.csrf ?? method !== 'GET';
  if (wantsCsrf && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  try {
    return await fetch(API_BASE + path, {
      method,
      headers,
      credentials: 'same-origin',
      body:
        options.body === undefined
          ? undefined
          : isForm
            ? (options.body as FormData)
            : JSON.stringify(options.body),
    });
  } catch (cause) {
    throw new ApiError(0, 'network_error', cause instanceof Error ? cause.message : 'Network error');
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const fallback = new ApiError(
    response.status,
    response.status >= 500 ? 'unavailable' : 'internal_error',
    response.statusText,
  );
  try {
    const body: unknown = await response.json();
    const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } }).error;
    if (!error || typeof error.code !== 'string') return fallback;
    const message = typeof error.message === 'string' ? error.message : error.code;
    return new ApiError(response.status, error.code, message, error.details);
  } catch {
    return fallback;
  }
}

/** Performs one request and returns the parsed JSON body (`undefined` for 202/204 without body). */
export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  let response = await send(method, path, options);
  if (response.status === 403 && csrfRefresher && (options.csrf ?? method !== 'GET')) {
    const error = await toApiError(response.clone());
    if (error.code === 'csrf_failed') {
      const token = await csrfRefresher();
      if (token) {
        csrfToken = token;
        response = await send(method, path, options);
      }
    }
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (error.status === 401 && error.code === 'unauthenticated' && options.signOutOn401 !== false) {
      csrfToken = null;
      for (const listener of unauthenticatedListeners) listener();
    }
    throw error;
  }
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
