import { describe, expect, it } from 'vitest';
import { startTestKontakt, TEST_DB, createTestDatabase } from '../../../test/harness.ts';
import { ConfigError, loadConfig } from '../../platform/config.ts';
import { openDatabase } from '../../platform/db.ts';
import { listMigrations, migrate } from '../../platform/migrate.ts';
import { createLogger } from '../../platform/logger.ts';
import { startKontakt } from '../../server.ts';
import { MissingJobHandlerError } from '../../jobs/job-queue.ts';

const k = await startTestKontakt();

describe('operations endpoints', () => {
  it('answers health, readiness and metrics', async () => {
    expect((await k.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await k.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({
      status: 'ready',
      database: TEST_DB,
      checks: { database: { ok: true }, migrations: { ok: true }, jobs: { ok: true } },
    });
    await k.inject({ method: 'GET', url: '/api/v1/me' });
    const metrics = await k.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toContain('kontakt_http_request_duration_seconds_bucket');
    expect(metrics.body).toMatch(/route="\/api\/v1\/me"/);
    expect(metrics.body).toContain('kontakt_job_queue_depth{queue="mail.send"}');
  });

  it('publishes OpenAPI and the docs page', async () => {
    const spec = await k.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(spec.statusCode).toBe(200);
    const paths = Object.keys(spec.json().paths);
    for (const p of [
      '/api/v1/auth/login',
      '/api/v1/me',
      '/api/v1/agents',
      '/api/v1/teams',
      '/api/v1/audit-log',
    ]) {
      expect(paths).toContain(p);
    }
    const docs = await k.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('answers unknown routes with the error shape and a request id', async () => {
    const res = await k.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
    expect(res.headers['x-request-id']).toBeTruthy();
  });
});

describe('configuration', () => {
  it('reports every problem as one line naming the variable', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', ROLES: 'api,cook' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems;
      expect(problems).toHaveLength(3);
      expect(problems.some((p) => p.startsWith('PORT:'))).toBe(true);
      expect(problems.some((p) => p.startsWith('DATABASE_URL: must start with postgres://'))).toBe(true);
      expect(problems.some((p) => p.startsWith('ROLES:'))).toBe(true);
    }
  });

  it('says which PostgreSQL it could not reach, without the password', async () => {
    const err = await openDatabase({ url: 'postgres://kontakt:secret@127.0.0.1:1/kontakt' }).catch(
      (e: Error) => e,
    );
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/^cannot connect to PostgreSQL at 127\.0\.0\.1:1\/kontakt: /);
    expect((err as Error).message).not.toContain('secret');
  });
});

describe('migrations and jobs', () => {
  it('applies each migration once even when two instances start together', async () => {
    const testDb = await createTestDatabase();
    const log = createLogger('silent');
    if (TEST_DB === 'postgres') {
      const config = loadConfig({
        DATABASE_URL: testDb.url!,
        SEED_DEMO: 'true',
        LOG_LEVEL: 'silent',
        DEMO_PASSWORD: 'demo-password-123',
      });
      const [a, b] = await Promise.all([
        startKontakt({ config, log, webDist: null }),
        startKontakt({ config, log, webDist: null }),
      ]);
      const rows = await a.deps.database.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM schema_migrations',
      );
      expect(rows[0]!.n).toBe(listMigrations().length);
      const orgs = await a.deps.database.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM organizations WHERE slug = 'demo-sklep'`,
      );
      expect(orgs[0]!.n).toBe(1);
      expect([a.demo?.created, b.demo?.created].filter(Boolean)).toHaveLength(1);
      expect((await b.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
      await a.close();
      await b.close();
    } else {
      const db = await testDb.open();
      expect(await migrate(db)).toHaveLength(listMigrations().length);
      expect(await migrate(db)).toEqual([]);
      await db.close();
    }
    await testDb.drop();
  });

  it('refuses to work a queue without a handler', async () => {
    await expect(k.deps.jobs.work({ 'sessions.cleanup': async () => undefined })).rejects.toBeInstanceOf(
      MissingJobHandlerError,
    );
  });
});

describe('web app', () => {
  it('serves the built app with client-side routes falling back to index.html', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { buildApp } = await import('../../http/app.ts');
    const dir = mkdtempSync(`${tmpdir()}/kontakt-web-`);
    mkdirSync(`${dir}/assets`);
    writeFileSync(`${dir}/index.html`, '<!doctype html><title>Kontakt</title>');
    writeFileSync(`${dir}/assets/app-abc123.js`, 'console.log(1)');
    const app = await buildApp(k.deps, { webDist: dir });
    await app.ready();
    const deep = await app.inject({ method: 'GET', url: '/tickets/123' });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('<title>Kontakt</title>');
    expect(deep.headers['cache-control']).toBe('no-cache');
    const asset = await app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
    expect(asset.headers['cache-control']).toContain('immutable');
    const api = await app.inject({ method: 'GET', url: '/api/v1/nope' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not_found');
    const missingFile = await app.inject({ method: 'GET', url: '/assets/missing.js' });
    expect(missingFile.statusCode).toBe(404);
    await app.close();
  });
});
