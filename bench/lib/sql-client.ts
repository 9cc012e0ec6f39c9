import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import pg from 'pg';

/** One connection to the bench data set, PostgreSQL or PGlite, with the little the bench tools need. */
export type SqlClient = {
  kind: 'postgres' | 'pglite';
  query: <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;
  close: () => Promise<void>;
};

export type DataTarget = { databaseUrl: string } | { dataDir: string };

/** The env that points the server at the same data set. */
export function serverEnv(t: DataTarget): Record<string, string> {
  return 'databaseUrl' in t ? { DATABASE_URL: t.databaseUrl } : { DATA_DIR: path.resolve(t.dataDir) };
}

/**
 * Opens the data set directly. PGlite's files are in `<DATA_DIR>/pglite`, as the server lays them out,
 * and only one process may have them open: never while a server runs on the same directory.
 */
export async function openSql(t: DataTarget): Promise<SqlClient> {
  if ('databaseUrl' in t) {
    const client = new pg.Client({ connectionString: t.databaseUrl, connectionTimeoutMillis: 5_000 });
    await client.connect();
    client.on('error', () => undefined);
    return {
      kind: 'postgres',
      query: async <T>(text: string, params?: unknown[]) =>
        (await client.query(text, params as unknown[])).rows as T[],
      close: () => client.end(),
    };
  }
  const db = await PGlite.create(path.resolve(t.dataDir, 'pglite'), {
    extensions: { pg_trgm, unaccent, pgcrypto },
  });
  return {
    kind: 'pglite',
    query: async <T>(text: string, params?: unknown[]) => {
      if (params?.length) return (await db.query<T>(text, params)).rows;
      const results = await db.exec(text);
      return (results.at(-1)?.rows ?? []) as T[];
    },
    close: () => db.close(),
  };
}

/** A PostgreSQL array literal (`{"a","b"}`), passed as text and cast in SQL: works the same on both drivers. */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
