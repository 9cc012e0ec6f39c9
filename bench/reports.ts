/**
 * `npm run bench -- --scenarios reports --data-url postgres://…/kontakt_bench_big` (or
 * `node --import tsx bench/reports.ts --data-url postgres://… [--report BENCHMARKS.md]`): the
 * report rollups and dashboards on a generated data set (`npm run bench:data`, 1,000,000 tickets),
 * measured in-process on the real functions:
 *
 * 1. the rollup rebuild from the history (`rebuildRollups`, what `npm run reports:rebuild` runs),
 *    tickets per second; BENCH_REPORTS_REBUILD_LIMIT=N stops after N tickets (a smoke run), and
 *    BENCH_REPORTS_REBUILD=0 keeps the rollups already built;
 * 2. each dashboard chart (the queries behind one block of the overview) for the busiest
 *    organization over the last 30 days of its data and over a year, BENCH_REPORTS_RUNS times each
 *    (default 20, after 2 warm-ups): p50 / p95 / max against the target (≤ 1 s);
 * 3. the XLSX export of 100,000 rows (the newest tickets of the year) through the streaming writer
 *    into a byte counter: time and the peak resident memory above the start.
 *
 * The rollup tables are rewritten by (1); the history is only read.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Db } from '../apps/server/src/platform/db.ts';
import { migrate } from '../apps/server/src/platform/migrate.ts';
import {
  allReportRows,
  computeKpis,
  rebuildRollups,
  reportRows,
  reportScope,
  writeExport,
} from '../apps/server/src/modules/reports/index.ts';
import {
  volumeKpis,
  timeKpis,
  slaKpis,
  backlogKpis,
  reopenKpi,
  fcrKpi,
} from '../apps/server/src/modules/reports/report-tickets.kpis.ts';
import {
  chatKpis,
  presenceKpis,
  satisfactionKpis,
} from '../apps/server/src/modules/reports/report-people.kpis.ts';
import type { ReportScope } from '../apps/server/src/modules/reports/report-filters.ts';
import type { ReportTicketRow } from '@kontakt/contracts';
import { ReportFilters } from '@kontakt/contracts';
import { addDays, localDateOf } from '@kontakt/domain';
import { machineInfo, type Machine } from './lib/machine.ts';
import { redact } from './lib/databases.ts';
import { Progress, duration } from './lib/progress.ts';
import type { DataTarget } from './lib/sql-client.ts';

const TARGET_MS = 1000;
const EXPORT_ROWS = 100_000;
const fmt = new Intl.NumberFormat('en-US');

type Figures = { p50: number; p95: number; max: number; n: number };
type ChartFigures = { chart: string; month: Figures; year: Figures };
export type ReportsOutcome = {
  database: string;
  tickets?: number;
  facts?: number;
  rebuild?: { tickets: number; ms: number; perS: number; limited: boolean };
  charts?: ChartFigures[];
  exportXlsx?: { rows: number; ms: number; bytes: number; peakRssMiB: number };
  error?: string;
};

const CHARTS: Array<[string, (db: Db, s: ReportScope) => Promise<unknown>]> = [
  ['volume (channel/queue/type/reason/period)', volumeKpis],
  ['response & resolution times (mean, median)', timeKpis],
  ['SLA compliance', slaKpis],
  ['backlog + age buckets', backlogKpis],
  ['reopen rate', reopenKpi],
  ['FCR (7 days)', fcrKpi],
  ['AHT, occupancy, utilization', (db, s) => presenceKpis(db, s)],
  ['chat service level, abandonment', chatKpis],
  ['CSAT, NPS, CES', satisfactionKpis],
  ['whole overview (all charts)', (db, s) => computeKpis({ db }, s)],
  ['drill-down, first page (created)', (db, s) => reportRows(db, s, 'created', undefined, { limit: 50 })],
];

function figures(ms: number[]): Figures {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? 0, n: s.length };
}

async function timeRuns(fn: () => Promise<unknown>, runs: number): Promise<Figures> {
  for (let i = 0; i < 2; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return figures(ms);
}

/** The busiest organization, its zone and the last local day of its data. */
async function busiest(db: Db) {
  const [o] = await queryRows<{ id: string; tz: string | null; last: string }>(
    db,
    sql`SELECT t.organization_id AS id, o.settings->>'timeZone' AS tz, max(t.created_at)::text AS last
        FROM tickets t JOIN organizations o ON o.id = t.organization_id
        GROUP BY t.organization_id, o.settings ORDER BY count(*) DESC LIMIT 1`,
  );
  if (!o) throw new Error('the data set has no tickets');
  const timeZone = o.tz ?? 'Europe/Warsaw';
  return {
    id: o.id,
    timeZone,
    lastDay: localDateOf(timeZone, Date.parse(o.last)),
    now: new Date(Date.parse(o.last) + 60_000),
  };
}

async function exportXlsx(db: Db, s: ReportScope) {
  async function* capped(): AsyncGenerator<ReportTicketRow[]> {
    let n = 0;
    for await (const rows of allReportRows(db, s, 'created', undefined, 2000)) {
      const take = rows.slice(0, EXPORT_ROWS - n);
      n += take.length;
      yield take;
      if (n >= EXPORT_ROWS) return;
    }
  }
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      bytes += chunk.length;
      cb();
    },
  });
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t = performance.now();
  let rows = 0;
  await writeExport('xlsx', sink, capped(), (n) => (rows = n));
  const ms = performance.now() - t;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { rows, ms, bytes, peakRssMiB: Math.round(((peak - base) / 1024 ** 2) * 10) / 10 };
}

async function benchReports(name: string, target: DataTarget): Promise<ReportsOutcome> {
  const out: ReportsOutcome = { database: name };
  const database =
    'databaseUrl' in target
      ? await openDatabase({ url: target.databaseUrl, poolSize: 4 })
      : await openDatabase({ dataDir: target.dataDir });
  try {
    await migrate(database);
    const db = database.db;
    const org = await busiest(db);
    const [{ n }] = (await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM tickets`)) as [
      { n: number },
    ];
    out.tickets = n;
    if (process.env.BENCH_REPORTS_REBUILD !== '0') {
      const limit = Number(process.env.BENCH_REPORTS_REBUILD_LIMIT) || undefined;
      let bar: Progress | null = null;
      const t = performance.now();
      const r = await rebuildRollups(
        db,
        org.now,
        (p) => {
          if (p.phase !== 'tickets') return;
          bar ??= new Progress('reports: rebuild', p.total, 'tickets');
          bar.update(p.done);
        },
        { limit },
      );
      (bar as Progress | null)?.finish();
      const ms = performance.now() - t;
      out.rebuild = {
        tickets: r.tickets,
        ms,
        perS: Math.round((r.tickets / ms) * 1000),
        limited: Boolean(limit),
      };
    }
    const [{ f }] = (await queryRows<{ f: number }>(
      db,
      sql`SELECT count(*)::int AS f FROM report_ticket_facts`,
    )) as [{ f: number }];
    out.facts = f;
    const runs = Number(process.env.BENCH_REPORTS_RUNS) || 20;
    const scope = (days: number) =>
      reportScope(
        org.id,
        org.timeZone,
        ReportFilters.parse({ from: addDays(org.lastDay, -(days - 1)), to: org.lastDay }),
        org.now,
      );
    const [month, year] = [scope(30), scope(365)];
    out.charts = [];
    for (const [chart, fn] of CHARTS) {
      const m = await timeRuns(() => fn(db, month), runs);
      const y = await timeRuns(() => fn(db, year), runs);
      out.charts.push({ chart, month: m, year: y });
      console.log(
        `bench: reports ${chart}: p95 ${m.p95.toFixed(1)} ms (30 days), ${y.p95.toFixed(1)} ms (365 days)`,
      );
    }
    out.exportXlsx = await exportXlsx(db, year);
    console.log(
      `bench: reports XLSX ${fmt.format(out.exportXlsx.rows)} rows in ${duration(out.exportXlsx.ms)}`,
    );
  } catch (err) {
    out.error = err instanceof Error ? err.message : String(err);
    console.error(`bench: reports on ${name} failed: ${out.error}`);
  } finally {
    await database.close();
  }
  return out;
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));

function render(at: Date, m: Machine, where: string[], outcomes: ReportsOutcome[]): string {
  const lines = [
    `## Reports: rollups, dashboards, XLSX export — ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB, Node ${m.node}, ${m.os}; load ${m.loadAvg} at the start.`,
    `Data: ${where.join('; ')}. In-process on the real functions (bench/reports.ts); target: each chart p95 ≤ ${TARGET_MS} ms.`,
    '',
  ];
  for (const o of outcomes) {
    lines.push(`### ${o.database}`, '');
    if (o.error) lines.push(`Failed: ${o.error}`, '');
    if (o.tickets !== undefined)
      lines.push(`Tickets: ${fmt.format(o.tickets)}; facts rows: ${fmt.format(o.facts ?? 0)}.`, '');
    if (o.rebuild)
      lines.push(
        `Rollup rebuild: ${fmt.format(o.rebuild.tickets)} tickets in ${duration(o.rebuild.ms)} (${fmt.format(o.rebuild.perS)} tickets/s)` +
          (o.rebuild.limited
            ? ' — limited smoke run (BENCH_REPORTS_REBUILD_LIMIT), not the whole set.'
            : '.'),
        '',
      );
    if (o.charts?.length) {
      lines.push(
        '| chart | 30 days p50 | p95 | max | 365 days p50 | p95 | max | ≤ 1 s |',
        '| --- | --: | --: | --: | --: | --: | --: | --- |',
      );
      for (const c of o.charts)
        lines.push(
          `| ${c.chart} | ${ms(c.month.p50)} | ${ms(c.month.p95)} | ${ms(c.month.max)} | ${ms(c.year.p50)} | ${ms(c.year.p95)} | ${ms(c.year.max)} | ${
            Math.max(c.month.p95, c.year.p95) <= TARGET_MS ? 'yes' : 'NO'
          } |`,
        );
      lines.push('', `Times in ms over ${o.charts[0]!.month.n} runs each.`, '');
    }
    if (o.exportXlsx)
      lines.push(
        `XLSX export: ${fmt.format(o.exportXlsx.rows)} rows, ${fmt.format(Math.round(o.exportXlsx.bytes / 1024))} KiB in ${duration(o.exportXlsx.ms)}; ` +
          `peak resident memory +${o.exportXlsx.peakRssMiB} MiB above the start.`,
        '',
      );
  }
  return lines.join('\n');
}

/** Runs the reports bench on each data set and appends the figures to `output`. */
export async function runReportsBench(
  output: string,
  dataSets: Array<{ name: string; target: DataTarget }>,
): Promise<boolean> {
  const machine = machineInfo();
  console.log(`bench: reports, load ${machine.loadAvg}`);
  const outcomes: ReportsOutcome[] = [];
  for (const d of dataSets) outcomes.push(await benchReports(d.name, d.target));
  const where = dataSets.map((d) =>
    'databaseUrl' in d.target ? redact(d.target.databaseUrl) : `PGlite in ${d.target.dataDir}`,
  );
  const previous = existsSync(output) ? readFileSync(output, 'utf8').trimEnd() + '\n\n' : '# Benchmarks\n\n';
  writeFileSync(output, previous + render(new Date(), machine, where, outcomes));
  console.log(`\nbench: reports figures appended to ${output}`);
  return outcomes.some(
    (o) => o.error || o.charts?.some((c) => Math.max(c.month.p95, c.year.p95) > TARGET_MS),
  );
}

// Run directly: node --import tsx bench/reports.ts --data-url postgres://… [--data-dir …] [--report BENCHMARKS.md]
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { 'data-url': { type: 'string' }, 'data-dir': { type: 'string' }, report: { type: 'string' } },
  });
  const sets = [
    ...(values['data-dir'] ? [{ name: 'PGlite', target: { dataDir: values['data-dir'] } }] : []),
    ...(values['data-url'] ? [{ name: 'PostgreSQL', target: { databaseUrl: values['data-url'] } }] : []),
  ];
  if (values.report) process.exitCode = (await runReportsBench(values.report, sets)) ? 1 : 0;
  else
    for (const s of sets)
      console.log(render(new Date(), machineInfo(), [s.name], [await benchReports(s.name, s.target)]));
}
