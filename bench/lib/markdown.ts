import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { LoadOptions, LoadResult } from './load.ts';
import type { Machine } from './machine.ts';
import type { Target } from './scenarios.ts';

export type ScenarioOutcome = {
  scenario: string;
  result?: LoadResult;
  error?: string;
  connections?: number;
  target?: Target;
  /** Facts the set-up found (e.g. the view counts), reported under the tables. */
  notes?: string[];
};

export type DatabaseOutcome = {
  database: string;
  /** Data-set runs: what the data set holds (counts, size). */
  dataset?: string;
  skipped?: string;
  coldStartMs?: number;
  warmStartMs?: number;
  scenarios: ScenarioOutcome[];
  error?: string;
  /** Warnings/errors the server logged during the run. */
  serverProblems: string[];
};

export type RunReport = {
  date: Date;
  machine: Machine;
  /** Server entry point spawned (relative to the repo root); recorded because it can be overridden. */
  entry: string;
  /** `fresh`: empty databases made for the run; `data`: generated data sets given to the run. */
  mode: 'fresh' | 'data';
  load: LoadOptions;
  databases: DatabaseOutcome[];
};

/** Whether the scenario reached its target; undefined when it has none or failed. */
export function targetMet(o: ScenarioOutcome): boolean | undefined {
  const t = o.target;
  if (!t || !o.result || scenarioFailed(o)) return undefined;
  if (t.p95Ms !== undefined && !(o.result.p95 <= t.p95Ms)) return false;
  if (t.minRps !== undefined && !(o.result.rps >= t.minRps)) return false;
  return true;
}

export function targetText(t: Target | undefined): string {
  if (!t) return '–';
  const parts = [];
  if (t.p95Ms !== undefined) parts.push(`p95 ≤ ${t.p95Ms} ms`);
  if (t.minRps !== undefined) parts.push(`≥ ${t.minRps.toLocaleString('en-US')} req/s`);
  return parts.join(', ');
}

/** A scenario fails on any non-2xx answer or connection error: fast wrong answers are not throughput. */
export function scenarioFailed(o: ScenarioOutcome): boolean {
  return Boolean(o.error) || !o.result || o.result.non2xx > 0 || o.result.errors > 0;
}

// The header is rewritten on every run (so it stays current); run sections below it are kept as they are.
// It must not contain a line starting with "## ": that is how the first run section is found.
const HEADER = `# Benchmarks

Figures from \`npm run bench\` (code in \`bench/\`). Each run appends a dated section below; older
sections are kept, so figures can be compared over time — but only between runs on the same machine.

**How to run:** \`npm run bench\` (about a minute). PostgreSQL is measured too when
\`BENCH_DATABASE_URL\` (an admin URL allowed to \`CREATE DATABASE\`; default
\`postgres://postgres@127.0.0.1:5432/postgres\`) is reachable; the run creates a
\`kontakt_bench_<random>\` database and drops it afterwards. Otherwise PostgreSQL is skipped with a note.
\`BENCH_DURATION\` / \`BENCH_WARMUP\` / \`BENCH_CONNECTIONS\` override the load phase (defaults 10 s, 2 s, 10);
\`BENCH_SERVER_ENTRY\` spawns another entry file instead of \`apps/server/src/main.ts\` (recorded per run).

**Ticket scenarios on a data set** (run only when a data set is given):

1. Generate one (see \`bench/generate.ts\`): \`createdb kontakt_bench_big\`, then
   \`npm run bench:data -- --tickets 1000000 --messages-per-ticket 5 --database-url postgres://…/kontakt_bench_big\`
   or \`npm run bench:data -- --tickets 100000 --data-dir /tmp/kontakt-data\` for PGlite. It starts the server
   once (migrations, demo seed with the bench password), then fills the demo organization "Demo Sklep":
   customers (≈ tickets / 5) with Polish, Czech and English names, e-mail and phone identities; one queue per
   demo team; tickets over the last 12 months (≈ 10 % new/open, 5 % pending/on hold, 85 % solved/closed;
   30 % of new/open ones unassigned, the rest assigned to the team's agent or the lead), tags, and 1 to
   2 × N − 1 messages per ticket (N on average) written in the ticket's language. Rows are made inside the
   database (\`INSERT … SELECT FROM generate_series\`, 20,000 tickets a batch); secondary indexes are dropped
   for the load and rebuilt from their definitions, then \`VACUUM (ANALYZE)\`.
2. \`BENCH_DATA_URL=postgres://…/kontakt_bench_big npm run bench -- --scenarios tickets\` (PostgreSQL) and/or
   \`BENCH_DATA_DIR=/tmp/kontakt-data\` (PGlite; the \`DATA_DIR\` given to the generator); also as
   \`--data-url\` / \`--data-dir\`. Both may be given: each is measured in turn. \`--scenarios\` takes a
   comma list of groups (\`basic\`, \`tickets\`); the default is \`basic\` without a data set and \`tickets\`
   with one; \`--only POST,search\` keeps the scenarios whose name contains one of the strings. The data set is not dropped, but the creation scenario adds tickets to it (run it last, as here).

   Scenarios, signed in as \`agent.pl@demo-sklep.test\` (team "Obsługa PL"): the views "mine, open" and
   "unassigned in my queues" (\`GET /api/v1/tickets?view=…&limit=50\`), the view list with live counts
   (\`GET /api/v1/views\`), search (\`GET /api/v1/search?q=…\` with a word list rotated per request through
   autocannon's \`setupRequest\`, accented and folded forms), and ticket creation
   (\`POST /api/v1/tickets\` with a customer e-mail — half new customers, half returning — and a first message;
   16 connections; session-cookie auth, which costs no password hashing per request). Targets: views p95 ≤ 20 ms,
   search p95 ≤ 100 ms, creation ≥ 1,000 tickets/s; each row says met / not met.
3. For the plans behind them: \`node --import tsx bench/explain.ts --database-url postgres://…/kontakt_bench_big\`
   records the SQL the server's own list, count and search functions send (as agent.pl) and prints
   \`EXPLAIN (ANALYZE, BUFFERS)\` of each.

**What is measured**, per database (PGlite in a temp dir, PostgreSQL in a fresh database), against the
real server started as a separate process (\`node --import tsx apps/server/src/main.ts\`, \`LOG_LEVEL=warn\`):

- *Cold start*: ms from spawning the process until \`GET /readyz\` answers 200 (polled every 50 ms), on an
  empty database — includes loading the code through tsx, migrations and the demo seed.
- *Restart*: the same, stopping the server and starting it again on the now migrated, seeded database.
- *Load scenarios* (list in \`bench/lib/scenarios.ts\`): autocannon, N concurrent connections, a warm-up
  left out of the figures, then a fixed-length phase; requests/s (average per second) and latency
  p50/p95/p99 (from every 2xx response of the measured phase). Any non-2xx answer or connection error marks
  the scenario FAILED.

autocannon runs on the same machine as the server and competes with it for CPU, so the figures are a
lower bound and mostly useful for spotting regressions. The load average at the start is recorded
because other work on the machine (tests, builds) lowers the figures noticeably.
`;

/** Appends this run's section to BENCHMARKS.md, keeping every earlier section. */
export function appendReport(file: string, report: RunReport): void {
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const firstSection = previous.search(/^## /m);
  const sections = firstSection === -1 ? '' : previous.slice(firstSection).trimEnd() + '\n\n';
  writeFileSync(file, `${HEADER}\n${sections}${renderRun(report)}`);
}

export function renderRun(r: RunReport): string {
  const m = r.machine;
  const lines = [
    `## ${r.date.toISOString().slice(0, 16).replace('T', ' ')} UTC${r.mode === 'data' ? ' — ticket scenarios on data sets' : ''}`,
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM; load average ${m.loadAvg} at the start`,
    `- Software: Node ${m.node}, ${m.os}`,
    `- Server: \`node --import tsx ${r.entry}\``,
    `- Load: ${r.load.connections} connections (unless the row says otherwise), ${r.load.durationS} s after a ${r.load.warmupS} s warm-up`,
    ...r.databases.filter((d) => d.dataset).map((d) => `- Data set (${d.database}): ${d.dataset}`),
    '',
    r.mode === 'data'
      ? '| Database | Server start on the data set |'
      : '| Database | Cold start, empty database | Restart, migrated database |',
    r.mode === 'data' ? '| --- | ---: |' : '| --- | ---: | ---: |',
    ...r.databases.map((d) =>
      r.mode === 'data'
        ? `| ${d.database} | ${ms(d.warmStartMs)} |`
        : `| ${d.database} | ${ms(d.coldStartMs)} | ${ms(d.warmStartMs)} |`,
    ),
    '',
    '| Scenario | Database | Conn. | req/s | p50 (ms) | p95 (ms) | p99 (ms) | Requests | Target | Result |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  for (const d of r.databases) {
    for (const s of d.scenarios) {
      const res = s.result;
      const met = targetMet(s);
      const verdict = scenarioFailed(s)
        ? `**FAILED**: ${failure(s)}`
        : res && res.total === 0
          ? `**no answer** within the ${r.load.durationS} s run, ${targetText(s.target) === '–' ? '' : 'target not met'}`
          : met === undefined
            ? 'ok'
            : met
              ? 'ok, target met'
              : 'ok, **target not met**';
      lines.push(
        `| ${s.scenario} | ${d.database} | ${s.connections ?? r.load.connections} | ${res?.rps ?? '–'} | ${num(res?.p50)} | ${num(res?.p95)} | ${num(res?.p99)} | ${res?.total ?? '–'} | ${targetText(s.target)} | ${verdict} |`,
      );
    }
  }
  const notes: string[] = [];
  for (const d of r.databases) {
    if (d.skipped) notes.push(`- ${d.database} skipped: ${d.skipped}`);
    if (d.error) notes.push(`- ${d.database} failed: ${oneLine(d.error)}`);
    for (const s of d.scenarios)
      for (const n of s.notes ?? []) notes.push(`- ${d.database}, ${s.scenario}: ${oneLine(n)}`);
    if (d.serverProblems.length) {
      notes.push(
        `- ${d.database}: the server logged ${d.serverProblems.length} warning/error line(s), first ones:`,
      );
      notes.push('', '  ```', ...d.serverProblems.slice(0, 5).map((l) => `  ${l.slice(0, 300)}`), '  ```');
    }
  }
  if (notes.length) lines.push('', 'Notes:', '', ...notes);
  return lines.join('\n') + '\n';
}

function failure(s: ScenarioOutcome): string {
  if (s.error) return oneLine(s.error);
  const r = s.result!;
  const statuses = Object.entries(r.statuses)
    .map(([code, n]) => `${code}×${n}`)
    .join(', ');
  return `${r.non2xx} non-2xx, ${r.errors} errors of which ${r.timeouts} timeouts (statuses: ${statuses || 'none'})`;
}

function num(v: number | undefined): string {
  return v === undefined || Number.isNaN(v) ? '–' : String(v);
}

function ms(v: number | undefined): string {
  return v === undefined ? '–' : `${v} ms`;
}

/** Table cells and list items must stay on one line. */
function oneLine(s: string): string {
  return s.split('\n')[0]!.replace(/\|/g, '\\|').slice(0, 600);
}
