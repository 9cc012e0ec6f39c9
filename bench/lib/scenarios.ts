import { randomBytes } from 'node:crypto';
import type { LoadRequest } from './load.ts';
import { SEARCH_WORDS, SENTENCES, SUBJECTS } from './names.ts';

export const DEMO_PASSWORD = 'bench-password-123';
const DEMO_ADMIN = 'admin@demo-sklep.test';
/** The agent the ticket scenarios sign in as: member of team "Obsługa PL", so "my queues" is the PL queue. */
export const BENCH_AGENT = 'agent.pl@demo-sklep.test';

/**
 * Groups: `basic` runs on a fresh, empty database (the default `npm run bench`); `tickets` needs a
 * generated data set (`npm run bench:data`, then BENCH_DATA_URL / BENCH_DATA_DIR).
 */
export const GROUPS = ['basic', 'tickets'] as const;
export type Group = (typeof GROUPS)[number];

/** What a scenario should reach; the report says met / not met. */
export type Target = { p95Ms?: number; minRps?: number };

/**
 * A load scenario: `setup` runs once against the live server (sign in, look up ids…) and returns
 * headers to send, the request to repeat (when it depends on the set-up) and notes for the report;
 * `request` is then repeated under load. To measure another endpoint, add an entry below.
 */
export type Scenario = {
  name: string;
  group: Group;
  target?: Target;
  /** Overrides BENCH_CONNECTIONS for this scenario. */
  connections?: number;
  setup: (
    baseUrl: string,
  ) => Promise<{ headers?: Record<string, string>; request?: LoadRequest; notes?: string[] }>;
  request: LoadRequest;
};

export type Session = { cookie: string; csrf: string };

/** Sessions are reused between the scenarios of one server (sign-in is rate limited to 30 a minute). */
const sessions = new Map<string, Promise<Session>>();
function session(baseUrl: string, email: string): Promise<Session> {
  const key = `${baseUrl} ${email}`;
  let s = sessions.get(key);
  if (!s) {
    s = signIn(baseUrl, email, DEMO_PASSWORD);
    sessions.set(key, s);
  }
  return s;
}

async function getJson<T>(baseUrl: string, path: string, cookie: string): Promise<T> {
  const res = await fetch(baseUrl + path, { headers: { cookie } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/** The counts of the built-in views, as GET /views reports them to the bench agent. */
async function viewCounts(baseUrl: string, cookie: string): Promise<string> {
  const { items } = await getJson<{ items: Array<{ id: string; count: number }> }>(
    baseUrl,
    '/api/v1/views',
    cookie,
  );
  return items.map((v) => `${v.id} ${v.count.toLocaleString('en-US')}`).join(', ');
}

const agentHeaders = async (baseUrl: string) => ({
  headers: { cookie: (await session(baseUrl, BENCH_AGENT)).cookie },
});

/** Search words in turn, accented and folded forms alike. */
const searchPath = (n: number) =>
  `/api/v1/search?q=${encodeURIComponent(SEARCH_WORDS[n % SEARCH_WORDS.length]!)}&limit=20`;

export const scenarios: Scenario[] = [
  {
    name: 'GET /api/v1/me (signed in)',
    group: 'basic',
    setup: async (baseUrl) => ({
      headers: { cookie: (await signIn(baseUrl, DEMO_ADMIN, DEMO_PASSWORD)).cookie },
    }),
    request: { method: 'GET', path: '/api/v1/me' },
  },
  {
    name: 'GET /api/v1/tickets?view=mine_open&limit=50',
    group: 'tickets',
    target: { p95Ms: 20 },
    setup: async (baseUrl) => {
      const { headers } = await agentHeaders(baseUrl);
      return {
        headers,
        notes: [`view counts for ${BENCH_AGENT}: ${await viewCounts(baseUrl, headers.cookie)}`],
      };
    },
    request: { method: 'GET', path: '/api/v1/tickets?view=mine_open&limit=50' },
  },
  {
    name: 'GET /api/v1/tickets?view=unassigned_my_queues&limit=50',
    group: 'tickets',
    target: { p95Ms: 20 },
    setup: agentHeaders,
    request: { method: 'GET', path: '/api/v1/tickets?view=unassigned_my_queues&limit=50' },
  },
  {
    name: 'GET /api/v1/views (built-in views with counts)',
    group: 'tickets',
    target: { p95Ms: 20 },
    setup: agentHeaders,
    request: { method: 'GET', path: '/api/v1/views' },
  },
  {
    name: `GET /api/v1/search?q=… (${SEARCH_WORDS.length} words in turn)`,
    group: 'tickets',
    target: { p95Ms: 100 },
    setup: async (baseUrl) => ({
      ...(await agentHeaders(baseUrl)),
      notes: [`search words, one per request in turn: ${SEARCH_WORDS.join(', ')}`],
    }),
    request: { method: 'GET', path: searchPath(0), vary: (n) => ({ path: searchPath(n) }) },
  },
  {
    // Last: it adds tickets (unassigned, in the PL queue) to the data set.
    name: 'POST /api/v1/tickets (new ticket + first message, customer by e-mail)',
    group: 'tickets',
    target: { minRps: 1000 },
    connections: 16,
    setup: async (baseUrl) => {
      const s = await session(baseUrl, BENCH_AGENT);
      const { items } = await getJson<{ items: Array<{ id: string; name: string }> }>(
        baseUrl,
        '/api/v1/queues',
        s.cookie,
      );
      const queue = items.find((q) => q.name === 'Obsługa PL');
      if (!queue) throw new Error('queue "Obsługa PL" missing: was the data set made by npm run bench:data?');
      const run = randomBytes(3).toString('hex');
      const text = SENTENCES.pl.customer;
      // Every other request comes from one of 200 returning customers, the rest from new ones.
      const body = (n: number) =>
        JSON.stringify({
          subject: SUBJECTS.pl[n % SUBJECTS.pl.length],
          customer: {
            email:
              n % 2 ? `bench.${run}.new${n}@example.com` : `bench.${run}.returning${n % 200}@example.com`,
            name: 'Klient Testowy',
          },
          queueId: queue.id,
          channel: 'email',
          language: 'pl',
          message: {
            author: 'customer',
            body: { text: `${text[n % text.length]} ${text[(n * 7) % text.length]}` },
          },
        });
      return {
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
        request: { method: 'POST', path: '/api/v1/tickets', body: body(0), vary: (n) => ({ body: body(n) }) },
      };
    },
    request: { method: 'POST', path: '/api/v1/tickets' },
  },
];

/** Signs in through the real endpoint; returns the `cookie` header value and the CSRF token for writes. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = await res.text();
  if (res.status !== 200)
    throw new Error(`sign-in as ${email} answered ${res.status}: ${body.slice(0, 300)}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('kontakt_session='));
  if (!cookie) throw new Error(`sign-in as ${email} set no kontakt_session cookie`);
  const { csrfToken } = JSON.parse(body) as { csrfToken?: string };
  return { cookie, csrf: csrfToken ?? '' };
}
