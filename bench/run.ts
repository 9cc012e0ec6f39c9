/**
 * `npm run bench`: starts the real server on each database, times cold start and restart, runs the
 * load scenarios, and appends the figures to BENCHMARKS.md. Bounded in time (about a minute with the
 * defaults; a watchdog aborts at 4.5 minutes) and leaves no process, temp dir or database behind.
 */
import { fileURLToPath } from 'node:url';
import { cleanupAll, cleanupOnSignals } from './lib/cleanup.ts';
import { pglite, postgres, type DatabaseKind } from './lib/databases.ts';
import { runLoad, type LoadOptions } from './lib/load.ts';
import { machineInfo } from './lib/machine.ts';
import { appendReport, scenarioFailed, type DatabaseOutcome, type RunReport } from './lib/markdown.ts';
import { DEMO_PASSWORD, scenarios } from './lib/scenarios.ts';
import { DEFAULT_ENTRY, startServer, type ServerProcess } from './lib/server.ts';

const OUTPUT = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));
const TIME_LIMIT_MS = 4.5 * 60_000;
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

async function benchDatabase(kind: DatabaseKind, load: LoadOptions): Promise<DatabaseOutcome> {
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
      for (const scenario of scenarios) {
        try {
          const { headers } = await scenario.setup(s.baseUrl);
          const req = { ...scenario.request, headers: { ...scenario.request.headers, ...headers } };
          const result = await runLoad(s.baseUrl, req, load);
          out.scenarios.push({ scenario: scenario.name, result });
          const o = out.scenarios.at(-1)!;
          console.log(
            `   ${scenario.name}: ${result.rps} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ` +
              `${result.total} requests` +
              (scenarioFailed(o) ? ` — FAILED: ${result.non2xx} non-2xx, ${result.errors} errors ` : '') +
              (scenarioFailed(o) ? JSON.stringify(result.statuses) : ''),
          );
        } catch (err) {
          const error = err instanceof Error ? err.message : String(err);
          out.scenarios.push({ scenario: scenario.name, error });
          console.error(`   ${scenario.name}: FAILED: ${error}`);
        }
      }
    });
  } catch (err) {
    out.error = err instanceof Error ? err.message : String(err);
    console.error(`   ${kind.name} failed: ${out.error}`);
  } finally {
    await db.dispose();
  }
  if (out.serverProblems.length) {
    console.warn(`   the server logged ${out.serverProblems.length} warning/error line(s):`);
    for (const line of out.serverProblems.slice(0, 10)) console.warn(`     ${line.slice(0, 300)}`);
  }
  return out;
}

async function main(): Promise<number> {
  cleanupOnSignals();
  const watchdog = setTimeout(() => {
    console.error(`bench: still running after ${TIME_LIMIT_MS / 1000} s, aborting`);
    void cleanupAll().finally(() => process.exit(1));
  }, TIME_LIMIT_MS);
  watchdog.unref();

  const load: LoadOptions = {
    connections: envInt('BENCH_CONNECTIONS', 10),
    durationS: envInt('BENCH_DURATION', 10),
    warmupS: envInt('BENCH_WARMUP', 2),
  };
  const report: RunReport = { date: new Date(), machine: machineInfo(), entry: ENTRY, load, databases: [] };
  const m = report.machine;
  console.log(
    `bench: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB, Node ${m.node}, ${m.os}, load ${m.loadAvg}`,
  );
  if (ENTRY !== DEFAULT_ENTRY) console.warn(`bench: server entry overridden: ${ENTRY}`);
  try {
    for (const kind of [pglite, postgres]) report.databases.push(await benchDatabase(kind, load));
  } finally {
    await cleanupAll();
    clearTimeout(watchdog);
  }
  appendReport(OUTPUT, report);
  console.log(`\nbench: figures appended to ${OUTPUT}`);

  const failed = report.databases.some((d) => d.error || d.scenarios.some(scenarioFailed));
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
