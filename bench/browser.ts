/// <reference lib="dom" />
/**
 * The agent app in Chromium against a data set (issue #5's benchmark):
 *   - initial JavaScript of the app (what index.html loads before anything else), raw and gzip;
 *   - a 50-row list: from a click on another view in the side bar to its 50 rows on screen, and
 *     the cold start of the inbox (navigation start → 50 rows) for comparison;
 *   - a ticket with 100 messages: from the click in the list to the 100 messages on screen.
 * Each measurement starts from a freshly loaded page, so nothing comes from the app's cache.
 *
 *   npm run bench:browser -- --data-url postgres://…/kontakt_bench_big [--runs 10]
 *
 * The data set is one made by `npm run bench:data`. Ten tickets of agent.pl get 100 messages each
 * (tag `bench-100`; made once, reused later). Figures are appended to BENCHMARKS.md.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser.ts';
import { percentile } from './lib/load.ts';
import { machineInfo } from './lib/machine.ts';
import { DEMO_PASSWORD } from './lib/scenarios.ts';
import { startServer } from './lib/server.ts';
import { redact } from './lib/databases.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = `${root}apps/web/dist`;
const AGENT = 'agent.pl@demo-sklep.test';
const TAG = 'bench-100';
const MESSAGES = 100;

const { values } = parseArgs({
  options: {
    'data-url': { type: 'string', default: process.env.BENCH_DATA_URL },
    runs: { type: 'string', default: '10' },
    output: { type: 'string', default: `${root}BENCHMARKS.md` },
  },
});
const dataUrl = values['data-url'];
if (!dataUrl)
  throw new Error('--data-url (or BENCH_DATA_URL) must name a data set made by npm run bench:data');
const runs = Number(values.runs);

/** index.html's own scripts and module preloads: what the browser fetches before the app can start. */
function initialJs(): { files: number; raw: number; gzip: number } {
  const html = readFileSync(`${dist}/index.html`, 'utf8');
  const refs = [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  let raw = 0;
  let gzip = 0;
  for (const ref of new Set(refs)) {
    const body = readFileSync(`${dist}${ref}`);
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return { files: new Set(refs).size, raw, gzip };
}

/** Ten open tickets of agent.pl with 100 messages each, at the top of "mine, open". */
async function prepareTickets(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const existing = await client.query<{ id: string }>(
      `SELECT id FROM tickets WHERE $1 = ANY(tags) ORDER BY number LIMIT 10`,
      [TAG],
    );
    if (existing.rows.length === 10) {
      await client.query(`UPDATE tickets SET last_activity_at = now() WHERE id = ANY($1)`, [
        existing.rows.map((r) => r.id),
      ]);
      return existing.rows.map((r) => r.id);
    }
    const picked = await client.query<{ id: string }>(
      `SELECT t.id FROM tickets t JOIN agents a ON a.id = t.assignee_id
        WHERE a.email = $1 AND t.status = 'open' AND t.merged_into_id IS NULL LIMIT 10`,
      [AGENT],
    );
    const ids = picked.rows.map((r) => r.id);
    await client.query('BEGIN');
    // Bodies copied from other messages of the data set, alternating customer and agent.
    await client.query(
      `INSERT INTO messages (id, organization_id, ticket_id, kind, direction, author_type, author_id, channel,
                             body_html, body_text, created_at)
       SELECT gen_random_uuid(), t.organization_id, t.id, 'reply',
              CASE WHEN g % 2 = 0 THEN 'inbound' ELSE 'outbound' END,
              CASE WHEN g % 2 = 0 THEN 'customer' ELSE 'agent' END,
              CASE WHEN g % 2 = 0 THEN NULL ELSE t.assignee_id END,
              'email', src.body_html, src.body_text, now() - make_interval(mins => ${MESSAGES} - g)
         FROM tickets t
         CROSS JOIN generate_series(1, ${MESSAGES}) g
         CROSS JOIN LATERAL (SELECT body_html, body_text FROM messages
                              WHERE ticket_id <> t.id ORDER BY id OFFSET (g * 7919) % 5000 LIMIT 1) src
        WHERE t.id = ANY($1)`,
      [ids],
    );
    // Keep exactly the newest 100 per ticket.
    await client.query(
      `DELETE FROM messages m USING (
         SELECT id, row_number() OVER (PARTITION BY ticket_id ORDER BY created_at DESC) AS n
           FROM messages WHERE ticket_id = ANY($1)) r
        WHERE m.id = r.id AND r.n > ${MESSAGES}`,
      [ids],
    );
    await client.query(
      `UPDATE tickets SET tags = array_append(tags, $2), last_activity_at = now() WHERE id = ANY($1)`,
      [ids, TAG],
    );
    await client.query('COMMIT');
    return ids;
  } finally {
    await client.end();
  }
}

const ROWS = 'table[role="grid"] tbody tr[data-ticket-id]';

/** Milliseconds, measured in the page, from just before `action` until `done(arg)` holds there. */
async function timeInPage<A extends string | number>(
  page: Page,
  action: () => Promise<void>,
  done: (arg: A) => boolean,
  arg: A,
) {
  await page.evaluate(() => {
    (window as unknown as { __t0: number }).__t0 = performance.now();
  });
  await action();
  await page.waitForFunction(done as (arg: string | number) => boolean, arg, {
    polling: 'raf',
    timeout: 60_000,
  });
  return page.evaluate(() => performance.now() - (window as unknown as { __t0: number }).__t0);
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), n: s.length };
};

async function main() {
  if (!existsSync(`${dist}/index.html`))
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const js = initialJs();
  const ids = await prepareTickets(dataUrl!);
  const machine = machineInfo();
  const server = await startServer({ DATABASE_URL: dataUrl!, DEMO_PASSWORD, SEED_DEMO: 'false' });
  const browser = await launchBrowser();
  const cold: number[] = [];
  const list: number[] = [];
  const open: number[] = [];
  try {
    const context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1440, height: 900 },
    });
    const login = await context.request.post('/api/v1/auth/login', {
      data: { email: AGENT, password: DEMO_PASSWORD },
    });
    if (!login.ok()) throw new Error(`sign-in failed: ${login.status()}`);
    const page = await context.newPage();
    for (let i = 0; i < runs + 1; i++) {
      // Cold: a fresh page load of "mine, open" until its 50 rows are there.
      await page.goto('/inbox/mine_open');
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length >= 50, ROWS, {
        timeout: 60_000,
      });
      const nav = await page.evaluate(() => performance.now());
      // A view not yet loaded on this page: click to 50 rows.
      const switched = await timeInPage(
        page,
        () => page.locator('a[href="/inbox/all_open"]').first().click(),
        (sel) => location.pathname === '/inbox/all_open' && document.querySelectorAll(sel).length >= 50,
        ROWS,
      );
      await page.goto('/inbox/mine_open');
      const id = ids[i % ids.length]!;
      const row = page.locator(`tr[data-ticket-id="${id}"] a`);
      await row.waitFor({ timeout: 60_000 });
      const opened = await timeInPage(
        page,
        () => row.click(),
        (n) => document.querySelectorAll('ol article').length >= n,
        MESSAGES,
      );
      if (i === 0) continue; // the first round warms the server and the database
      cold.push(nav);
      list.push(switched);
      open.push(opened);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const c = stats(cold);
  const l = stats(list);
  const o = stats(open);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const section = `
## ${when} UTC — agent app in Chromium on a data set

- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM; load average ${machine.loadAvg} at the start
- Software: Node ${machine.node}, ${machine.os}; Chromium headless (Debian), 1440×900
- Data set: ${redact(dataUrl!)}; signed in as ${AGENT}; ${runs} measured rounds after one warm-up round, each on a freshly loaded page

| Measurement | p50 | p95 | Target | Result |
| --- | ---: | ---: | --- | --- |
| Initial JavaScript (${js.files} files from index.html) | ${kb(js.gzip)} gzip | ${kb(js.raw)} raw | ≤ 300 KB gzip | ${js.gzip <= 300 * 1024 ? 'met' : '**not met**'} |
| 50-row list: click on another view → 50 rows | ${l.p50.toFixed(0)} ms | ${l.p95.toFixed(0)} ms | ≤ 100 ms | ${l.p95 <= 100 ? 'met' : '**not met**'} |
| Inbox cold: page navigation → 50 rows (for comparison) | ${c.p50.toFixed(0)} ms | ${c.p95.toFixed(0)} ms | – | – |
| Ticket with ${MESSAGES} messages: click in the list → all messages shown | ${o.p50.toFixed(0)} ms | ${o.p95.toFixed(0)} ms | ≤ 300 ms | ${o.p95 <= 300 ? 'met' : '**not met**'} |
`;
  appendFileSync(values.output!, section);
  console.log(section);
}

await main();
