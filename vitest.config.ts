import { defineConfig } from 'vitest/config';

/**
 * Unit tests run once. Server tests (integration, through HTTP on a real database) run on PGlite
 * always, and a second time on PostgreSQL when TEST_DATABASE_URL is set. Tests named
 * `*.redis.test.ts` need Redis and run when TEST_REDIS_URL is set; `*.dovecot.test.ts` need
 * Debian's dovecot-imapd and run when TEST_DOVECOT names its binary (/usr/sbin/dovecot).
 */
const serverProject = (db: 'pglite' | 'postgres') => ({
  test: {
    name: `server-${db}`,
    include: ['apps/server/src/**/*.test.ts', 'apps/server/test/**/*.test.ts'],
    // Scale-out tests need a Redis server; they run when TEST_REDIS_URL names one (CI does).
    // IMAP tests need Debian's dovecot; they run when TEST_DOVECOT names its binary (CI does).
    exclude: [
      ...(process.env.TEST_REDIS_URL ? [] : ['apps/server/src/**/*.redis.test.ts']),
      ...(process.env.TEST_DOVECOT ? [] : ['apps/server/src/**/*.dovecot.test.ts']),
    ],
    env: { KONTAKT_TEST_DB: db },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks' as const,
  },
});

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['packages/*/src/**/*.test.ts', 'apps/widget/src/**/*.test.ts'] } },
      {
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.{ts,tsx}', 'apps/portal/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          // jsdom with Mantine is slow on a loaded 2-core machine; timings are never asserted.
          testTimeout: 30_000,
          setupFiles: ['apps/web/src/test/setup.ts'],
        },
      },
      serverProject('pglite'),
      ...(process.env.TEST_DATABASE_URL ? [serverProject('postgres')] : []),
    ],
  },
});
