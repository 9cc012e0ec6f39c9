import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './db.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

export interface Migration {
  name: string;
  sql: string;
}

/** The SQL migrations in the repository, in order. */
export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => ({ name, sql: readFileSync(`${dir}/${name}`, 'utf8') }));
}

/**
 * Applies pending migrations, each in its own transaction, under an advisory lock so that
 * instances starting together against one PostgreSQL migrate once. Returns the names applied.
 */
export async function migrate(database: Database, migrations = listMigrations()): Promise<string[]> {
  return database.withAdvisoryLock(MIGRATION_LOCK, () => applyMigrations(database, migrations));
}

export const MIGRATION_LOCK = 'kontakt.migrations';

/** Applies pending migrations; the caller holds MIGRATION_LOCK. */
export async function applyMigrations(database: Database, migrations = listMigrations()): Promise<string[]> {
  await database.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const done = new Set(
    (await database.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name),
  );
  const applied: string[] = [];
  for (const m of migrations) {
    if (done.has(m.name)) continue;
    const quoted = m.name.replace(/'/g, "''");
    await database.execInTransaction(`${m.sql}\n;INSERT INTO schema_migrations (name) VALUES ('${quoted}');`);
    applied.push(m.name);
  }
  return applied;
}

/** Names of migrations in the repository that the database has not applied. */
export async function pendingMigrations(
  database: Database,
  migrations = listMigrations(),
): Promise<string[]> {
  const rows = await database
    .query<{ name: string }>('SELECT name FROM schema_migrations')
    .catch(() => [] as Array<{ name: string }>);
  const done = new Set(rows.map((r) => r.name));
  return migrations.filter((m) => !done.has(m.name)).map((m) => m.name);
}
