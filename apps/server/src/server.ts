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
import { createBlobStore } from './platform/blob-storage.ts';
import { loadSecretBox } from './platform/secret-box.ts';
import { attachRealtime, type RealtimeOptions, type RealtimeServer } from './realtime/socket-server.ts';
import type { AppDeps } from './http/deps.ts';
import { createMailer, mailSendJob } from './modules/outbox/index.ts';
import { deleteStaleSessions } from './modules/auth/index.ts';
import { purgeAudit } from './modules/audit/index.ts';
import {
  resumeStalledRecomputes,
  slaFireJob,
  slaRecomputeJob,
  sweepSla,
  watchSlaChanges,
} from './modules/sla/index.ts';
import { sweepComplaints } from './modules/complaints/index.ts';
import { reportExportJob, sweepRollups, sweepSchedules } from './modules/reports/index.ts';
import { seedDemo, type DemoSeedResult } from './modules/demo/seed-demo.ts';
import { startChatRouting } from './modules/chat/index.ts';
import { sweepTimeRules, watchWebhooks, webhookJob } from './modules/automation/index.ts';
import {
  surveyCampaignJob,
  surveySendJob,
  sweepSurveys,
  watchSolvedTickets,
} from './modules/surveys/index.ts';
import { fulfilmentJob } from './modules/orders/index.ts';
import {
  createRawSender,
  emailSendJob,
  seedDemoMailbox,
  sealPlainMailboxSecrets,
  startImapSupervisor,
  startInboundSmtp,
  sweepQueuedEmail,
  watchOutboundMessages,
  type ImapSupervisor,
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
  /** The IMAP supervisor, on instances with the worker role. */
  imap: ImapSupervisor | null;
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
  /** How often offer timeouts and waiting chats are swept (ms; 0: never, tests drive it). */
  chatRoutingEveryMs?: number;
}

/** Boot order: database → migrations (+ demo seed, under one lock) → jobs → HTTP → realtime. */
export async function startKontakt(opts: StartOptions): Promise<Kontakt> {
  const { config, log } = opts;
  const clock = opts.clock ?? systemClock;
  // First, so an unusable bucket stops the start before anything else is opened.
  const blobs = await createBlobStore(config, log);
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
  const secrets = loadSecretBox(config);
  let demo: DemoSeedResult | null = null;
  await database.withAdvisoryLock(MIGRATION_LOCK, async () => {
    const applied = await applyMigrations(database);
    if (applied.length) log.info({ applied }, 'migrations applied');
    const sealed = await sealPlainMailboxSecrets(database.db, secrets);
    if (sealed) log.info({ secrets: sealed }, 'mailbox passwords stored in plain text are now encrypted');
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
  const deps: AppDeps = {
    config,
    database,
    db,
    clock,
    log,
    jobs,
    mailer,
    events: new EventBus(),
    blobs,
    secrets,
  };
  if (worker) await jobs.work(jobHandlers(deps, opts.sendMail, opts.sendRawMail));
  const unwatch = watchOutboundMessages(deps, config);
  const unwatchSla = watchSlaChanges(deps);
  // Offer timeouts and waiting chats, found in the database by every instance (decided under a lock).
  const stopChatRouting =
    opts.chatRoutingEveryMs === 0 ? () => undefined : startChatRouting(deps, opts.chatRoutingEveryMs);
  const unwatchWebhooks = watchWebhooks(deps);
  const unwatchSolved = watchSolvedTickets(deps);

  const app = await buildApp(deps, { webDist: opts.webDist });
  await app.ready();
  const realtime = await attachRealtime(deps, app.server, opts.realtime);
  const smtp =
    config.inboundSmtpPort !== undefined && config.roles.includes('smtp')
      ? await startInboundSmtp(deps, config)
      : null;
  const imap = worker
    ? startImapSupervisor({
        ...deps,
        pollSeconds: config.imapPollSeconds,
        reconcileSeconds: config.imapReconcileSeconds,
      })
    : null;
  return {
    app,
    deps,
    realtime,
    demo,
    smtp,
    imap,
    async close() {
      await imap?.close();
      await smtp?.close();
      unwatch();
      unwatchSla();
      stopChatRouting();
      unwatchWebhooks();
      unwatchSolved();
      await realtime.close();
      await app.close();
      await jobs.stop();
      if (!opts.database) await database.close();
      blobs.close();
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
      secrets: deps.secrets,
    }),
    'email.sweep': async () => {
      const n = await sweepQueuedEmail(deps.db, deps.jobs, config, deps.clock.now());
      if (n) deps.log.info({ requeued: n }, 'outbound e-mail re-enqueued');
    },
    'sla.fire': slaFireJob(deps),
    'automation.sweep': async () => {
      const n = await sweepTimeRules(deps);
      if (n) deps.log.info({ tickets: n }, 'time-based automation rules applied');
    },
    'automation.webhook': webhookJob(deps),
    'surveys.send': surveySendJob(deps),
    'surveys.campaign': surveyCampaignJob(deps),
    'surveys.sweep': async () => {
      const n = await sweepSurveys(deps);
      if (n) deps.log.info({ requests: n }, 'due survey invitations sent by the sweep');
    },
    'orders.fulfil': fulfilmentJob(deps),
    'sla.sweep': async () => {
      const n = await sweepSla(deps);
      if (n) deps.log.info({ tickets: n }, 'SLA warnings and breaches announced by the sweep');
      const resumed = await resumeStalledRecomputes(deps);
      if (resumed) deps.log.warn({ runs: resumed }, 'stalled SLA recomputations handed to new jobs');
    },
    'sla.recompute': slaRecomputeJob(deps),
    'reports.rollup': async () => {
      const r = await sweepRollups(deps.db, deps.clock.now());
      if (r.more) await deps.jobs.send('reports.rollup', {}, { singletonKey: 'reports.rollup.more' });
    },
    'reports.export': reportExportJob(deps),
    'reports.schedules': async () => {
      const n = await sweepSchedules(deps);
      if (n) deps.log.info({ schedules: n }, 'scheduled reports sent');
    },
    'complaints.sweep': async () => {
      const n = await sweepComplaints(deps);
      if (n) deps.log.info({ complaints: n }, 'complaint deadline alerts announced');
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
