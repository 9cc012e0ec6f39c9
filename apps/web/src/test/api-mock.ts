import { vi } from 'vitest';

/** One recorded request the app made. */
export interface Call {
  method: string;
  path: string;
  /** The query string's parameters (e.g. `filters`, `sort`, `cursor`). */
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

export interface MockReply {
  status: number;
  body?: unknown;
}

type Handler = MockReply | ((call: Call) => MockReply);

/**
 * Replaces `fetch` with a table of `"METHOD /path"` → reply (paths without `/api/v1`).
 * A handler may be a list, answered in order (the last one repeats). Unknown routes answer 404.
 */
export function mockApi(routes: Record<string, Handler | Handler[]>) {
  const calls: Call[] = [];
  const counters = new Map<string, number>();
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const path = url.pathname.replace(/^\/api\/v1/, '');
    const call: Call = {
      method,
      path,
      query: Object.fromEntries(url.searchParams.entries()),
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const key = `${method} ${path}`;
    const entry = routes[key];
    let handler: Handler | undefined;
    if (Array.isArray(entry)) {
      const index = counters.get(key) ?? 0;
      counters.set(key, index + 1);
      handler = entry[Math.min(index, entry.length - 1)];
    } else {
      handler = entry;
    }
    const reply = typeof handler === 'function' ? handler(call) : (handler ?? apiError(404, 'not_found'));
    if (reply.body === undefined) return new Response(null, { status: reply.status });
    return new Response(JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

/** An error reply in the server's one error shape. */
export function apiError(status: number, code: string, details?: unknown): MockReply {
  return { status, body: { error: { code, message: `English message for ${code}`, details } } };
}
