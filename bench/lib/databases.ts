import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { onCleanup } from './cleanup.ts';

export const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** A database the server can start on: the env that selects it, and how to throw it away. */
export type Database = { env: Record<string, string>; dispose: () => Promise<void> };

export type DatabaseKind = {
  name: string;
  /** Returns a fresh, empty database, or a reason why this kind cannot be measured here. */
  create: () => Promise<Database | { skip: string }>;
};

/** A temp dir per run: DATA_DIR holds PGlite's files and, for every kind, uploaded blobs. */
async function tempDataDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kontakt-bench-'));
  const remove = onCleanup(`temp dir ${dir}`, () => rm(dir, { recursive: true, force: true }));
  return { dir, remove };
}

export const pglite: DatabaseKind = {
  name: 'PGlite',
  async create() {
    const data = await tempDataDir();
    return { env: { DATA_DIR: data.dir }, dispose: data.remove };
  },
};

/**
 * PostgreSQL at BENCH_DATABASE_URL (an admin URL allowed to CREATE DATABASE). Each run gets its own
 * `kontakt_bench_<random>` database, dropped afterwards, so runs never see each other's data.
 */
export const postgres: DatabaseKind = {
  name: 'PostgreSQL',
  async create() {
    const adminUrl = process.env.BENCH_DATABASE_URL || DEFAULT_ADMIN_URL;
    const name = `kontakt_bench_${randomBytes(4).toString('hex')}`;
    try {
      await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
    } catch (err) {
      return { skip: `${redact(adminUrl)} not usable (${err instanceof Error ? err.message : String(err)})` };
    }
    const dropDb = onCleanup(`database ${name}`, () =>
      // FORCE: a server killed with SIGKILL may leave sessions behind that would block the drop.
      adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    );
    const data = await tempDataDir();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString(), DATA_DIR: data.dir },
      dispose: async () => {
        await data.remove();
        await dropDb();
      },
    };
  },
};

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query(sql);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Keeps a password out of the console and BENCHMARKS.md. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(invalid URL)';
  }
}
