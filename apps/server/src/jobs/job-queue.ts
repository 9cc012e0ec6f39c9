import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { SqlExecutor } from '../platform/db.ts';
import {
  JOB_NAMES,
  QUEUE_OPTIONS,
  SCHEDULES,
  type JobHandlers,
  type JobMap,
  type JobName,
} from './job-map.ts';

export class MissingJobHandlerError extends Error {}

/** Durable jobs on the application database (pg-boss), for PGlite and PostgreSQL alike. */
export class JobQueue {
  private boss: PgBoss;
  private working = false;
  private started = false;

  constructor(
    executor: SqlExecutor,
    private log: Logger,
    opts: { worker: boolean; pollingIntervalSeconds?: number },
  ) {
    this.boss = new PgBoss({
      db: executor,
      schema: 'pgboss',
      supervise: opts.worker,
      schedule: opts.worker,
      migrate: true,
      monitorStateIntervalSeconds: 60,
    });
    this.pollingIntervalSeconds = opts.pollingIntervalSeconds ?? 2;
    this.boss.on('error', (err) => this.log.error({ err }, 'job queue error'));
  }

  private pollingIntervalSeconds: number;

  /** Installs pg-boss's schema and creates every queue. Safe on several instances at once. */
  async start(): Promise<void> {
    await this.boss.start();
    for (const name of JOB_NAMES) {
      if (await this.boss.getQueue(name)) continue;
      const o = QUEUE_OPTIONS[name];
      await this.boss.createQueue(name, {
        name,
        retryLimit: o?.retryLimit ?? 3,
        retryDelay: o?.retryDelay ?? 30,
        retryBackoff: true,
      } as PgBoss.Queue);
    }
    this.started = true;
  }

  /** Starts working every queue; refuses when a job has no handler. */
  async work(handlers: Partial<JobHandlers>): Promise<void> {
    const missing = JOB_NAMES.filter((n) => typeof handlers[n] !== 'function');
    if (missing.length > 0) {
      throw new MissingJobHandlerError(`no handler for job(s): ${missing.join(', ')}`);
    }
    for (const name of JOB_NAMES) {
      const handler = handlers[name] as (data: unknown) => Promise<void>;
      await this.boss.work(name, { pollingIntervalSeconds: this.pollingIntervalSeconds }, async (jobs) => {
        for (const job of jobs) await handler(job.data);
      });
      const cron = SCHEDULES[name];
      if (cron) await this.boss.schedule(name, cron, {}, { tz: 'UTC' });
    }
    this.working = true;
  }

  async send<K extends JobName>(
    name: K,
    data: JobMap[K],
    options: PgBoss.SendOptions = {},
  ): Promise<string | null> {
    return this.boss.send(name, data as object, options);
  }

  /**
   * Replaces the jobs with these ids (in any state) by the given ones, each delayed by its
   * seconds: how a timer keyed by a fixed id moves or is cancelled.
   */
  async replace<K extends JobName>(
    name: K,
    ids: string[],
    jobs: Array<{ id: string; data: JobMap[K]; delaySeconds: number; singletonKey: string }>,
  ): Promise<void> {
    if (ids.length) await this.boss.deleteJob(name, ids);
    if (jobs.length)
      await this.boss.insert(
        jobs.map((j) => ({
          id: j.id,
          name,
          data: j.data as object,
          startAfter: `${Math.max(0, Math.ceil(j.delaySeconds))} seconds`,
          singletonKey: j.singletonKey,
        })),
      );
  }

  get isWorking(): boolean {
    return this.working;
  }

  get isStarted(): boolean {
    return this.started;
  }

  /** Jobs waiting per queue (for /metrics). */
  async depth(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const name of JOB_NAMES) out[name] = await this.boss.getQueueSize(name);
    return out;
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.working = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 5000 });
    this.started = false;
  }
}
