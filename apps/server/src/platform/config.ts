import { z } from 'zod';
import { envBool as bool } from './env-bool.ts';
import { S3EnvSchema, s3FromEnv, type S3Config } from './config-s3.ts';

const Roles = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(['api', 'worker', 'smtp'])).min(1, 'name at least one of api, worker, smtp'));

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().default('./data'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  PUBLIC_URL: z.url().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  SMTP_FROM: z.string().default('Kontakt <no-reply@kontakt.localhost>'),
  INBOUND_SMTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  INBOUND_SMTP_HOST: z.string().default('0.0.0.0'),
  INBOUND_MAX_MB: z.coerce.number().int().min(1).max(200).default(25),
  INBOUND_TLS_KEY: z.string().optional(),
  INBOUND_TLS_CERT: z.string().optional(),
  EMAIL_AUTO_ACK_PER_HOUR: z.coerce.number().int().min(0).max(1000).default(3),
  EMAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  EMAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(50).default(12),
  BLOB_DIR: z.string().optional(),
  SECRET_KEY: z
    .string()
    .transform((v) => Buffer.from(v, /^[0-9a-f]{64}$/i.test(v) ? 'hex' : 'base64'))
    .refine((b) => b.length === 32, 'must be 32 bytes, as 64 hex digits or base64 (openssl rand -hex 32)')
    .optional(),
  IMAP_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  IMAP_RECONCILE_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  LLM_URL: z.url().optional(),
  ROLES: Roles.default(['api', 'worker', 'smtp']),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: bool.default(true),
  DEMO_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 14),
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(30).default(730),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  ATTACHMENT_MAX_MB: z.coerce.number().int().min(1).max(500).default(25),
  TRUST_PROXY: bool.default(false),
  COOKIE_SECURE: bool.optional(),
  ...S3EnvSchema.shape,
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  redisUrl: string | undefined;
  publicUrl: string;
  smtpUrl: string | undefined;
  smtpFrom: string;
  /** 0 picks a free port (tests). */
  inboundSmtpPort: number | undefined;
  inboundSmtpHost: string;
  inboundMaxBytes: number;
  /** STARTTLS is offered when both paths are set. */
  inboundTls: { keyPath: string; certPath: string } | null;
  /** Auto-acknowledgements per sender address per hour. */
  emailAutoAckPerHour: number;
  /** First retry delay of outbound e-mail (doubling after each failure) and how many retries. */
  emailRetryDelaySeconds: number;
  emailRetryLimit: number;
  blobDir: string;
  /** AES-256 key for secrets stored in the database; unset → generated once in DATA_DIR/secret.key. */
  secretKey: Buffer | undefined;
  /** How often an IMAP mailbox is checked when the server has no IDLE (and as a safety net with IDLE). */
  imapPollSeconds: number;
  /** How often the IMAP supervisor re-reads mailbox settings and retries unowned mailboxes. */
  imapReconcileSeconds: number;
  /** Set (S3_BUCKET) → blobs are stored in S3-compatible storage instead of `blobDir`. */
  s3: S3Config | null;
  llmUrl: string | undefined;
  roles: Array<'api' | 'worker' | 'smtp'>;
  logLevel: string;
  seedDemo: boolean;
  demoPassword: string | undefined;
  sessionTtlHours: number;
  auditRetentionDays: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  attachmentMaxBytes: number;
  trustProxy: boolean;
  cookieSecure: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** Reads and validates the environment; every problem becomes one line of a ConfigError. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${String(i.path[0] ?? 'environment')}: ${i.message}`),
    );
  }
  const e = parsed.data;
  const { s3, problems } = s3FromEnv(e);
  if (problems.length) throw new ConfigError(problems);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: e.DATA_DIR,
    redisUrl: e.REDIS_URL,
    publicUrl,
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    inboundSmtpPort: e.INBOUND_SMTP_PORT,
    inboundSmtpHost: e.INBOUND_SMTP_HOST,
    inboundMaxBytes: e.INBOUND_MAX_MB * 1024 * 1024,
    inboundTls:
      e.INBOUND_TLS_KEY && e.INBOUND_TLS_CERT
        ? { keyPath: e.INBOUND_TLS_KEY, certPath: e.INBOUND_TLS_CERT }
        : null,
    emailAutoAckPerHour: e.EMAIL_AUTO_ACK_PER_HOUR,
    emailRetryDelaySeconds: e.EMAIL_RETRY_DELAY_SECONDS,
    emailRetryLimit: e.EMAIL_RETRY_LIMIT,
    blobDir: e.BLOB_DIR ?? `${e.DATA_DIR}/blobs`,
    secretKey: e.SECRET_KEY,
    imapPollSeconds: e.IMAP_POLL_SECONDS,
    imapReconcileSeconds: e.IMAP_RECONCILE_SECONDS,
    s3,
    llmUrl: e.LLM_URL,
    roles: e.ROLES,
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO,
    demoPassword: e.DEMO_PASSWORD,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    auditRetentionDays: e.AUDIT_RETENTION_DAYS,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockMinutes: e.LOGIN_LOCK_MINUTES,
    attachmentMaxBytes: e.ATTACHMENT_MAX_MB * 1024 * 1024,
    trustProxy: e.TRUST_PROXY,
    cookieSecure: e.COOKIE_SECURE ?? publicUrl.startsWith('https://'),
  };
}
