import { Readable } from 'node:stream';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../../platform/db.ts';
import type { Clock } from '../../platform/clock.ts';
import { readAll, type BlobStore } from '../../platform/blob-store.ts';
import { AppError } from '../../http/errors.ts';
import { SecretUnreadable, type SecretBox } from '../../platform/secret-box.ts';
import { composeEmail, NoRecipient } from './email-outbound.compose.ts';
import { signDkim } from './email-outbound.dkim.ts';
import { onAnswerEmailSent } from '../complaints/complaint-letter.service.ts';
import { openSmtpUrl } from './mailbox-smtp-url.ts';
import {
  emailMessageIds,
  emailMessages,
  emailOutbound,
  mailboxes,
  type EmailOutboundRow,
} from './email.table.ts';

/** Sends raw MIME through the SMTP server at `url`. */
export type SendRaw = (url: string, envelope: { from: string; to: string[] }, raw: Buffer) => Promise<void>;

/** Real SMTP through nodemailer, one pooled-free transport per server URL. */
export function createRawSender(): SendRaw {
  const transports = new Map<string, Transporter>();
  return async (url, envelope, raw) => {
    let t = transports.get(url);
    if (!t) transports.set(url, (t = nodemailer.createTransport(url)));
    await t.sendMail({ envelope, raw });
  };
}

export interface EmailSendDeps {
  db: Db;
  clock: Clock;
  blobs: BlobStore;
  sendRaw: SendRaw;
  /** The global SMTP_URL, used by mailboxes without their own server. */
  smtpUrl: string | undefined;
  domain: string;
  defaultFrom: string;
  retryLimit: number;
  /** Opens the mailboxes' sealed DKIM keys. */
  secrets: SecretBox;
}

const LEASE_MS = 5 * 60_000;
const addressOf = (from: string) => /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from.trim();

/** Takes the row for this attempt, unless it is done or another worker holds it. */
async function claim(deps: EmailSendDeps, messageId: string): Promise<EmailOutboundRow | null> {
  const now = deps.clock.now();
  const [row] = await deps.db
    .update(emailOutbound)
    .set({
      attempts: sql`${emailOutbound.attempts} + 1`,
      leaseUntil: new Date(now.getTime() + LEASE_MS),
      updatedAt: now,
    })
    .where(
      and(
        eq(emailOutbound.messageId, messageId),
        eq(emailOutbound.status, 'queued'),
        or(isNull(emailOutbound.leaseUntil), lt(emailOutbound.leaseUntil, now)),
      ),
    )
    .returning();
  return row ?? null;
}

/**
 * First attempt: composes the message once and stores its bytes, its Message-ID (so replies
 * thread) and its e-mail record with the prepared row, in one statement. Answers the row and,
 * when just composed, the mailbox's own SMTP server (null: the global one).
 */
async function prepare(
  deps: EmailSendDeps,
  row: EmailOutboundRow,
): Promise<{ row: EmailOutboundRow; smtpUrl?: string | null }> {
  if (row.preparedAt) return { row };
  const mail = await composeEmail(deps.db, (sha) => deps.blobs.open(sha), row, {
    domain: deps.domain,
    defaultFrom: deps.defaultFrom,
  });
  // Signed once, here: the stored bytes are the ones every attempt sends.
  const raw = await signDkim(mail.raw, mail.mailbox, deps.secrets);
  const stored = await deps.blobs.put(Readable.from(raw), Number.MAX_SAFE_INTEGER);
  const now = deps.clock.now();
  const { db } = deps;
  const ids = db.$with('ids').as(
    db
      .insert(emailMessageIds)
      .values({
        organizationId: row.organizationId,
        headerMessageId: mail.headerMessageId,
        ticketId: row.ticketId,
        messageId: row.messageId,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: emailMessageIds.headerMessageId }),
  );
  const record = db.$with('record').as(
    db
      .insert(emailMessages)
      .values({
        messageId: row.messageId,
        organizationId: row.organizationId,
        ticketId: row.ticketId,
        mailboxId: mail.mailbox?.id ?? null,
        direction: 'outbound',
        headerMessageId: mail.headerMessageId,
        fromAddress: addressOf(mail.from),
        replyTo: null,
        toAddresses: [mail.to],
        ccAddresses: mail.cc,
        subject: mail.subject,
        rawSha256: stored.sha256,
        rawSize: stored.size,
        autoReply: row.kind === 'auto_ack',
        bounce: false,
        list: false,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: emailMessages.messageId }),
  );
  const [updated] = await db
    .with(ids, record)
    .update(emailOutbound)
    .set({
      headerMessageId: mail.headerMessageId,
      rawSha256: stored.sha256,
      recipient: mail.to,
      subject: mail.subject,
      envelopeFrom: addressOf(mail.from),
      envelopeTo: [mail.to, ...mail.cc],
      preparedAt: now,
    })
    .where(eq(emailOutbound.id, row.id))
    .returning();
  return { row: updated!, smtpUrl: mail.mailbox ? openSmtpUrl(mail.mailbox, deps.secrets) : null };
}

async function serverFor(deps: EmailSendDeps, messageId: string): Promise<string | undefined> {
  const [m] = await deps.db
    .select({ smtpUrl: mailboxes.smtpUrl, smtpPassword: mailboxes.smtpPassword })
    .from(emailMessages)
    .innerJoin(mailboxes, eq(mailboxes.id, emailMessages.mailboxId))
    .where(eq(emailMessages.messageId, messageId));
  return (m && openSmtpUrl(m, deps.secrets)) ?? deps.smtpUrl;
}

const isPermanent = (err: unknown) =>
  err instanceof NoRecipient ||
  // A DKIM key that cannot be opened or used does not mend itself by waiting.
  err instanceof SecretUnreadable ||
  err instanceof AppError ||
  (typeof (err as { responseCode?: unknown }).responseCode === 'number' &&
    (err as { responseCode: number }).responseCode >= 500);

/**
 * The `email.send` job: sends a queued message once. The row's status decides, so a repeated job
 * sends nothing twice; a temporary failure is recorded and retried with backoff by the queue, a
 * permanent one (5xx, no recipient, retries used up) marks the message failed with the reason.
 */
export function emailSendJob(deps: EmailSendDeps) {
  return async ({ messageId }: { messageId: string }) => {
    const claimed = await claim(deps, messageId);
    if (!claimed) return;
    let sent: EmailOutboundRow | null = null;
    try {
      const { row, smtpUrl } = await prepare(deps, claimed);
      const url = smtpUrl === undefined ? await serverFor(deps, messageId) : (smtpUrl ?? deps.smtpUrl);
      if (!url) throw new NoRecipient('no SMTP server is configured (SMTP_URL or the mailbox’s own)');
      const raw = await readAll(await deps.blobs.open(row.rawSha256!));
      await deps.sendRaw(url, { from: row.envelopeFrom!, to: row.envelopeTo! }, raw);
      await deps.db
        .update(emailOutbound)
        .set({
          status: 'sent',
          sentAt: deps.clock.now(),
          error: null,
          leaseUntil: null,
          updatedAt: deps.clock.now(),
        })
        .where(eq(emailOutbound.id, row.id));
      sent = row;
    } catch (err) {
      const reason = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
      const final = isPermanent(err) || claimed.attempts > deps.retryLimit;
      await deps.db
        .update(emailOutbound)
        .set({
          error: reason,
          leaseUntil: null,
          updatedAt: deps.clock.now(),
          ...(final ? { status: 'failed' as const } : {}),
        })
        .where(eq(emailOutbound.id, claimed.id));
      if (!final) throw err;
    }
    // A complaint's answer (decision letter or agent reply) is recorded as sent.
    if (sent) await onAnswerEmailSent(deps.db, { messageId, ticketId: sent.ticketId, at: deps.clock.now() });
  };
}
