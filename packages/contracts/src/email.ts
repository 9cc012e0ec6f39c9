import { z } from 'zod';
import { Id, Instant, Locale } from './common.ts';

/** Per-language texts (pl, cs, en); a missing language falls back to another one. */
const PerLocale = <T extends z.ZodType>(item: T) => z.partialRecord(Locale, item);

/** An auto-acknowledgement template; placeholders {{customer.name}}, {{ticket.number}}, {{ticket.subject}}. */
export const AutoAckTemplate = z.strictObject({
  subject: z.string().trim().min(1).max(300),
  body: z.string().trim().min(1).max(20_000),
});

/**
 * How Kontakt signs in to IMAP: `password` (LOGIN / AUTHENTICATE PLAIN) or `oauth2` (XOAUTH2 with
 * an access token, e.g. Microsoft 365 or Google Workspace).
 */
export const ImapAuth = z.enum(['password', 'oauth2']);
export type ImapAuth = z.infer<typeof ImapAuth>;

/** The IMAP secret: the password, or the OAuth2 access token (these can be a few KB long). */
export const ImapSecret = z.string().min(1).max(8000);

/** IMAP settings of a mailbox polled over IMAP. */
export const ImapSettingsInput = z.strictObject({
  host: z.string().trim().min(1).max(255),
  port: z.number().int().min(1).max(65535).default(993),
  /** true: TLS from the first byte (port 993); false: plain, upgraded with STARTTLS when offered (143). */
  tls: z.boolean().default(true),
  user: z.string().min(1).max(255),
  auth: ImapAuth.default('password'),
  /**
   * Write-only, encrypted at rest, never returned: the password, or the access token when `auth`
   * is `oauth2`.
   */
  password: ImapSecret.optional(),
  /**
   * With `oauth2`: how Kontakt gets new access tokens itself (RFC 6749 refresh-token grant), so a
   * mailbox keeps working after the first token expires (an hour at Microsoft and Google). The
   * access token may then be left out; Kontakt fetches one before connecting. Secrets write-only.
   */
  oauth2Refresh: z
    .strictObject({
      /** The provider's token endpoint, e.g. `https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token`. */
      tokenUrl: z.url({ protocol: /^https?$/ }).max(1000),
      clientId: z.string().trim().min(1).max(500),
      /** Write-only; left out when editing keeps the stored one; public clients have none. */
      clientSecret: z.string().min(1).max(2000).optional(),
      /** Write-only; left out when editing keeps the stored one. */
      refreshToken: ImapSecret.optional(),
    })
    .nullable()
    .default(null),
  folder: z.string().min(1).max(255).default('INBOX'),
  /** Where processed messages are moved; null keeps them in place, flagged \Seen. */
  processedFolder: z.string().min(1).max(255).nullable().default(null),
});

/** A DNS name (the DKIM signing domain, `d=`). */
const DomainName = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/,
    'must be a domain name',
  );

/**
 * DKIM signing of the mailbox's outbound mail: the public key is published at
 * `<keySelector>._domainkey.<domainName>` by the admin.
 */
export const DkimSettingsInput = z.strictObject({
  /** `d=`: the domain that takes responsibility, normally the mailbox address's domain. */
  domainName: DomainName,
  /** `s=`: the selector (one or more DNS labels). */
  keySelector: z
    .string()
    .trim()
    .toLowerCase()
    .max(63)
    .regex(/^[a-z0-9]([a-z0-9_-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9_-]*[a-z0-9])?)*$/, 'must be a DNS label'),
  /**
   * Write-only, encrypted at rest, never returned: an RSA (at least 1024 bits) or Ed25519 private key
   * in PEM format, unencrypted (`-----BEGIN PRIVATE KEY-----` or `-----BEGIN RSA PRIVATE KEY-----`).
   */
  privateKey: z.string().trim().min(1).max(20_000),
});
export type DkimSettingsInput = z.infer<typeof DkimSettingsInput>;

const Address = z
  .email()
  .max(254)
  .transform((s) => s.toLowerCase());
const SmtpUrl = z
  .string()
  .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
  .max(1000);

export const CreateMailboxInput = z.strictObject({
  /** The address customers write to; stored lower-case, unique in the organization. */
  address: Address,
  displayName: z.string().trim().min(1).max(200),
  /** New tickets from this mailbox land in this queue. */
  queueId: Id,
  /** `smtp`: delivered to Kontakt's listener; `imap`: polled. */
  inboundKind: z.enum(['smtp', 'imap']).default('smtp'),
  imap: ImapSettingsInput.nullable().default(null),
  /** Outbound SMTP server (may carry credentials; write-only); null uses the global SMTP_URL. */
  outboundSmtpUrl: SmtpUrl.nullable().default(null),
  /** Sign outbound mail with DKIM; null sends it unsigned. */
  dkim: DkimSettingsInput.nullable().default(null),
  /** Appended to agent replies, in the ticket's language. */
  signatures: PerLocale(z.string().max(5000)).default({}),
  /** Acknowledge new tickets automatically (never to auto-replies, bounces, lists or ourselves). */
  autoAck: z.boolean().default(false),
  autoAckTemplates: PerLocale(AutoAckTemplate).default({}),
  active: z.boolean().default(true),
});
export type CreateMailboxInput = z.infer<typeof CreateMailboxInput>;

export const UpdateMailboxInput = z.strictObject({
  address: Address.optional(),
  displayName: z.string().trim().min(1).max(200).optional(),
  queueId: Id.optional(),
  inboundKind: z.enum(['smtp', 'imap']).optional(),
  /** A password left out keeps the stored one (the form shows "set — leave empty to keep"). */
  imap: ImapSettingsInput.nullable().optional(),
  outboundSmtpUrl: SmtpUrl.nullable().optional(),
  /** A private key left out keeps the stored one; null stops signing (and forgets the key). */
  dkim: DkimSettingsInput.extend({ privateKey: DkimSettingsInput.shape.privateKey.optional() })
    .nullable()
    .optional(),
  signatures: PerLocale(z.string().max(5000)).optional(),
  autoAck: z.boolean().optional(),
  autoAckTemplates: PerLocale(AutoAckTemplate).optional(),
  active: z.boolean().optional(),
});
export type UpdateMailboxInput = z.infer<typeof UpdateMailboxInput>;

/**
 * "Test connection" of a mailbox: `POST /api/v1/mailboxes/test` (settings from a form, not yet saved;
 * a saved mailbox's stored passwords are used when `mailboxId` is given and a password is omitted)
 * and `POST /api/v1/mailboxes/{id}/test` (the stored settings). Each checked part answers separately.
 */
export const MailboxTestStep = z.enum(['dns', 'connect', 'tls', 'auth', 'folder', 'send']);
export type MailboxTestStep = z.infer<typeof MailboxTestStep>;

/**
 * Why a check failed: `dns_not_found` (no such host), `dns_failed` (resolver error or timeout),
 * `connect_refused`, `connect_timeout`, `connect_unreachable` (no route), `tls_handshake_failed`
 * (e.g. TLS against a plain port), `tls_certificate_invalid` (expired, self-signed, wrong name),
 * `no_greeting` (something answered, but not an IMAP / SMTP server, or too late), `auth_failed`,
 * `password_missing` (none given and none stored), `secret_unreadable` (the stored secret was
 * encrypted with another SECRET_KEY), `folder_not_found`, `token_refresh_failed` (the OAuth2 token
 * endpoint refused the refresh token or could not be reached), `smtp_rejected` (the SMTP server refused
 * the session), `protocol_error` (anything else; see `detail`).
 */
export const MailboxTestCode = z.enum([
  'dns_not_found',
  'dns_failed',
  'connect_refused',
  'connect_timeout',
  'connect_unreachable',
  'tls_handshake_failed',
  'tls_certificate_invalid',
  'no_greeting',
  'auth_failed',
  'password_missing',
  'secret_unreadable',
  'folder_not_found',
  'token_refresh_failed',
  'smtp_rejected',
  'protocol_error',
]);
export type MailboxTestCode = z.infer<typeof MailboxTestCode>;

/**
 * How a mailbox's IMAP connection is doing, as the instance serving it last saw it; null until a
 * worker has tried it (or when it is not read over IMAP).
 */
export const ImapConnectionStatus = z.object({
  /** `connected`: signed in, folder selected; `failing`: the last attempt failed and is retried. */
  state: z.enum(['connected', 'failing']),
  /** Whether new mail is pushed (IDLE) rather than polled. */
  idle: z.boolean(),
  connectedAt: Instant.nullable(),
  /** When the folder was last read for new mail. */
  checkedAt: Instant.nullable(),
  failingSince: Instant.nullable(),
  /** Failed attempts in a row. */
  failures: z.number().int(),
  /** The last failure (same steps and codes as "test connection"); null when connected. */
  error: z
    .object({ step: MailboxTestStep, code: MailboxTestCode.nullable(), detail: z.string().nullable() })
    .nullable(),
  /** When the next attempt is due, while failing. */
  retryAt: Instant.nullable(),
});
export type ImapConnectionStatus = z.infer<typeof ImapConnectionStatus>;

export const Mailbox = z.object({
  id: Id,
  address: z.string(),
  displayName: z.string(),
  queueId: Id,
  inboundKind: z.enum(['smtp', 'imap']),
  /** IMAP settings without the password. */
  imap: z
    .object({
      host: z.string(),
      port: z.number(),
      tls: z.boolean(),
      user: z.string(),
      auth: ImapAuth,
      /** A password (or, with `oauth2`, an access token) is stored. */
      passwordSet: z.boolean(),
      folder: z.string(),
      processedFolder: z.string().nullable(),
      /** Token refresh of an `oauth2` mailbox, without its secrets; null when not set up. */
      oauth2Refresh: z
        .object({
          tokenUrl: z.string(),
          clientId: z.string(),
          clientSecretSet: z.boolean(),
          refreshTokenSet: z.boolean(),
          /** When the stored access token expires (as the provider said); null when unknown. */
          accessTokenExpiresAt: Instant.nullable(),
        })
        .nullable(),
      /** The live connection (see ImapConnectionStatus). */
      connection: ImapConnectionStatus.nullable(),
    })
    .nullable(),
  /** The outbound SMTP URL with any password removed; null uses the global SMTP_URL. */
  outboundSmtpUrl: z.string().nullable(),
  /** DKIM signing domain and selector; null: outbound mail is not signed. */
  dkim: z
    .object({
      domainName: z.string(),
      keySelector: z.string(),
      /** The TXT record to publish: name `<keySelector>._domainkey.<domainName>`, value `v=DKIM1; k=…; p=…`. */
      dnsRecord: z.object({ name: z.string(), value: z.string() }),
    })
    .nullable(),
  /** A DKIM private key is stored (it is never returned). */
  dkimKeySet: z.boolean(),
  signatures: PerLocale(z.string()),
  autoAck: z.boolean(),
  autoAckTemplates: PerLocale(AutoAckTemplate),
  active: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Mailbox = z.infer<typeof Mailbox>;

/** Delivery of an outbound e-mail message: queued, sent, failed (with reason) or bounced. */
export const MessageDelivery = z.object({
  status: z.enum(['queued', 'sent', 'failed', 'bounced']),
  error: z.string().nullable(),
});
export type MessageDelivery = z.infer<typeof MessageDelivery>;

/** `GET /api/v1/mailboxes/listener`: where Kontakt's own SMTP listener takes mail, for the admin's hint. */
export const InboundListenerInfo = z.object({
  /** INBOUND_SMTP_PORT is set: mailboxes with inbound kind `smtp` receive mail. */
  enabled: z.boolean(),
  /** Host name to deliver to (from PUBLIC_URL). */
  host: z.string(),
  /** The configured port; null when off or chosen at random (0). */
  port: z.number().int().nullable(),
});
export type InboundListenerInfo = z.infer<typeof InboundListenerInfo>;

export const MailboxTestCheck = z.object({
  ok: z.boolean(),
  /** The step that failed (or the last one passed when ok: `folder` for IMAP, `send` for SMTP). */
  step: MailboxTestStep,
  /** Stable code of the failure; null when ok. */
  code: MailboxTestCode.nullable(),
  /** What the remote server said, with secrets removed; for people, not machines. */
  detail: z.string().nullable(),
  durationMs: z.number().int(),
});
export type MailboxTestCheck = z.infer<typeof MailboxTestCheck>;

export const MailboxTestInput = z.strictObject({
  mailboxId: Id.optional(),
  imap: ImapSettingsInput.nullable().default(null),
  outboundSmtpUrl: SmtpUrl.nullable().default(null),
});
export type MailboxTestInput = z.infer<typeof MailboxTestInput>;

export const MailboxTestResult = z.object({
  /** Null when the mailbox has no IMAP inbound. */
  imap: MailboxTestCheck.nullable(),
  /** Null when the mailbox sends through the global SMTP_URL and none is configured. */
  smtp: MailboxTestCheck.nullable(),
});
export type MailboxTestResult = z.infer<typeof MailboxTestResult>;

/**
 * A message an IMAP mailbox set aside so the mail after it could go on: too large to fetch
 * (left unread on the server), or failing ingestion again and again (its source kept for a retry).
 */
export const ImapDeadLetter = z.object({
  id: Id,
  /** The folder and IMAP UID it has there. */
  folder: z.string(),
  uid: z.number().int(),
  reason: z.enum(['too_large', 'ingest_failed']),
  /** Size in bytes. */
  size: z.number().int(),
  /** The first line of the last error (for `ingest_failed`). */
  error: z.string().nullable(),
  /** Ingestion attempts so far. */
  attempts: z.number().int(),
  /** Whether `POST …/retry` can ingest it again (a kept source, not resolved yet). */
  retriable: z.boolean(),
  /** When the mailbox moved past it; null while it is still being retried. */
  givenUpAt: Instant.nullable(),
  /** When a retry stored it after all. */
  resolvedAt: Instant.nullable(),
  createdAt: Instant,
});
export type ImapDeadLetter = z.infer<typeof ImapDeadLetter>;
