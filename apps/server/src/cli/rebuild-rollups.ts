import { ConfigError, loadConfig } from '../platform/config.ts';
import { DatabaseConnectError, openDatabase } from '../platform/db.ts';
import { migrate } from '../platform/migrate.ts';
import { rebuildRollups, type RebuildProgress } from '../modules/reports/index.ts';

/**
 * `npm run reports:rebuild`: recomputes every report rollup from the recorded history, with a
 * progress bar on stderr (`tickets [#####-----] 45% 450,000/1,000,000, 2,345/s, ETA 3m12s`).
 */
const WIDTH = 28;
const fmt = new Intl.NumberFormat('en-US');
const tty = Boolean(process.stderr.isTTY);

function duration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '?';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${m % 60}m`;
}

function progressBar() {
  const started = new Map<string, number>();
  let lastPrint = 0;
  return (p: RebuildProgress) => {
    const now = performance.now();
    if (!started.has(p.phase)) started.set(p.phase, now);
    const finished = p.done >= p.total;
    if (!tty && !finished && now - lastPrint < 10_000 && p.done > 0) return;
    lastPrint = now;
    const elapsed = now - started.get(p.phase)!;
    const ratio = p.total > 0 ? p.done / p.total : 1;
    const filled = Math.round(ratio * WIDTH);
    const rate = elapsed > 0 ? (p.done / elapsed) * 1000 : 0;
    const eta = rate > 0 ? ((p.total - p.done) / rate) * 1000 : Number.NaN;
    const line =
      `${p.phase.padEnd(10)} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ` +
      `${String(Math.floor(ratio * 100)).padStart(3)}% ${fmt.format(p.done)}/${fmt.format(p.total)}, ` +
      `${fmt.format(Math.round(rate))}/s, ${finished ? `took ${duration(elapsed)}` : `ETA ${duration(eta)}`}`;
    process.stderr.write(tty ? `\r\x1b[2K${line}${finished ? '\n' : ''}` : `${line}\n`);
  };
}

try {
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await migrate(database);
  const started = performance.now();
  const r = await rebuildRollups(database.db, new Date(), progressBar());
  console.log(
    `Rebuilt report rollups: ${fmt.format(r.tickets)} tickets, ${fmt.format(r.agentDays)} agent-days in ${duration(performance.now() - started)}.`,
  );
  await database.close();
} catch (err) {
  if (err instanceof ConfigError) err.problems.forEach((p) => console.error(`kontakt: configuration: ${p}`));
  else if (err instanceof DatabaseConnectError) console.error(`kontakt: ${err.message}`);
  else console.error('kontakt: rebuild failed:', err instanceof Error ? err.message : err);
  process.exit(1);
}
