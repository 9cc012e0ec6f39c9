import type { Logger } from 'pino';
import type { Config } from '../platform/config.ts';
import type { Clock } from '../platform/clock.ts';
import type { Database, Db } from '../platform/db.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Mailer } from '../modules/outbox/index.ts';
import type { Actor } from './actor.ts';
import type { EventBus } from '../realtime/event-bus.ts';
import type { BlobStore } from '../platform/blob-store.ts';
import type { SecretBox } from '../platform/secret-box.ts';

/** The platform services routes and jobs are given; built once at boot (see app.ts). */
export interface AppDeps {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
  log: Logger;
  jobs: JobQueue;
  mailer: Mailer;
  events: EventBus;
  blobs: BlobStore;
  /** Seals and opens secrets stored in the database (IMAP passwords and tokens). */
  secrets: SecretBox;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    /** Requests whose handlers have not finished (shutdown waits for them). */
    inFlight(): number;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}
