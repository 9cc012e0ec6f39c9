import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './platform/config.ts';
import { systemClock, type Clock } from './platform/clock.ts';
import { openDatabase, type Database } from './platform/db.ts';
import { MIGRATION_LOCK, applyMigrations } from './platform/migrate.ts';
import { createSmtpSender, type SendMail } from './platform/smtp.ts';
import { JobQueue } from './jobs/job-queue.ts';
import type { JobHandlers } from './jobs/job-map.ts';
import { buildApp } from './http/app.ts';
import { EventBus } from './realtime/event-bus.ts';
import { LocalBlobStore } from './platform/blob-store.ts';
import { attachRealtime, type RealtimeOptions, type RealtimeServer } from './realtime/socket-server.ts';
import type { AppDeps } from './http/deps.ts';
import { createMailer, mailSendJob } from './modules/outbox/index.ts';
import { deleteStaleSessions } from './modules/auth/index.ts';
import { purgeAudit } from './modules/audit/index.ts';
import { seedDemo, type DemoSeedResult } from './modules/demo/seed-demo.ts';
import {
  createRawSender,
  emailSendJob,
  seedDemoMailbox,
  startInboundSmtp,
  sweepQueuedEmail,
  watchOutboundMessages,
  type InboundSmtp,
  type SendRaw,
} from './modules/email/index.ts';

export interface Kontakt {
  app: FastifyInstance;
  deps: AppDeps;
  realtime: RealtimeServer;
  demo: DemoSeedResult | null;
  /** The inbound SMTP listener, when INBOUND_SMTP_PORT is set and ROLES includes smtp. */
  smtp: InboundSmtp | null;
  close(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  log: Logger;
  clock?: Clock;
  /** An already open database (tests); otherwise opened from the config. */
  database?: Database;
  /** Replaces real SMTP (tests use a loopback sink through SMTP_URL instead when they can). */
  sendMail?: SendMail;
  /** Replaces the SMTP client of ticket e-mail (tests). */
  sendRawMail?: SendRaw;
  webDist?: string | null;
  pollingIntervalSeconds?: number;
  realtime?: RealtimeOptions;
}

/** Boot order: database → migrations (+ demo seed, under one lock) → jobs → HTTP → realtime. */
export async function startKontakt(opts: StartOptions): Promise<Kontakt> {
  const { config, log } = opts;
  const clock = opts.clock ?? systemClock;
  const database =
    opts.database ??
    (await openDatabase({
      url: config.databaseUrl,
      dataDir: config.dataDir,
      poolSize: config.databasePoolSize,
    }));
  if (database.kind === 'pglite') {
    log.warn(
      `Using embedded PGlite (${database.describe()}): fine for trying Kontakt, tests and a small team; use PostgreSQL (DATABASE_URL) in production.`,
    );
  }
  let demo: DemoSeedResult | null = null;
  await database.withAdvisoryLock(MIGRATION_LOCK, async () => {
    const applied = await applyMigrations(database);
    if (applied.length) log.info({ applied }, 'migrations applied');
    if (config.seedDemo)
      demo = await seedDemo(database.db, { password: config.demoPassword, now: clock.now() });
    if (config.inboundSmtpPort !== undefined) await seedDemoMailbox(database.db, clock.now());
  });

  const worker = config.roles.includes('worker');
  const jobs = new JobQueue(database.executor, log, {
    worker,
    pollingIntervalSeconds: opts.pollingIntervalSeconds,
  });
  // pg-boss's own schema set-up deadlocks when two instances run it at once: take turns.
  await database.withAdvisoryLock('kontakt.jobs', () => jobs.start());
  const db = database.db;
  const mailer = createMailer({
    db,
    clock,
    jobs,
    smtpConfigured: Boolean(config.smtpUrl || opts.sendMail),
    messageIdDomain: new URL(config.publicUrl).hostname,
  });
  if (!config.smtpUrl && !opts.sendMail) {
    log.info(
      'SMTP_URL is not set: outbound e-mail is kept in the outbox (GET /api/v1/outbox) instead of being sent.',
    );
  }
  const blobs = new LocalBlobStore(config.blobDir);
  const deps: AppDeps = { config, database, db, clock, log, jobs, mailer, events: new EventBus(), blobs };
  if (worker) await jobs.work(jobHandlers(deps, opts.sendMail, opts.sendRawMail));
  const unwatch = watchOutboundMessages(deps, config);

  const app = await buildApp(deps, { webDist: opts.webDist });
  await app.ready();
  const realtime = await attachRealtime(deps, app.server, opts.realtime);
  const smtp =
    config.inboundSmtpPort !== undefined && config.roles.includes('smtp')
      ? await startInboundSmtp(deps, config)
      : null;
  return {
    app,
    deps,
    realtime,
    demo,
    smtp,
    async close() {
      await smtp?.close();
      unwatch();
      await realtime.close();
      await app.close();
      await jobs.stop();
      if (!opts.database) await database.close();
    },
  };
}

function jobHandlers(deps: AppDeps, sendMail?: SendMail, sendRaw?: SendRaw): JobHandlers {
  const send = sendMail ?? (deps.config.smtpUrl ? createSmtpSender(deps.config.smtpUrl) : null);
  const { config } = deps;
  return {
    'email.send': emailSendJob({
      db: deps.db,
      clock: deps.clock,
      blobs: deps.blobs,
      sendRaw: sendRaw ?? createRawSender(),
      smtpUrl: config.smtpUrl,
      domain: new URL(config.publicUrl).hostname,
      defaultFrom: config.smtpFrom,
      retryLimit: config.emailRetryLimit,
    }),
    'email.sweep': async () => {
      const n = await sweepQueuedEmail(deps.db, deps.jobs, config, deps.clock.now());
      if (n) deps.log.info({ requeued: n }, 'outbound e-mail re-enqueued');
    },
    'sessions.cleanup': async () => {
      const n = await deleteStaleSessions(deps.db, deps.clock.now());
      if (n) deps.log.info({ deleted: n }, 'stale sessions deleted');
    },
    'audit.retention': async () => {
      const cutoff = new Date(deps.clock.now().getTime() - deps.config.auditRetentionDays * 86_400_000);
      const n = await purgeAudit(deps.db, cutoff);
      if (n) deps.log.info({ deleted: n }, 'audit entries past retention deleted');
    },
    'mail.send': send
      ? mailSendJob({ db: deps.db, clock: deps.clock, send, from: deps.config.smtpFrom })
      : async () => undefined,
  };
}
