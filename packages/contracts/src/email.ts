import { z } from 'zod';
import { Id, Instant, Locale } from './common.ts';

/** Per-language texts (pl, cs, en); a missing language falls back to another one. */
const PerLocale = <T extends z.ZodType>(item: T) => z.partialRecord(Locale, item);

/** An auto-acknowledgement template; placeholders {{customer.name}}, {{ticket.number}}, {{ticket.subject}}. */
export const AutoAckTemplate = z.strictObject({
  subject: z.string().trim().min(1).max(300),
  body: z.string().trim().min(1).max(20_000),
});

/** IMAP settings of a mailbox polled over IMAP (phase 2). */
export const ImapSettingsInput = z.strictObject({
  host: z.string().trim().min(1).max(255),
  port: z.number().int().min(1).max(65535).default(993),
  tls: z.boolean().default(true),
  user: z.string().min(1).max(255),
  /** Write-only: never returned. */
  password: z.string().min(1).max(500),
  folder: z.string().min(1).max(255).default('INBOX'),
  /** Where processed messages are moved; null keeps them in place, flagged \Seen. */
  processedFolder: z.string().min(1).max(255).nullable().default(null),
});

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
  imap: ImapSettingsInput.nullable().optional(),
  outboundSmtpUrl: SmtpUrl.nullable().optional(),
  signatures: PerLocale(z.string().max(5000)).optional(),
  autoAck: z.boolean().optional(),
  autoAckTemplates: PerLocale(AutoAckTemplate).optional(),
  active: z.boolean().optional(),
});
export type UpdateMailboxInput = z.infer<typeof UpdateMailboxInput>;

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
      passwordSet: z.boolean(),
      folder: z.string(),
      processedFolder: z.string().nullable(),
    })
    .nullable(),
  /** The outbound SMTP URL with any password removed; null uses the global SMTP_URL. */
  outboundSmtpUrl: z.string().nullable(),
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

/**
 * "Test connection" of a mailbox: `POST /api/v1/mailboxes/test` (settings from a form, not yet saved;
 * a saved mailbox's stored passwords are used when `mailboxId` is given and a password is omitted)
 * and `POST /api/v1/mailboxes/{id}/test` (the stored settings). Each checked part answers separately.
 */
export const MailboxTestStep = z.enum(['dns', 'connect', 'tls', 'auth', 'folder', 'send']);
export type MailboxTestStep = z.infer<typeof MailboxTestStep>;

export const MailboxTestCheck = z.object({
  ok: z.boolean(),
  /** The step that failed (or the last one passed when ok). */
  step: MailboxTestStep,
  /** Stable code of the failure, e.g. `dns_not_found`, `tls_handshake_failed`, `auth_failed`, `folder_not_found`. */
  code: z.string().nullable(),
  /** What the remote server said, with secrets removed; for people, not machines. */
  detail: z.string().nullable(),
  durationMs: z.number().int(),
});
export type MailboxTestCheck = z.infer<typeof MailboxTestCheck>;

export const MailboxTestInput = z.strictObject({
  mailboxId: Id.optional(),
  imap: ImapSettingsInput.extend({ password: z.string().min(1).max(500).optional() })
    .nullable()
    .default(null),
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
