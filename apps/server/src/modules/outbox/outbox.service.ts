import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import type { Clock } from '../../platform/clock.ts';
import type { SendMail } from '../../platform/smtp.ts';
import type { JobQueue } from '../../jobs/job-queue.ts';
import { newId } from '../../platform/crypto.ts';
import { olderThanCursor, toPage } from '../../platform/cursor.ts';
import { mailOutbox, type OutboxRow } from './outbox.table.ts';

export interface MailDraft {
  organizationId: string | null;
  /** Why the message exists, e.g. `password_reset`. */
  purpose: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Files sent with the message (kept with it in the outbox). */
  attachments?: Array<{ filename: string; contentType: string; content: Buffer }>;
}

/**
 * The outbound mail seam. Every message is stored first; with SMTP configured a durable job
 * sends it, otherwise it is kept in the outbox for admins to read.
 */
export interface Mailer {
  queue(draft: MailDraft): Promise<string>;
  readonly delivers: boolean;
}

export function createMailer(deps: {
  db: Db;
  clock: Clock;
  jobs: JobQueue;
  smtpConfigured: boolean;
  messageIdDomain: string;
}): Mailer {
  return {
    delivers: deps.smtpConfigured,
    async queue(draft) {
      const id = newId();
      await deps.db.insert(mailOutbox).values({
        id,
        organizationId: draft.organizationId,
        purpose: draft.purpose,
        toAddress: draft.to,
        subject: draft.subject,
        bodyText: draft.text,
        bodyHtml: draft.html ?? null,
        attachments: (draft.attachments ?? []).map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          contentBase64: a.content.toString('base64'),
        })),
        status: deps.smtpConfigured ? 'queued' : 'kept',
        attempts: 0,
        messageId: `<${id}@${deps.messageIdDomain}>`,
        createdAt: deps.clock.now(),
      });
      if (deps.smtpConfigured) await deps.jobs.send('mail.send', { outboxId: id }, { singletonKey: id });
      return id;
    },
  };
}

/** The `mail.send` job: sends a queued message once; a failure is recorded and retried by the queue. */
export function mailSendJob(deps: { db: Db; clock: Clock; send: SendMail; from: string }) {
  return async ({ outboxId }: { outboxId: string }) => {
    const [row] = await deps.db.select().from(mailOutbox).where(eq(mailOutbox.id, outboxId));
    if (!row || row.status !== 'queued') return;
    try {
      await deps.send({
        from: deps.from,
        to: row.toAddress,
        subject: row.subject,
        text: row.bodyText,
        html: row.bodyHtml,
        messageId: row.messageId ?? `<${row.id}@kontakt>`,
        attachments: row.attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: Buffer.from(a.contentBase64, 'base64'),
        })),
      });
      await deps.db
        .update(mailOutbox)
        .set({ status: 'sent', sentAt: deps.clock.now(), attempts: row.attempts + 1, lastError: null })
        .where(eq(mailOutbox.id, row.id));
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      await deps.db
        .update(mailOutbox)
        .set({ attempts: row.attempts + 1, lastError: reason.slice(0, 1000) })
        .where(eq(mailOutbox.id, row.id));
      throw err;
    }
  };
}

export async function listOutbox(db: Db, organizationId: string, q: { limit: number; cursor?: string }) {
  const conds = [eq(mailOutbox.organizationId, organizationId)];
  const older = olderThanCursor(mailOutbox.createdAt, mailOutbox.id, q.cursor);
  if (older) conds.push(older);
  const rows = await db
    .select()
    .from(mailOutbox)
    .where(and(...conds))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(q.limit + 1);
  return toPage(rows, q.limit, (r) => r.createdAt);
}

export const presentOutbox = (r: OutboxRow) => ({
  id: r.id,
  purpose: r.purpose,
  to: r.toAddress,
  subject: r.subject,
  text: r.bodyText,
  status: r.status,
  attempts: r.attempts,
  lastError: r.lastError,
  createdAt: r.createdAt.toISOString(),
  sentAt: r.sentAt?.toISOString() ?? null,
});
