import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Registry } from 'prom-client';
import { z } from 'zod';
import { pendingMigrations } from '../../platform/migrate.ts';

const Check = z.object({ ok: z.boolean(), detail: z.string().optional() });

/** Liveness, readiness and metrics, for load balancers and Prometheus. */
export function systemRoutes(registry: Registry): FastifyPluginAsyncZod {
  return async (app) => {
    const { database, jobs, config } = app.deps;
    app.get(
      '/healthz',
      {
        schema: {
          tags: ['system'],
          summary: 'The process is up',
          response: { 200: z.object({ status: z.literal('ok') }) },
        },
      },
      async () => ({ status: 'ok' as const }),
    );

    app.get(
      '/readyz',
      {
        schema: {
          tags: ['system'],
          summary: 'Database reachable, migrations applied, job worker running',
          response: {
            200: z.object({
              status: z.enum(['ready', 'not_ready']),
              database: z.string(),
              checks: z.record(z.string(), Check),
            }),
            503: z.object({
              status: z.enum(['ready', 'not_ready']),
              database: z.string(),
              checks: z.record(z.string(), Check),
            }),
          },
        },
      },
      async (_req, reply) => {
        const checks: Record<string, { ok: boolean; detail?: string }> = {};
        try {
          await database.query('SELECT 1');
          checks.database = { ok: true };
          const pending = await pendingMigrations(database);
          checks.migrations = pending.length
            ? { ok: false, detail: `pending: ${pending.join(', ')}` }
            : { ok: true };
        } catch (err) {
          checks.database = { ok: false, detail: err instanceof Error ? err.message : 'unreachable' };
        }
        if (config.roles.includes('worker')) {
          checks.jobs = jobs.isWorking ? { ok: true } : { ok: false, detail: 'job worker not running' };
        }
        const ready = Object.values(checks).every((c) => c.ok);
        return reply
          .status(ready ? 200 : 503)
          .send({ status: ready ? 'ready' : 'not_ready', database: database.kind, checks });
      },
    );

    app.get('/metrics', { schema: { hide: true } }, async (_req, reply) => {
      reply.header('content-type', registry.contentType);
      return registry.metrics();
    });
  };
}
