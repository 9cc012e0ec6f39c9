import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import pg from 'pg';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';

/** The typed query layer, the same for PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT>;

/** What pg-boss needs from a database (its `db` option). */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** A PostgreSQL connection of its own (session-level advisory locks live as long as it does). */
export interface DbSession {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Called once when the connection fails; every lock it held is gone then. */
  onError(listener: (err: Error) => void): void;
  /** Closes the connection (it is not returned to the pool), dropping its locks. */
  close(): void;
}

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** One parameterized statement. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Several statements without parameters (migrations, pg-boss DDL). */
  exec(text: string): Promise<void>;
  /** Several statements without parameters, all or nothing. */
  execInTransaction(text: string): Promise<void>;
  /** Runs fn while holding a cluster-wide advisory lock (migrations, seeding). */
  withAdvisoryLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
  /** PostgreSQL: a connection held until closed; null on PGlite (one process owns its database). */
  openSession(): Promise<DbSession | null>;
  executor: SqlExecutor;
  poolStats(): { total: number; idle: number; waiting: number } | null;
  /** "PGlite in /path" or "PostgreSQL at host:port/db", never with the password. */
  describe(): string;
  close(): Promise<void>;
}

export class DatabaseConnectError extends Error {}

/** Opens PostgreSQL when a URL is given, otherwise PGlite in `dataDir` (or in memory for `memory://`). */
export async function openDatabase(opts: {
  url?: string | undefined;
  dataDir?: string;
  poolSize?: number;
}): Promise<Database> {
  return opts.url ? openPostgres(opts.url, opts.poolSize ?? 10) : openPglite(opts.dataDir ?? './data');
}

async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir === 'memory://';
  const dir = inMemory ? undefined : resolve(dataDir, 'pglite');
  if (dir) mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir, { extensions: { pg_trgm, unaccent, pgcrypto } });
  const run = async (text: string, values?: unknown[]) => {
    if (values && values.length > 0) return (await client.query(text, values)).rows;
    const results = await client.exec(text);
    return results.at(-1)?.rows ?? [];
  };
  return {
    kind: 'pglite',
    db: drizzlePglite(client) as unknown as Db,
    query: async <T>(text: string, params?: unknown[]) => (await client.query<T>(text, params ?? [])).rows,
    exec: async (text) => {
      await client.exec(text);
    },
    execInTransaction: async (text) => {
      await client.transaction(async (tx) => {
        await tx.exec(text);
      });
    },
    // One process owns a PGlite directory, so there is nobody to lock against.
    withAdvisoryLock: (_key, fn) => fn(),
    openSession: async () => null,
    executor: { executeSql: async (text, values) => ({ rows: await run(text, values) }) },
    poolStats: () => null,
    describe: () => (dir ? `PGlite in ${dir}` : 'PGlite in memory'),
    close: () => client.close(),
  };
}

function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'the configured DATABASE_URL';
  }
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, application_name: 'kontakt' });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const where = describeUrl(url);
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => undefined);
    const reason = err instanceof Error ? err.message || (err as { code?: string }).code : String(err);
    throw new DatabaseConnectError(`cannot connect to PostgreSQL at ${where}: ${reason}`);
  }
  return {
    kind: 'postgres',
    db: drizzlePg(pool) as unknown as Db,
    query: async <T>(text: string, params?: unknown[]) =>
      (await pool.query(text, params as unknown[])).rows as T[],
    exec: async (text) => {
      await pool.query(text);
    },
    execInTransaction: async (text) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(text);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    withAdvisoryLock: async (key, fn) => {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
        try {
          return await fn();
        } finally {
          await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
        }
      } finally {
        client.release();
      }
    },
    openSession: async () => {
      const client = await pool.connect();
      return {
        query: async <T>(text: string, params?: unknown[]) =>
          (await client.query(text, params as unknown[])).rows as T[],
        onError: (listener) => client.once('error', listener),
        close: () => client.release(true),
      };
    },
    executor: {
      executeSql: async (text, values) => {
        const r = await pool.query(text, values as unknown[]);
        return { rows: Array.isArray(r) ? (r.at(-1)?.rows ?? []) : r.rows };
      },
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    describe: () => `PostgreSQL at ${where}`,
    close: () => pool.end(),
  };
}

/** Rows of a raw SQL statement; both drivers answer `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}
