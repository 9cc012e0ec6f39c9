/**
 * `npm run bench -- --scenarios sla --data-url postgres://…` (or `--data-dir` for PGlite): what SLA
 * costs on a generated data set (`npm run bench:data`), measured in-process on the real functions.
 *
 * Everything happens in ONE transaction that is rolled back at the end, so the data set is left as
 * it was (apart from pending migrations, applied as a server start would): a business calendar
 * (Mon–Fri 08:00–16:00 Warsaw, PL holidays) is given to the busiest queue of the demo organization,
 * a policy with business-hours targets for every priority is added, then for BENCH_SLA_TICKETS
 * open tickets of that queue (default 2,000):
 *
 * 1. the first computation of the ticket's SLA (`applySla` on a ticket without one: a policy was just
 *    introduced), timed separately;
 * 2. a customer message is stored and `applySla` — what every message arrival adds — is timed,
 *    with the SQL statements it sends (PostgreSQL);
 * 3. the safety-net sweep (`sweepSla`, batches of 500) announces the warnings and breaches now due
 *    on those tickets (they are old, so most are): tickets per second.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { eq, sql, type SQL } from 'drizzle-orm';
import { openDatabase, type Database, type Db } from '../apps/server/src/platform/db.ts';
import { migrate } from '../apps/server/src/platform/migrate.ts';
import { newId } from '../apps/server/src/platform/crypto.ts';
import { createLogger } from '../apps/server/src/platform/logger.ts';
import { EventBus } from '../apps/server/src/realtime/event-bus.ts';
import { applySla, calendars, slaPolicies, sweepSla } from '../apps/server/src/modules/sla/index.ts';
import { messages, queues } from '../apps/server/src/modules/tickets/index.ts';
import type { AppDeps } from '../apps/server/src/http/deps.ts';
import { percentile } from './lib/load.ts';
import { machineInfo, type Machine } from './lib/machine.ts';
import { redact } from './lib/databases.ts';
import type { DataTarget } from './lib/sql-client.ts';

const TARGET_P95_MS = 2;

type Figures = { p50: number; p95: number; p99: number; n: number };
export type SlaOutcome = {
  database: string;
  tickets?: number;
  first?: Figures;
  perMessage?: Figures;
  statementsPerMessage?: number;
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

const figures = (ms: number[]): Figures => {
  const s = [...ms].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), n: s.length };
};

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
    conditions: { queueIds: [], priorities: [], types: [], channels: [], customerFlags: [] },
    targets,
    warningShare: 0.8,
    createdAt: now,
    updatedAt: now,
  });
  return { organizationId, queueId };
}

async function measure(database: Database, count: number, out: SlaOutcome): Promise<void> {
  const now = new Date();
  await database.db
    .transaction(async (tx) => {
      const { organizationId, queueId } = await setUp(tx, now);
      const picked = await rows<{ id: string; customer_id: string; channel: string }>(
        tx,
        sql`SELECT id, customer_id, channel FROM tickets
          WHERE organization_id = ${organizationId} AND queue_id = ${queueId} AND status IN ('new', 'open')
          ORDER BY md5(id::text) LIMIT ${count}`,
      );
      out.tickets = picked.length;
      const first: number[] = [];
      const perMessage: number[] = [];
      let sent = 0;
      for (const [i, t] of picked.entries()) {
        const at = new Date(now.getTime() + i);
        let t0 = performance.now();
        await applySla(tx, t.id, at);
        first.push(performance.now() - t0);
        await tx.insert(messages).values({
          id: newId(),
          organizationId,
          ticketId: t.id,
          kind: 'reply',
          direction: 'inbound',
          authorType: 'customer',
          authorId: t.customer_id,
          channel: t.channel as 'email',
          bodyHtml: '<p>Any news?</p>',
          bodyText: 'Any news?',
          mentions: [],
          createdAt: at,
        });
        const before = statements;
        t0 = performance.now();
        await applySla(tx, t.id, at);
        perMessage.push(performance.now() - t0);
        sent += statements - before;
      }
      out.first = figures(first.slice(Math.min(50, first.length >> 2))); // after warming up the JIT
      out.perMessage = figures(perMessage.slice(Math.min(50, perMessage.length >> 2)));
      if (database.kind === 'postgres')
        out.statementsPerMessage = Math.round((sent / picked.length) * 10) / 10;
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

/** One data set: migrations as a server start would apply them, then the rolled-back measurement. */
export async function benchSla(name: string, target: DataTarget, count: number): Promise<SlaOutcome> {
  const out: SlaOutcome = { database: name };
  countStatements();
  const database =
    'databaseUrl' in target
      ? await openDatabase({ url: target.databaseUrl, poolSize: 2 })
      : await openDatabase({ dataDir: target.dataDir });
  try {
    await migrate(database);
    await measure(database, count, out);
    const f = out.perMessage!;
    console.log(
      `   ${name}: ${out.tickets} tickets; applySla per message p50 ${f.p50} ms, p95 ${f.p95} ms, p99 ${f.p99} ms` +
        (out.statementsPerMessage ? `, ${out.statementsPerMessage} statements` : '') +
        `; first computation p95 ${out.first!.p95} ms; sweep ${out.sweepPerS} tickets/s (${out.swept} announced)`,
    );
  } catch (err) {
    out.error = err instanceof Error ? (err.stack ?? err.message) : String(err);
    console.error(`   ${name}: FAILED: ${out.error}`);
  } finally {
    await database.close();
  }
  return out;
}

function render(date: Date, m: Machine, where: string[], outcomes: SlaOutcome[]): string {
  const cell = (f?: Figures) => (f ? `${f.p50} / ${f.p95} / ${f.p99}` : '–');
  const lines = [
    `## ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC — SLA recomputation per message and sweep`,
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM; load average ${m.loadAvg} at the start; Node ${m.node}`,
    `- Data: ${where.join('; ')}`,
    '- In-process, one transaction rolled back at the end (bench/sla.ts): a PL business calendar on the busiest ' +
      'queue, one policy with business-hours targets; per ticket a customer message is stored and `applySla` timed',
    '',
    '| Database | Tickets | applySla per message p50 / p95 / p99 (ms) | Statements | First computation p50 / p95 / p99 (ms) | Sweep (tickets/s) | Target | Result |',
    '| --- | ---: | --- | ---: | --- | ---: | --- | --- |',
  ];
  for (const o of outcomes) {
    const met = o.perMessage ? o.perMessage.p95 <= TARGET_P95_MS : false;
    lines.push(
      `| ${o.database} | ${o.tickets ?? '–'} | ${cell(o.perMessage)} | ${o.statementsPerMessage ?? '–'} | ` +
        `${cell(o.first)} | ${o.sweepPerS ?? '–'} | p95 ≤ ${TARGET_P95_MS} ms | ` +
        `${o.error ? `**FAILED**: ${o.error.split('\n')[0]}` : met ? 'ok, target met' : 'ok, **target not met**'} |`,
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
  console.log(`bench: SLA, ${count} tickets per data set, load ${machine.loadAvg}`);
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

// Run directly: node --import tsx bench/sla.ts --data-url postgres://… [--no-report]
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { 'data-url': { type: 'string' }, 'data-dir': { type: 'string' } },
  });
  const sets = [
    ...(values['data-dir'] ? [{ name: 'PGlite', target: { dataDir: values['data-dir'] } }] : []),
    ...(values['data-url'] ? [{ name: 'PostgreSQL', target: { databaseUrl: values['data-url'] } }] : []),
  ];
  const count = Number(process.env.BENCH_SLA_TICKETS) || 2000;
  for (const s of sets) await benchSla(s.name, s.target, count);
}
