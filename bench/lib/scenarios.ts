import type { LoadRequest } from './load.ts';

export const DEMO_PASSWORD = 'bench-password-123';
const DEMO_ADMIN = 'admin@demo-sklep.test';

/**
 * A load scenario: `setup` runs once against the live server (sign in, create data…) and returns
 * headers to send; `request` is then repeated under load. To measure another endpoint, add an
 * entry to `scenarios` below; run.ts runs every entry on every database.
 */
export type Scenario = {
  name: string;
  setup: (baseUrl: string) => Promise<{ headers?: Record<string, string> }>;
  request: LoadRequest;
};

export const scenarios: Scenario[] = [
  {
    name: 'GET /api/v1/me (signed in)',
    setup: async (baseUrl) => ({ headers: { cookie: await signIn(baseUrl, DEMO_ADMIN, DEMO_PASSWORD) } }),
    request: { method: 'GET', path: '/api/v1/me' },
  },
];

/** Signs in through the real endpoint and returns the `cookie` header value carrying the session. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = await res.text();
  if (res.status !== 200)
    throw new Error(`sign-in as ${email} answered ${res.status}: ${body.slice(0, 300)}`);
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('kontakt_session='));
  if (!session) throw new Error(`sign-in as ${email} set no kontakt_session cookie`);
  return session;
}
