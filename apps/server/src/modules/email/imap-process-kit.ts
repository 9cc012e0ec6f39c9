import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../../test/dovecot.ts';

const REPO = fileURLToPath(new URL('../../../../../', import.meta.url));

/** Kontakt running as its own process, as in production (`node --import tsx apps/server/src/main.ts`). */
export interface KontaktProcess {
  baseUrl: string;
  /** SIGKILL: no shutdown code runs, as when the machine or the OOM killer stops it. */
  kill(): Promise<void>;
  /** SIGTERM: a clean shutdown (PGlite writes its files on close). */
  stop(): Promise<void>;
  /** The last lines the process printed (for failure messages). */
  output(): string;
}

/** Spawns Kontakt with only the given environment (nothing leaks from the caller's) and waits for /readyz. */
export async function spawnKontakt(env: Record<string, string>): Promise<KontaktProcess> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: REPO,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      PORT: String(port),
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr])
    stream.on('data', (c: Buffer) => {
      lines.push(...c.toString().split('\n').filter(Boolean));
      if (lines.length > 40) lines.splice(0, lines.length - 40);
    });
  const exited = once(child, 'exit');
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    await exited;
  };
  const proc = {
    baseUrl,
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
    output: () => lines.join('\n'),
  };
  const until = Date.now() + 120_000;
  while (Date.now() < until && child.exitCode === null) {
    const ok = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) })
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) return proc;
    await new Promise((r) => setTimeout(r, 100));
  }
  await proc.kill();
  throw new Error(`Kontakt did not become ready:\n${proc.output()}`);
}

/** Signs in over HTTP; returns headers for further requests (cookie and CSRF token). */
export async function signInOver(baseUrl: string, email: string, password: string) {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}
