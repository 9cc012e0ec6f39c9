/**
 * `npm run bench`: starts the real server on each database, times cold start and restart, runs the
 * load scenarios, and appends the figures to BENCHMARKS.md. Bounded in time (about a minute with the
 * defaults; a watchdog aborts at 4.5 minutes, 20 minutes on data sets) and leaves no process, temp
 * dir or database behind.
 *
 * With a generated data set (BENCH_DATA_URL / --data-url for PostgreSQL, BENCH_DATA_DIR / --data-dir
 * for PGlite; see bench/generate.ts) it runs the `tickets` scenarios on it instead; `--scenarios`
 * picks groups (comma list of `basic`, `tickets`, `email`). `email` (bench/lib/email.ts) measures inbound
 * mail through the SMTP listener on fresh databases and appends its own section; `imap`
 * (bench/lib/imap.ts) the IMAP fetch rate from a dovecot started for the run, likewise; `sla`
 * (bench/sla.ts) the SLA recomputation per message and the sweep rate, in-process on the data sets.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { cleanupAll, cleanupOnSignals } from './lib/cleanup.ts';
import { pglite, postgres, redact, type DatabaseKind } from './lib/databases.ts';
import { runEmailBench } from './lib/email.ts';
import { runImapBench } from './lib/imap.ts';
import { runSlaBench } from './sla.ts';
import { runChatBench } from './chat.ts';
import { runReportsBench } from './reports.ts';
import { runLoad, type LoadOptions } from './lib/load.ts';
import { machineInfo } from './lib/machine.ts';
import {
  appendReport,
  scenarioFailed,
  targetMet,
  type DatabaseOutcome,
  type RunReport,
  type ScenarioOutcome,
} from './lib/markdown.ts';
import { DEMO_PASSWORD, GROUPS, scenarios, type Group, type Scenario } from './lib/scenarios.ts';
import { DEFAULT_ENTRY, startServer, type ServerProcess } from './lib/server.ts';
import { openSql, serverEnv, type DataTarget } from './lib/sql-client.ts';

const OUTPUT = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));
const ENTRY = process.env.BENCH_SERVER_ENTRY || DEFAULT_ENTRY;

function envInt(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
}

/** Starts a server, hands it to `fn`, and stops it whatever happens (before its database is removed). */
async function withServer<T>(
  env: Record<string, string>,
  out: DatabaseOutcome,
  fn: (s: ServerProcess) => Promise<T>,
): Promise<T> {
  const server = await startServer(env, ENTRY);
  try {
    return await fn(server);
  } finally {
    await server.stop();
    out.serverProblems.push(...server.problems());
  }
}

/**
 * Waits until the server answers /readyz within 1 s again (at most 3 minutes): requests a scenario
 * gave up on (timeouts) may still be running in the server and would slow the next scenario down.
 */
async function drain(baseUrl: string, target?: DataTarget): Promise<void> {
  const until = performance.now() + 180_000;
  if (target && 'databaseUrl' in target) {
    // PostgreSQL keeps running a query whose HTTP request was given up on: wait for the server's
    // sessions to go quiet, or the next scenario would be measured against their load.
    const db = await openSql(target);
    try {
      while (performance.now() < until) {
        const [r] = await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database()
             AND application_name = 'kontakt' AND state = 'active' AND query NOT ILIKE '%pgboss%'`,
        );
        if (!r?.n) break;
        await new Promise((res) => setTimeout(res, 1_000));
      }
    } finally {
      await db.close();
    }
  }
  while (performance.now() < until) {
    const t0 = performance.now();
    try {
      const res = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(30_000) });
      await res.arrayBuffer();
      if (res.status === 200 && performance.now() - t0 < 1_000) return;
    } catch {
      // still busy
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  console.warn('   the server was still busy 3 minutes after the scenario');
}

/** Runs scenarios one after another against a live server; a failing set-up fails only its scenario. */
async function runScenarios(
  s: ServerProcess,
  list: Scenario[],
  load: LoadOptions,
  out: DatabaseOutcome,
  timeoutS = 10,
  target?: DataTarget,
) {
  for (const scenario of list) {
    const o: ScenarioOutcome = {
      scenario: scenario.name,
      connections: scenario.connections ?? load.connections,
    };
    if (scenario.target) o.target = scenario.target;
    out.scenarios.push(o);
    try {
      const set = await scenario.setup(s.baseUrl);
      const base = set.request ?? scenario.request;
      const req = { ...base, headers: { ...base.headers, ...set.headers } };
      if (set.notes?.length) o.notes = set.notes;
      const result = await runLoad(s.baseUrl, req, { ...load, connections: o.connections! }, timeoutS);
      o.result = result;
      const met = targetMet(o);
      console.log(
        `   ${scenario.name}: ${result.rps} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, ` +
          `${result.total} requests` +
          (met === undefined ? '' : met ? ' (target met)' : ' (target NOT met)') +
          (scenarioFailed(o) ? ` — FAILED: ${result.non2xx} non-2xx, ${result.errors} errors ` : '') +
          (scenarioFailed(o) ? JSON.stringify(result.statuses) : ''),
      );
      for (const n of o.notes ?? []) console.log(`     ${n}`);
    } catch (err) {
      o.error = err instanceof Error ? err.message : String(err);
      console.error(`   ${scenario.name}: FAILED: ${o.error}`);
    }
    await drain(s.baseUrl, target);
  }
}

async function benchDatabase(
  kind: DatabaseKind,
  list: Scenario[],
  load: LoadOptions,
): Promise<DatabaseOutcome> {
  const out: DatabaseOutcome = { database: kind.name, scenarios: [], serverProblems: [] };
  console.log(`\n== ${kind.name}`);
  const db = await kind.create();
  if ('skip' in db) {
    console.log(`   skipped: ${db.skip}`);
    out.skipped = db.skip;
    return out;
  }
  try {
    const env = { ...db.env, DEMO_PASSWORD };
    // First start: empty database, so this includes migrations and the demo seed.
    await withServer(env, out, async (s) => {
      out.coldStartMs = s.readyMs;
      console.log(`   cold start (empty database):  ${s.readyMs} ms`);
    });
    // Second start on the same data; the load runs against this process, as a restarted production server.
    await withServer(env, out, async (s) => {
      out.warmStartMs = s.readyMs;
      console.log(`   restart (migrated database):  ${s.readyMs} ms`);
      await runScenarios(s, list, load, out);
    });
  } catch (err) {
    out.error = err instanceof Error ? err.message : String(err);
    console.error(`   ${kind.name} failed: ${out.error}`);
  } finally {
    await db.dispose();
  }
  reportProblems(out);
  return out;
}

/** What the data set holds, read directly before the server opens it (PGlite allows one process). */
async function describeDataSet(target: DataTarget): Promise<string> {
  const db = await openSql(target);
  try {
    const [r] = await db.query<Record<string, string>>(
      `SELECT (SELECT count(*) FROM tickets)::text AS tickets, (SELECT count(*) FROM messages)::text AS messages,
              (SELECT count(*) FROM customers)::text AS customers,
              pg_size_pretty(pg_database_size(current_database())) AS size`,
    );
    const n = (v: string | undefined) => Number(v).toLocaleString('en-US');
    const where = 'databaseUrl' in target ? redact(target.databaseUrl) : `PGlite in ${target.dataDir}`;
    return `${n(r?.tickets)} tickets, ${n(r?.messages)} messages, ${n(r?.customers)} customers, ${r?.size} (${where})`;
  } finally {
    await db.close();
  }
}

/** A generated data set: not created or dropped here; the server is started on it once. */
async function benchDataSet(
  name: string,
  target: DataTarget,
  list: Scenario[],
  load: LoadOptions,
): Promise<DatabaseOutcome> {
  const out: DatabaseOutcome = { database: name, scenarios: [], serverProblems: [] };
  console.log(`\n== ${name} (data set)`);
  try {
    out.dataset = await describeDataSet(target);
    console.log(`   ${out.dataset}`);
    const env = { ...serverEnv(target), DEMO_PASSWORD };
    await withServer(env, out, async (s) => {
      out.warmStartMs = s.readyMs;
      console.log(`   server start on the data set: ${s.readyMs} ms`);
      // Slow answers are what a data set run is for: give them 30 s before they count as errors.
      await runScenarios(s, list, load, out, 30, target);
    });
  } catch (err) {
    out.error = err instanceof Error ? err.message : String(err);
    console.error(`   ${name} failed: ${out.error}`);
  }
  reportProblems(out);
  return out;
}

function reportProblems(out: DatabaseOutcome): void {
  if (out.serverProblems.length) {
    console.warn(`   the server logged ${out.serverProblems.length} warning/error line(s):`);
    for (const line of out.serverProblems.slice(0, 10)) console.warn(`     ${line.slice(0, 300)}`);
  }
}

type Args = {
  groups: Group[];
  email: boolean;
  imap: boolean;
  /** SLA recomputation and sweep, in-process on the data sets (bench/sla.ts). */
  sla: boolean;
  /** Live-chat transport: widget connections and round trips (bench/chat.ts). */
  chat: boolean;
  /** Report rollup rebuild, dashboard charts and the XLSX export, in-process on the data sets (bench/reports.ts). */
  reports: boolean;
  only: string[];
  dataSets: Array<{ name: string; target: DataTarget }>;
};

function parseCli(): Args {
  const { values } = parseArgs({
    options: {
      scenarios: { type: 'string' },
      only: { type: 'string' },
      'data-url': { type: 'string' },
      'data-dir': { type: 'string' },
    },
  });
  const url = values['data-url'] || process.env.BENCH_DATA_URL;
  const dir = values['data-dir'] || process.env.BENCH_DATA_DIR;
  const dataSets: Args['dataSets'] = [];
  if (dir) dataSets.push({ name: 'PGlite', target: { dataDir: dir } });
  if (url) dataSets.push({ name: 'PostgreSQL', target: { databaseUrl: url } });
  const groups = (values.scenarios ?? (dataSets.length ? 'tickets' : 'basic'))
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean);
  for (const g of groups) {
    if (
      !(GROUPS as readonly string[]).includes(g) &&
      g !== 'email' &&
      g !== 'imap' &&
      g !== 'sla' &&
      g !== 'chat' &&
      g !== 'reports'
    ) {
      console.error(
        `bench: unknown scenario group "${g}" (known: ${GROUPS.join(', ')}, email, imap, sla, chat, reports)`,
      );
      process.exit(2);
    }
  }
  if (
    (groups.includes('tickets') || groups.includes('sla') || groups.includes('reports')) &&
    !dataSets.length
  ) {
    console.error(
      'bench: the tickets scenarios need a data set: BENCH_DATA_URL=postgres://… or BENCH_DATA_DIR=… ' +
        '(make one with npm run bench:data; see BENCHMARKS.md)',
    );
    process.exit(2);
  }
  // --only: keep the scenarios whose name contains one of these (comma-separated) strings.
  const only = (values.only ?? '').split(',').filter(Boolean);
  const email = groups.includes('email');
  const imap = groups.includes('imap');
  const sla = groups.includes('sla');
  const chat = groups.includes('chat');
  const reports = groups.includes('reports');
  const rest = groups.filter(
    (g) => g !== 'email' && g !== 'imap' && g !== 'sla' && g !== 'chat' && g !== 'reports',
  ) as Group[];
  return { groups: rest, email, imap, sla, chat, reports, only, dataSets };
}

async function main(): Promise<number> {
  const args = parseCli();
  const dataMode = args.dataSets.length > 0;
  const list = scenarios.filter(
    (sc) =>
      args.groups.includes(sc.group) && (!args.only.length || args.only.some((o) => sc.name.includes(o))),
  );
  // The e-mail group prepares its mail sets and runs two scenarios per database: allow 10 more minutes.
  // The IMAP group appends its mail to dovecot and drains it on both databases: 10 more minutes too.
  const timeLimitMs =
    ((dataMode ? 20 : 4.5) +
      (args.email ? 10 : 0) +
      (args.imap ? 10 : 0) +
      (args.chat ? 5 : 0) +
      (args.reports ? 40 : 0)) *
    60_000;
  cleanupOnSignals();
  const watchdog = setTimeout(() => {
    console.error(`bench: still running after ${timeLimitMs / 1000} s, aborting`);
    void cleanupAll().finally(() => process.exit(1));
  }, timeLimitMs);
  watchdog.unref();

  const load: LoadOptions = {
    connections: envInt('BENCH_CONNECTIONS', 10),
    durationS: envInt('BENCH_DURATION', 10),
    warmupS: envInt('BENCH_WARMUP', 2),
  };
  const report: RunReport = {
    date: new Date(),
    machine: machineInfo(),
    entry: ENTRY,
    mode: dataMode ? 'data' : 'fresh',
    load,
    databases: [],
  };
  const m = report.machine;
  console.log(
    `bench: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB, Node ${m.node}, ${m.os}, load ${m.loadAvg}; ` +
      `scenarios: ${args.groups.join(', ')}`,
  );
  if (ENTRY !== DEFAULT_ENTRY) console.warn(`bench: server entry overridden: ${ENTRY}`);
  let emailFailed = false;
  let imapFailed = false;
  let slaFailed = false;
  let chatFailed = false;
  let reportsFailed = false;
  try {
    // Fresh databases of its own, whatever the other groups run on.
    if (args.email) emailFailed = await runEmailBench(OUTPUT, [pglite, postgres]);
    if (args.imap) imapFailed = await runImapBench(OUTPUT, [pglite, postgres]);
    if (args.sla) slaFailed = await runSlaBench(OUTPUT, args.dataSets);
    if (args.chat) chatFailed = await runChatBench(OUTPUT);
    if (args.reports) reportsFailed = await runReportsBench(OUTPUT, args.dataSets);
    if (!args.groups.length) {
      // only the e-mail and/or IMAP groups were asked for
    } else if (dataMode) {
      for (const d of args.dataSets) report.databases.push(await benchDataSet(d.name, d.target, list, load));
    } else {
      for (const kind of [pglite, postgres]) report.databases.push(await benchDatabase(kind, list, load));
    }
  } finally {
    await cleanupAll();
    clearTimeout(watchdog);
  }
  if (args.groups.length) {
    appendReport(OUTPUT, report);
    console.log(`\nbench: figures appended to ${OUTPUT}`);
  }

  const failed =
    emailFailed ||
    imapFailed ||
    slaFailed ||
    chatFailed ||
    reportsFailed ||
    report.databases.some((d) => d.error || d.scenarios.some(scenarioFailed));
  if (failed) console.error('bench: some measurements FAILED (see above and BENCHMARKS.md)');
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  async (err) => {
    console.error('bench: failed:', err instanceof Error ? err.stack : err);
    await cleanupAll();
    process.exit(1);
  },
);
