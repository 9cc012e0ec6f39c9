import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll } from 'vitest';
import { loadConfig, type Config } from '../src/platform/config.ts';
import { createLogger } from '../src/platform/logger.ts';
import { ManualClock, type Clock } from '../src/platform/clock.ts';
import { openDatabase, type Database } from '../src/platform/db.ts';
import { startKontakt, type Kontakt, type StartOptions } from '../src/server.ts';

/** Which database this test run uses: PGlite always, PostgreSQL in the `server-postgres` project. */
export const TEST_DB = (process.env.KONTAKT_TEST_DB ?? 'pglite') as 'pglite' | 'postgres';

export interface TestDatabase {
  url: string | undefined;
  open(): Promise<Database>;
  drop(): Promise<void>;
}

/** A fresh database for one test file: in-memory PGlite, or a new PostgreSQL database dropped afterwards. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (TEST_DB === 'pglite') {
    return {
      url: undefined,
      open: () => openDatabase({ dataDir: 'memory://' }),
      drop: async () => undefined,
    };
  }
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error('TEST_DATABASE_URL is required for the PostgreSQL test project');
  const name = `kontakt_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    open: () => openDatabase({ url: url.toString(), poolSize: 5 }),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface TestKontakt extends Kontakt {
  clock: ManualClock;
  database: Database;
  testDb: TestDatabase;
  inject(opts: InjectOptions): Promise<LightMyRequestResponse>;
}

/**
 * Boots a whole Kontakt on a fresh database, with a manual clock, and closes and drops it after
 * the test file. Config can be overridden per test file.
 */
export async function startTestKontakt(
  opts: { env?: Record<string, string>; clock?: Clock; start?: Partial<StartOptions> } = {},
): Promise<TestKontakt> {
  const testDb = await createTestDatabase();
  const database = await testDb.open();
  const config: Config = loadConfig({ SEED_DEMO: 'false', LOG_LEVEL: 'silent', ...opts.env });
  const clock = (opts.clock as ManualClock | undefined) ?? new ManualClock(new Date('2026-11-02T09:00:00Z'));
  const kontakt = await startKontakt({
    config,
    log: createLogger(config.logLevel),
    clock,
    database,
    webDist: null,
    pollingIntervalSeconds: 0.5,
    ...opts.start,
  });
  let closed = false;
  const t: TestKontakt = {
    ...kontakt,
    clock,
    database,
    testDb,
    inject: (o) => kontakt.app.inject(o),
    // The database is dropped even when closing the app fails, so no run leaves one behind.
    // Idempotent: a test that starts Kontakt inside beforeAll closes it itself as well.
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await kontakt.close();
      } finally {
        await database.close().catch(() => undefined);
        await testDb.drop();
      }
    },
  };
  afterAll(() => t.close());
  return t;
}
