/**
 * CPU per request of the ticket routes, measured in-process so a busy machine does not blur it:
 * `node --import tsx bench/cpu.ts --database-url postgres://…/db [--requests 200] [--concurrency 10]`
 * on a data set made by `npm run bench:data`. Boots Kontakt (API role only) on the database, signs in
 * as the bench agent and sends each route's requests through `app.inject` (no sockets), reporting per
 * request: Node CPU (process.cpuUsage), PostgreSQL backend CPU (/proc of the pool's backends) and SQL
 * statements sent (counted on pg.Client). Wall-clock times are printed but mean little on a shared box.
 */
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../apps/server/src/platform/config.ts';
import { createLogger } from '../apps/server/src/platform/logger.ts';
import { startKontakt } from '../apps/server/src/server.ts';
import { authCache } from '../apps/server/src/http/auth-cache.ts';
import { viewCountCache } from '../apps/server/src/modules/tickets/view-counts.ts';
import { BENCH_AGENT, DEMO_PASSWORD } from './lib/scenarios.ts';
import { SEARCH_WORDS, SENTENCES, SUBJECTS } from './lib/names.ts';

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    requests: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '10' },
    only: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
  },
});
const url = values['database-url'];
if (!url) throw new Error('--database-url is required');
const total = Number(values.requests);
const concurrency = Number(values.concurrency);

let statements = 0;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements++;
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

const config = loadConfig({ DATABASE_URL: url, ROLES: 'api', LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
const kontakt = await startKontakt({ config, log: createLogger('silent'), webDist: null });
const { app } = kontakt;
if (values['no-cache']) {
  // For comparison: every request looks up its session, visibility and counts again.
  authCache.ttlMs = 0;
  viewCountCache.ttlMs = 0;
}
const admin = new pg.Client({ connectionString: url });
await admin.connect();

/** CPU ticks (utime + stime) of the server's PostgreSQL backends, in ms. */
async function backendCpuMs(): Promise<number> {
  const { rows } = await admin.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE application_name = 'kontakt' AND datname = current_database()`,
  );
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(f[11]) + Number(f[12]);
    } catch {
      // the backend ended meanwhile
    }
  }
  return ticks * 10; // USER_HZ = 100
}

const login = await app.inject({
  method: 'POST',
  url: '/api/v1/auth/login',
  payload: { email: BENCH_AGENT, password: DEMO_PASSWORD },
});
if (login.statusCode !== 200) throw new Error(`sign-in answered ${login.statusCode}: ${login.body}`);
const cookieValue = login.cookies.find((c) => c.name === 'kontakt_session')!.value;
const csrf = (login.json() as { csrfToken: string }).csrfToken;
const cookie = `kontakt_session=${cookieValue}`;

const queues = (await app.inject({ method: 'GET', url: '/api/v1/queues', headers: { cookie } })).json() as {
  items: Array<{ id: string; name: string }>;
};
const queueId = queues.items.find((q) => q.name === 'Obsługa PL')?.id;
const run = randomBytes(3).toString('hex');
const text = SENTENCES.pl.customer;

type Req = { method: 'GET' | 'POST'; url: string; payload?: unknown; expect: number };
const routes: Array<{ name: string; req: (n: number) => Req }> = [
  {
    name: 'mine_open',
    req: () => ({ method: 'GET', url: '/api/v1/tickets?view=mine_open&limit=50', expect: 200 }),
  },
  {
    name: 'unassigned',
    req: () => ({ method: 'GET', url: '/api/v1/tickets?view=unassigned_my_queues&limit=50', expect: 200 }),
  },
  { name: 'views', req: () => ({ method: 'GET', url: '/api/v1/views', expect: 200 }) },
  {
    name: 'search',
    req: (n) => ({
      method: 'GET',
      url: `/api/v1/search?q=${encodeURIComponent(SEARCH_WORDS[n % SEARCH_WORDS.length]!)}&limit=20`,
      expect: 200,
    }),
  },
  {
    name: 'create',
    req: (n) => ({
      method: 'POST',
      url: '/api/v1/tickets',
      expect: 201,
      payload: {
        subject: SUBJECTS.pl[n % SUBJECTS.pl.length],
        customer: {
          email: n % 2 ? `cpu.${run}.new${n}@example.com` : `cpu.${run}.returning${n % 200}@example.com`,
          name: 'Klient Testowy',
        },
        queueId,
        channel: 'email',
        language: 'pl',
        message: {
          author: 'customer',
          body: { text: `${text[n % text.length]} ${text[(n * 7) % text.length]}` },
        },
      },
    }),
  },
];

async function send(r: Req) {
  const res = await app.inject({
    method: r.method,
    url: r.url,
    headers: { cookie, ...(r.method === 'POST' ? { 'x-csrf-token': csrf } : {}) },
    ...(r.payload ? { payload: r.payload as object } : {}),
  });
  if (res.statusCode !== r.expect)
    throw new Error(`${r.method} ${r.url} answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
}

async function measure(name: string, req: (n: number) => Req) {
  for (let n = 0; n < Math.min(100, total); n++) await send(req(n + 100_000)); // warm-up (JIT, caches)
  const pgBefore = await backendCpuMs();
  const stmtsBefore = statements;
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await send(req(next++));
    }),
  );
  const wall = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  const stmts = statements - stmtsBefore;
  const pgMs = (await backendCpuMs()) - pgBefore;
  const nodeMs = (used.user + used.system) / 1000 / total;
  console.log(
    `${name.padEnd(11)} node ${nodeMs.toFixed(2).padStart(6)} ms/req  pg ${(pgMs / total).toFixed(2).padStart(6)} ms/req  ` +
      `statements ${(stmts / total).toFixed(1).padStart(5)}/req  wall ${(wall / total).toFixed(2)} ms/req (${total} req, ${concurrency} at once)`,
  );
}

for (const r of routes)
  if (!values.only || values.only.split(',').includes(r.name)) await measure(r.name, r.req);
await admin.end();
await kontakt.close();
