import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { onCleanup } from './cleanup.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const POLL_MS = 50;

/** The production entry point; BENCH_SERVER_ENTRY (relative to the repo root) can point elsewhere. */
export const DEFAULT_ENTRY = 'apps/server/src/main.ts';

export type ServerProcess = {
  baseUrl: string;
  /** Milliseconds from spawn() until GET /readyz first answered 200. */
  readyMs: number;
  /** Warnings and errors the server logged so far (it runs with LOG_LEVEL=warn). */
  problems: () => string[];
  /** SIGTERM, then SIGKILL if it has not exited after a few seconds. Safe to call twice. */
  stop: () => Promise<void>;
};

/** Asks the OS for a port nobody listens on; the tiny race until the server binds it is acceptable here. */
export async function freePort(): Promise<number> {
  const srv = createServer();
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const addr = srv.address();
  srv.close();
  if (!addr || typeof addr === 'string') throw new Error('could not get a free port');
  return addr.port;
}

/**
 * Spawns the real server (`node --import tsx apps/server/src/main.ts`) as a separate process, as in
 * production, and resolves once /readyz says ready. `env` adds DATA_DIR or DATABASE_URL etc.
 */
export async function startServer(
  env: Record<string, string>,
  entry = DEFAULT_ENTRY,
  timeoutMs = 90_000,
): Promise<ServerProcess> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: repoRoot,
    // A clean environment: a DATABASE_URL or SMTP_URL in the caller's shell must not leak into the run.
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) if (line.trim() && output.length < 500) output.push(line);
    });
  }
  const exited = once(child, 'exit').then(([code, signal]) => ({ code, signal }));
  let stopped = false;

  const stop = onCleanup(`server ${baseUrl}`, async () => {
    if (stopped || child.exitCode !== null || child.signalCode !== null) return;
    stopped = true;
    child.kill('SIGTERM'); // lets the server close its database cleanly (PGlite writes on close)
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  });

  try {
    const readyMs = await waitReady(baseUrl, started, timeoutMs, exited);
    return { baseUrl, readyMs, problems: () => problemLines(output), stop };
  } catch (err) {
    await stop();
    const tail = output.slice(-30).join('\n');
    throw new Error(`${err instanceof Error ? err.message : String(err)}\n--- server output ---\n${tail}`, {
      cause: err,
    });
  }
}

/** Polls /readyz every 50 ms; fails fast if the process dies instead of waiting out the timeout. */
async function waitReady(
  baseUrl: string,
  started: number,
  timeoutMs: number,
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
): Promise<number> {
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  void exited.then((e) => (exit = e));
  while (performance.now() - started < timeoutMs) {
    if (exit) throw new Error(`server exited before ready (code ${exit.code}, signal ${exit.signal})`);
    try {
      const res = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) return Math.round(performance.now() - started);
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  throw new Error(`server not ready within ${timeoutMs} ms`);
}

/** Advisories the server always logs in this setup; reporting them each run would bury real problems. */
const EXPECTED = [/Using embedded PGlite/];

/**
 * Picks out log lines worth reporting, shortened to level, message and error message. pino writes
 * JSON with a numeric level; anything else on the streams (except the demo banner printed on first
 * start) is kept as it is, because it is unexpected.
 */
function problemLines(output: string[]): string[] {
  const problems: string[] = [];
  for (const line of output) {
    if (line.startsWith('{')) {
      let entry: { level?: number; msg?: string; err?: { message?: string } };
      try {
        entry = JSON.parse(line) as typeof entry;
      } catch {
        problems.push(line);
        continue;
      }
      const level = entry.level ?? 0;
      if (level < 40 || EXPECTED.some((re) => re.test(entry.msg ?? ''))) continue;
      const err = entry.err?.message ? `: ${entry.err.message.replace(/\s+/g, ' ')}` : '';
      problems.push(`${level >= 50 ? 'error' : 'warn'} ${entry.msg ?? ''}${err}`);
    } else if (!/^\s{2}|Demo organization|Password for all|shown once/.test(line)) {
      problems.push(line);
    }
  }
  return problems;
}
