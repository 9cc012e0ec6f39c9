import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.ts';

/** The password every demo agent gets in the journeys. */
export const DEMO_PASSWORD = 'e2e-password-123';

/** How long the server may take from spawn to a 200 from `/readyz` (PGlite + migrations + jobs). */
const READY_TIMEOUT_MS = 150_000;

/** How much of the server's output is kept to explain a failure. */
const OUTPUT_LIMIT = 64 * 1024;

export interface RunningServer {
  /** `http://localhost:<port>`, also the server's PUBLIC_URL. */
  url: string;
  port: number;
  /** Everything the server printed so far (the last 64 KiB). */
  output(): string;
  /** Stops the server (SIGTERM, then SIGKILL) and removes its data directory. */
  stop(): Promise<void>;
}

/** A TCP port that was free a moment ago on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not find a free port'));
      });
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ServerOptions {
  /** More environment for the server (e.g. `INBOUND_SMTP_PORT`, `SMTP_URL`); applied last. */
  env?: Record<string, string>;
}

/**
 * Starts Kontakt the way a person does, `node --import tsx apps/server/src/main.ts`, on a fresh
 * PGlite database, and resolves once `GET /readyz` answers 200.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'kontakt-e2e-'));
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
  };

  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_PASSWORD,
      LOG_LEVEL: 'warn',
      PUBLIC_URL: url,
      // Settings a developer may have exported must not change what the journeys see.
      DATABASE_URL: '',
      SEED_DEMO: 'true',
      ROLES: '',
      LOGIN_MAX_FAILURES: '',
      LOGIN_LOCK_MINUTES: '',
      INBOUND_SMTP_PORT: '',
      SMTP_URL: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const done = await Promise.race([exited(child).then(() => true), sleep(10_000).then(() => false)]);
      if (!done) {
        child.kill('SIGKILL');
        await exited(child);
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last: string;
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(
          `The server exited (${child.exitCode ?? child.signalCode}) before it was ready. Its output:\n${output}`,
        );
      }
      try {
        const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5_000) });
        last = `${res.status} ${await res.text()}`;
        if (res.status === 200) break;
      } catch (err) {
        last = err instanceof Error ? err.message : String(err);
      }
      if (Date.now() > deadline) {
        throw new Error(
          `GET /readyz did not answer 200 within ${READY_TIMEOUT_MS / 1000} s (last: ${last}). Server output:\n${output}`,
        );
      }
      await sleep(250);
    }
  } catch (err) {
    await stop();
    throw err;
  }

  return { url, port, output: () => output, stop };
}
