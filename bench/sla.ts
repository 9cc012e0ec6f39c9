/**
 * `npm run bench -- --scenarios sla --data-url postgres://…` (or `--data-dir` for PGlite), or
 * `node --import tsx bench/sla.ts --data-url postgres://… [--report BENCHMARKS.md]`: what SLA adds
 * to each message arrival on a generated data set (`npm run bench:data`, 1,000,000 tickets),
 * measured in-process on the real functions.
 *
 * Everything happens in ONE transaction that is rolled back at the end, so the data set is left as
 * it was (apart from pending migrations, applied as a server start would): a business calendar
 * (Mon–Fri 08:00–16:00 Warsaw, PL holidays) is given to the busiest queue of the demo organization,
 * a policy with business-hours targets for every priority is added, then for 4 × BENCH_SLA_TICKETS
 * open tickets of that queue (default 2,000 per variant):
 *
 * 1. the first computation of the ticket's SLA (`applySla` on a ticket without one: a policy was just
 *    introduced), timed separately;
 * 2. a customer message is stored, then the message's ticket UPDATE with the SLA work of one of
 *    four variants (bench/lib/sla-variants.ts: none, folded = now, separate, previous = before),
 *    taken in turn, is timed, with its statements (PostgreSQL) and CPU (this process and the
 *    database backend). What SLA adds per message = a variant minus `none`; the issue's target
 *    (≤ 2 ms p95) is checked on `folded`, the path every message takes now;
 * 3. the safety-net sweep (`sweepSla`, batches of 500) announces the warnings and breaches now due
 *    on those tickets (they are old, so most are): tickets per second.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import pg from 'pg';
import { eq, sql, type SQL } from 'drizzle-orm';
import { openDatabase, type Database, type Db } from '../apps/server/src/platform/db.ts';
import { migrate } from '../apps/server/src/platform/migrate.ts';
import { newId } from '../apps/server/src/platform/crypto.ts';
import { createLogger } from '../apps/server/src/platform/logger.ts';
import { EventBus } from '../apps/server/src/realtime/event-bus.ts';
import { applySla, calendars, slaPolicies, sweepSla } from '../apps/server/src/modules/sla/index.ts';
import { queues } from '../apps/server/src/modules/tickets/index.ts';
import type { AppDeps } from '../apps/server/src/http/deps.ts';
import {
  VARIANTS,
  cpuNs,
  storeMessage,
  timedStep,
  type BenchTicket,
  type Step,
  type Variant,
} from './lib/sla-variants.ts';
import { machineInfo, type Machine } from './lib/machine.ts';
import { redact } from './lib/databases.ts';
import type { DataTarget } from './lib/sql-client.ts';

const TARGET_P95_MS = 2;

type Figures = { p50: number; p95: number; p99: number; n: number };
/** One variant of the message path (bench/lib/sla-variants.ts) over its share of the tickets. */
type VariantFigures = {
  /** Wall clock of the timed part (SLA work + the ticket UPDATE). */
  step: Figures;
  /** Wall clock of the SLA work alone. */
  sla: Figures;
  /** Mean CPU per message in µs: this process, and the database backend (null: not measured). */
  nodeCpuUs: number;
  dbCpuUs: number | null;
  statements: number;
};
export type SlaOutcome = {
  database: string;
  tickets?: number;
  loadAvg?: number;
  first?: Figures;
  variants?: Partial<Record<Variant, VariantFigures>>;
  sweepPerS?: number;
  swept?: number;
  error?: string;
};

class Rollback extends Error {}

/** SQL statements sent by node-postgres clients (PostgreSQL only; PGlite has no client to count). */
let statements = 0;
let counting = false;
function countStatements(): void {
  if (counting) return;
  counting = true;
  const originalQuery = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    statements++;
    return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
}

/** Percentiles to 0.01 ms (the figures are around a millisecond). */
const pct = (sorted: number[], p: number) =>
  sorted.length
    ? Math.round(
        sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]! * 100,
      ) / 100
    : Number.NaN;
const figures = (ms: number[]): Figures => {
  const s = [...ms].sort((a, b) => a - b);
  return { p50: pct(s, 50), p95: pct(s, 95), p99: pct(s, 99), n: s.length };
};
const mean = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));

function summarize(steps: Step[]): VariantFigures {
  const kept = steps.slice(Math.min(50, steps.length >> 2)); // after warming up the JIT and caches
  const db = kept.map((s) => s.dbCpuUs);
  return {
    step: figures(kept.map((s) => s.ms)),
    sla: figures(kept.map((s) => s.slaMs)),
    nodeCpuUs: mean(kept.map((s) => s.nodeCpuUs)),
    dbCpuUs: db.every((x) => x !== null) ? mean(db as number[]) : null,
    statements: Math.round((kept.reduce((a, s) => a + s.statements, 0) / Math.max(1, kept.length)) * 10) / 10,
  };
}

/** Rows of a raw query (both drivers answer `{ rows }`). */
const rows = async <T>(tx: Db, query: SQL): Promise<T[]> =>
  ((await tx.execute(query)) as unknown as { rows: T[] }).rows;

/** The calendar and policy of the run, on the busiest queue of the demo organization. */
async function setUp(tx: Db, now: Date) {
  const [q] = await rows<{ organization_id: string; queue_id: string }>(
    tx,
    sql`
    SELECT t.organization_id, t.queue_id FROM tickets t JOIN organizations o ON o.id = t.organization_id
    WHERE o.slug = 'demo-sklep' AND t.status IN ('new', 'open')
    GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
  );
  if (!q) throw new Error('no open tickets in the demo organization: generate a data set first');
  const { organization_id: organizationId, queue_id: queueId } = q;
  const calendarId = newId();
  await tx.insert(calendars).values({
    id: calendarId,
    organizationId,
    name: `bench-${calendarId}`,
    timeZone: 'Europe/Warsaw',
    weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '08:00', end: '16:00' })),
    holidayCountry: 'PL',
    closures: [],
    extraOpenings: [],
    createdAt: now,
    updatedAt: now,
  });
  await tx.update(queues).set({ calendarId }).where(eq(queues.id, queueId));
  const targets = (['low', 'normal', 'high', 'urgent'] as const).flatMap((priority) => [
    { priority, target: 'first_response' as const, minutes: 240, businessHours: true },
    { priority, target: 'next_response' as const, minutes: 120, businessHours: true },
    { priority, target: 'resolution' as const, minutes: 960, businessHours: true },
  ]);
  await tx.insert(slaPolicies).values({
    id: newId(),
    organizationId,
    name: 'bench',
    position: 0,
    active: true,
    conditions: { queueIds: [], priorities: [], types: [], channels: [], customerFlags: [], companyIds: [] },
    targets,
    warningShare: 0.8,
    createdAt: now,
    updatedAt: now,
  });
  return { organizationId, queueId };
}

/** The backend of the transaction, when the database runs on this machine (its CPU can be read). */
async function backendPid(tx: Db, database: Database): Promise<number | null> {
  if (database.kind !== 'postgres') return null;
  const [r] = await rows<{ pid: number }>(tx, sql`SELECT pg_backend_pid() AS pid`);
  return r && cpuNs(r.pid) !== null ? r.pid : null;
}

async function measure(database: Database, count: number, out: SlaOutcome): Promise<void> {
  const now = new Date();
  await database.db
    .transaction(async (tx) => {
      const { organizationId, queueId } = await setUp(tx, now);
      const picked = await rows<BenchTicket>(
        tx,
        sql`SELECT id, organization_id, customer_id, channel FROM tickets
          WHERE organization_id = ${organizationId} AND queue_id = ${queueId} AND status IN ('new', 'open')
          ORDER BY md5(id::text) LIMIT ${count * VARIANTS.length}`,
      );
      out.tickets = picked.length;
      const pid = await backendPid(tx, database);
      const first: number[] = [];
      const steps = new Map<Variant, Step[]>(VARIANTS.map((v) => [v, []]));
      for (const [i, t] of picked.entries()) {
        const at = new Date(now.getTime() + i);
        // Every ticket gets its SLA first (a policy was just introduced), then one customer
        // message in one of the variants, taken in turn so that load on the machine hits all alike.
        const t0 = performance.now();
        await applySla(tx, t.id, at);
        first.push(performance.now() - t0);
        await storeMessage(tx, t, at);
        const variant = VARIANTS[i % VARIANTS.length]!;
        steps.get(variant)!.push(await timedStep(tx, variant, t.id, at, () => statements, pid));
      }
      out.first = figures(first.slice(Math.min(50, first.length >> 2)));
      out.variants = Object.fromEntries(VARIANTS.map((v) => [v, summarize(steps.get(v)!)]));
      const deps = {
        db: tx,
        clock: { now: () => new Date(now.getTime() + picked.length) },
        events: new EventBus(),
        log: createLogger('silent'),
        mailer: { delivers: false, queue: async () => '' },
        config: { publicUrl: 'http://bench.invalid' },
        jobs: undefined,
      } as unknown as AppDeps;
      const t0 = performance.now();
      let swept = 0;
      for (let n = await sweepSla(deps); n > 0; n = await sweepSla(deps)) swept += n;
      out.swept = swept;
      out.sweepPerS = swept ? Math.round(swept / ((performance.now() - t0) / 1000)) : 0;
      throw new Rollback();
    })
    .catch((err: unknown) => {
      if (!(err instanceof Rollback)) throw err;
    });
}

const r2 = (x: number) => Math.round(x * 100) / 100;
/** What a variant adds to the message path over `none`: p50 and p95 of the timed part, CPU. */
function added(o: SlaOutcome, v: Variant) {
  const x = o.variants?.[v];
  const base = o.variants?.none;
  if (!x || !base) return null;
  return {
    p50: r2(x.step.p50 - base.step.p50),
    p95: r2(x.step.p95 - base.step.p95),
    nodeCpuUs: x.nodeCpuUs - base.nodeCpuUs,
    dbCpuUs: x.dbCpuUs === null || base.dbCpuUs === null ? null : x.dbCpuUs - base.dbCpuUs,
  };
}

/** The line printed per variant. */
function describe(o: SlaOutcome, v: Variant): string {
  const x = o.variants![v]!;
  const a = added(o, v)!;
  const cpu = `CPU/message node ${x.nodeCpuUs} µs` + (x.dbCpuUs === null ? '' : ` + db ${x.dbCpuUs} µs`);
  if (v === 'none')
    return `     ${v.padEnd(8)} UPDATE alone p50 ${x.step.p50} ms, p95 ${x.step.p95} ms; ${cpu}; ${x.statements} statements`;
  return (
    `     ${v.padEnd(8)} added p50 ${a.p50} ms, p95 ${a.p95} ms (SLA work alone p50 ${x.sla.p50}, p95 ${x.sla.p95}); ` +
    `${cpu} (added ${a.nodeCpuUs}${a.dbCpuUs === null ? '' : ` + ${a.dbCpuUs}`} µs); ${x.statements} statements`
  );
}

/** One data set: migrations as a server start would apply them, then the rolled-back measurement. */
export async function benchSla(name: string, target: DataTarget, count: number): Promise<SlaOutcome> {
  const out: SlaOutcome = { database: name, loadAvg: Math.round(os.loadavg()[0]! * 100) / 100 };
  countStatements();
  const database =
    'databaseUrl' in target
      ? await openDatabase({ url: target.databaseUrl, poolSize: 2 })
      : await openDatabase({ dataDir: target.dataDir });
  try {
    await migrate(database);
    await measure(database, count, out);
    console.log(
      `   ${name}: ${out.tickets} tickets (${count} per variant), load ${out.loadAvg}; ` +
        `first computation p95 ${out.first!.p95} ms; sweep ${out.sweepPerS} tickets/s (${out.swept} announced)`,
    );
    for (const v of VARIANTS) console.log(describe(out, v));
  } catch (err) {
    out.error = err instanceof Error ? (err.stack ?? err.message) : String(err);
    console.error(`   ${name}: FAILED: ${out.error}`);
  } finally {
    await database.close();
  }
  return out;
}

const LABEL: Record<Variant, string> = {
  none: 'no SLA (the message UPDATE alone)',
  folded: '**now**: SLA folded into the message UPDATE',
  separate: 'SLA as its own UPDATE (`applySla`, other callers)',
  previous: 'before (a6b4605): full re-read + own UPDATE',
};

function render(date: Date, m: Machine, where: string[], outcomes: SlaOutcome[]): string {
  const lines = [
    `## ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC — SLA recomputation per message (added latency) and sweep`,
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM; load average ${m.loadAvg} at the start; Node ${m.node}`,
    `- Data: ${where.join('; ')}`,
    '- In-process, one transaction rolled back at the end (bench/sla.ts, bench/lib/sla-variants.ts): a PL business ' +
      'calendar on the busiest queue, one policy with business-hours targets; per ticket a customer message is ' +
      "stored, then the message's ticket UPDATE is timed with the SLA work of one variant (taken in turn). " +
      '"Added" = the variant minus "no SLA" (p50 from p50, p95 from p95). CPU: mean per message, this process ' +
      'and the PostgreSQL backend (`/proc/<pid>/schedstat`).',
    '',
    '| Database | Variant | Messages | UPDATE + SLA p50 / p95 (ms) | Added p50 / p95 (ms) | SLA work alone p50 / p95 (ms) | CPU/message Node + DB (µs) | Added CPU (µs) | Statements |',
    '| --- | --- | ---: | --- | --- | --- | --- | --- | ---: |',
  ];
  for (const o of outcomes) {
    if (o.error || !o.variants) {
      lines.push(
        `| ${o.database} | – | – | – | – | – | – | – | **FAILED**: ${o.error?.split('\n')[0] ?? ''} |`,
      );
      continue;
    }
    for (const v of VARIANTS) {
      const x = o.variants[v]!;
      const a = added(o, v)!;
      const cpu = `${x.nodeCpuUs} + ${x.dbCpuUs ?? '–'}`;
      const none = v === 'none';
      lines.push(
        `| ${o.database} | ${LABEL[v]} | ${x.step.n} | ${x.step.p50} / ${x.step.p95} | ` +
          `${none ? '–' : `${a.p50} / ${a.p95}`} | ${none ? '–' : `${x.sla.p50} / ${x.sla.p95}`} | ${cpu} | ` +
          `${none ? '–' : `${a.nodeCpuUs} + ${a.dbCpuUs ?? '–'}`} | ${x.statements} |`,
      );
    }
  }
  lines.push('');
  for (const o of outcomes) {
    if (!o.variants) continue;
    const now = added(o, 'folded')!;
    const before = added(o, 'previous')!;
    lines.push(
      `- ${o.database}: ${o.tickets} tickets; added latency per message p95 **${now.p95} ms** now ` +
        `(before: ${before.p95} ms); target p95 ≤ ${TARGET_P95_MS} ms: ` +
        `${now.p95 <= TARGET_P95_MS ? '**met**' : '**not met**'}. First computation p50 / p95 ` +
        `${o.first!.p50} / ${o.first!.p95} ms; sweep ${o.sweepPerS} tickets/s (${o.swept} announced).`,
    );
  }
  return lines.join('\n') + '\n';
}

/** The `sla` group of `npm run bench`: every data set, one section appended to `output`. Returns true on failure. */
export async function runSlaBench(
  output: string,
  dataSets: Array<{ name: string; target: DataTarget }>,
): Promise<boolean> {
  const count = Number(process.env.BENCH_SLA_TICKETS) || 2000;
  const machine = machineInfo();
  console.log(`bench: SLA, ${count} messages per variant and data set, load ${machine.loadAvg}`);
  const outcomes: SlaOutcome[] = [];
  for (const d of dataSets) outcomes.push(await benchSla(d.name, d.target, count));
  const where = dataSets.map((d) =>
    'databaseUrl' in d.target ? redact(d.target.databaseUrl) : `PGlite in ${d.target.dataDir}`,
  );
  const previous = existsSync(output) ? readFileSync(output, 'utf8').trimEnd() + '\n\n' : '# Benchmarks\n\n';
  writeFileSync(output, previous + render(new Date(), machine, where, outcomes));
  console.log(`\nbench: SLA figures appended to ${output}`);
  return outcomes.some((o) => o.error);
}

// Run directly: node --import tsx bench/sla.ts --data-url postgres://… [--data-dir …] [--report BENCHMARKS.md]
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      'data-url': { type: 'string' },
      'data-dir': { type: 'string' },
      report: { type: 'string' },
    },
  });
  const sets = [
    ...(values['data-dir'] ? [{ name: 'PGlite', target: { dataDir: values['data-dir'] } }] : []),
    ...(values['data-url'] ? [{ name: 'PostgreSQL', target: { databaseUrl: values['data-url'] } }] : []),
  ];
  if (values.report) process.exitCode = (await runSlaBench(values.report, sets)) ? 1 : 0;
  else {
    const count = Number(process.env.BENCH_SLA_TICKETS) || 2000;
    for (const s of sets) await benchSla(s.name, s.target, count);
  }
}
