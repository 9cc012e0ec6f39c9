import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { LoadOptions, LoadResult } from './load.ts';
import type { Machine } from './machine.ts';

export type ScenarioOutcome = { scenario: string; result?: LoadResult; error?: string };

export type DatabaseOutcome = {
  database: string;
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
  load: LoadOptions;
  databases: DatabaseOutcome[];
};

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

**What is measured**, per database (PGlite in a temp dir, PostgreSQL in a fresh database), against the
real server started as a separate process (\`node --import tsx apps/server/src/main.ts\`, \`LOG_LEVEL=warn\`):

- *Cold start*: ms from spawning the process until \`GET /readyz\` answers 200 (polled every 50 ms), on an
  empty database — includes loading the code through tsx, migrations and the demo seed.
- *Restart*: the same, stopping the server and starting it again on the now migrated, seeded database.
- *Load scenarios* (list in \`bench/lib/scenarios.ts\`): autocannon, N concurrent connections, a warm-up
  left out of the figures, then a fixed-length phase; requests/s (average per second) and latency p50/p99.
  Any non-2xx answer or connection error marks the scenario FAILED.

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
    `## ${r.date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM; load average ${m.loadAvg} at the start`,
    `- Software: Node ${m.node}, ${m.os}`,
    `- Server: \`node --import tsx ${r.entry}\``,
    `- Load: ${r.load.connections} connections, ${r.load.durationS} s after a ${r.load.warmupS} s warm-up`,
    '',
    '| Database | Cold start, empty database | Restart, migrated database |',
    '| --- | ---: | ---: |',
    ...r.databases.map((d) => `| ${d.database} | ${ms(d.coldStartMs)} | ${ms(d.warmStartMs)} |`),
    '',
    '| Scenario | Database | req/s | p50 (ms) | p99 (ms) | Requests | Result |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const d of r.databases) {
    for (const s of d.scenarios) {
      const res = s.result;
      const verdict = scenarioFailed(s) ? `**FAILED**: ${failure(s)}` : 'ok';
      lines.push(
        `| ${s.scenario} | ${d.database} | ${res?.rps ?? '–'} | ${res?.p50 ?? '–'} | ${res?.p99 ?? '–'} | ${res?.total ?? '–'} | ${verdict} |`,
      );
    }
  }
  const notes: string[] = [];
  for (const d of r.databases) {
    if (d.skipped) notes.push(`- ${d.database} skipped: ${d.skipped}`);
    if (d.error) notes.push(`- ${d.database} failed: ${oneLine(d.error)}`);
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
  return `${r.non2xx} non-2xx, ${r.errors} errors (statuses: ${statuses || 'none'})`;
}

function ms(v: number | undefined): string {
  return v === undefined ? '–' : `${v} ms`;
}

/** Table cells and list items must stay on one line. */
function oneLine(s: string): string {
  return s.split('\n')[0]!.replace(/\|/g, '\\|').slice(0, 300);
}
