import { onTestFinished } from 'vitest';
import { createTestDatabase, type TestKontakt } from './harness.ts';
import { loadConfig } from '../src/platform/config.ts';
import { createLogger } from '../src/platform/logger.ts';
import { ManualClock } from '../src/platform/clock.ts';
import { startKontakt, type Kontakt, type StartOptions } from '../src/server.ts';

/** Several whole Kontakt instances on one database and one Redis: the production shape. */
export interface Cluster {
  instances: Kontakt[];
  clock: ManualClock;
  /** An instance as the factories take it (they need deps, a clock and inject). */
  via(instance: Kontakt): TestKontakt;
}

/**
 * Starts `n` instances on one fresh PostgreSQL database (TEST_DATABASE_URL) sharing a Redis
 * channel prefix, each listening on a loopback port, with one manual clock. Call it inside a test:
 * the instances are stopped and the database dropped when that test finishes.
 */
export async function startInstances(
  n: number,
  opts: { redisUrl: string; redisKey: string; start?: Partial<StartOptions> },
): Promise<Cluster> {
  const testDb = await createTestDatabase();
  const instances: Kontakt[] = [];
  onTestFinished(async () => {
    for (const kontakt of instances) await kontakt.close();
    await testDb.drop();
  });
  const clock = new ManualClock(new Date('2026-11-02T09:00:00Z'));
  for (let i = 0; i < n; i++) {
    const config = loadConfig({
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
      DATABASE_URL: testDb.url!,
      REDIS_URL: opts.redisUrl,
    });
    const kontakt = await startKontakt({
      config,
      log: createLogger(config.logLevel),
      clock,
      webDist: null,
      pollingIntervalSeconds: 0.5,
      realtime: { redisKey: opts.redisKey },
      ...opts.start,
    });
    instances.push(kontakt);
    await kontakt.app.listen({ port: 0, host: '127.0.0.1' });
  }
  return {
    instances,
    clock,
    via: (instance) =>
      ({ ...instance, clock, inject: instance.app.inject.bind(instance.app) }) as unknown as TestKontakt,
  };
}
