import { Readable } from 'node:stream';
import { and, desc, eq, sql } from 'drizzle-orm';
import { bigint, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ImapDeadLetter } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/crypto.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { readAll } from '../../platform/blob-store.ts';
import { ingestRawEmail, type IngestDeps } from './email-ingest.service.ts';
import { getMailbox } from './mailboxes.service.ts';
import type { ImapSyncState } from './imap-state.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** Messages an IMAP mailbox set aside (migration 0181). */
export const imapDeadLetters = pgTable('imap_dead_letters', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  mailboxId: uuid('mailbox_id').notNull(),
  folder: text('folder').notNull(),
  uidValidity: bigint('uid_validity', { mode: 'number' }).notNull(),
  uid: bigint('uid', { mode: 'number' }).notNull(),
  reason: text('reason').$type<'too_large' | 'ingest_failed'>().notNull(),
  size: integer('size').notNull(),
  error: text('error'),
  rawSha256: text('raw_sha256'),
  attempts: integer('attempts').notNull(),
  givenUpAt: ts('given_up_at'),
  resolvedAt: ts('resolved_at'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
type DeadLetterRow = typeof imapDeadLetters.$inferSelect;

/** Ingestion attempts of one message before the mailbox moves past it. */
export const INGEST_ATTEMPTS = 3;

interface Where {
  db: Db;
  state: ImapSyncState;
  organizationId: string;
  uid: number;
  now: Date;
}

const key = (w: Where) => ({
  id: newId(),
  organizationId: w.organizationId,
  mailboxId: w.state.mailboxId,
  folder: w.state.folder,
  uidValidity: w.state.uidValidity,
  uid: w.uid,
  createdAt: w.now,
  updatedAt: w.now,
});

/** A message over INBOUND_MAX_MB: never fetched, set aside at once (left unread on the server). */
export async function setAsideTooLarge(w: Where, size: number): Promise<void> {
  await w.db
    .insert(imapDeadLetters)
    .values({ ...key(w), reason: 'too_large', size, attempts: 0, givenUpAt: w.now })
    .onConflictDoNothing();
}

/**
 * Counts a failed ingestion of a message and keeps its raw source (for a retry by an admin).
 * Answers true when that was the last attempt: the caller then moves past the message.
 */
export async function noteIngestFailure(
  w: Where & { blobs: IngestDeps['blobs'] },
  raw: Buffer,
  err: unknown,
): Promise<boolean> {
  const stored = await w.blobs.put(Readable.from(raw), Number.MAX_SAFE_INTEGER);
  // The error's text may quote the message (personal data): only its first line is kept, shortened.
  const error = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 300);
  const [row] = await w.db
    .insert(imapDeadLetters)
    .values({
      ...key(w),
      reason: 'ingest_failed',
      size: raw.length,
      error,
      rawSha256: stored.sha256,
      attempts: 1,
    })
    .onConflictDoUpdate({
      target: [
        imapDeadLetters.mailboxId,
        imapDeadLetters.folder,
        imapDeadLetters.uidValidity,
        imapDeadLetters.uid,
      ],
      set: { attempts: sql`${imapDeadLetters.attempts} + 1`, error, updatedAt: w.now },
    })
    .returning();
  if (row!.attempts < INGEST_ATTEMPTS) return false;
  await w.db.update(imapDeadLetters).set({ givenUpAt: w.now }).where(eq(imapDeadLetters.id, row!.id));
  return true;
}

/** A message that was stored after failing before: no longer a dead letter. */
export async function clearIngestFailure(w: Where): Promise<void> {
  await w.db
    .delete(imapDeadLetters)
    .where(
      and(
        eq(imapDeadLetters.mailboxId, w.state.mailboxId),
        eq(imapDeadLetters.folder, w.state.folder),
        eq(imapDeadLetters.uidValidity, w.state.uidValidity),
        eq(imapDeadLetters.uid, w.uid),
      ),
    );
}

export function presentDeadLetter(r: DeadLetterRow): ImapDeadLetter {
  return {
    id: r.id,
    folder: r.folder,
    uid: r.uid,
    reason: r.reason,
    size: r.size,
    error: r.error,
    attempts: r.attempts,
    retriable: r.reason === 'ingest_failed' && r.rawSha256 !== null && r.resolvedAt === null,
    givenUpAt: r.givenUpAt?.toISOString() ?? null,
    resolvedAt: r.resolvedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}

/** The mailbox's messages set aside, newest first (those still being retried too). */
export async function listDeadLetters(db: Db, organizationId: string, mailboxId: string) {
  await getMailbox(db, organizationId, mailboxId);
  return db
    .select()
    .from(imapDeadLetters)
    .where(and(eq(imapDeadLetters.organizationId, organizationId), eq(imapDeadLetters.mailboxId, mailboxId)))
    .orderBy(desc(imapDeadLetters.createdAt))
    .limit(200);
}

/** Ingests a set-aside message again from its kept source; resolved when it is stored. */
export async function retryDeadLetter(
  deps: IngestDeps,
  organizationId: string,
  mailboxId: string,
  id: string,
): Promise<DeadLetterRow> {
  const mailbox = await getMailbox(deps.db, organizationId, mailboxId);
  const [row] = await deps.db
    .select()
    .from(imapDeadLetters)
    .where(and(eq(imapDeadLetters.organizationId, organizationId), eq(imapDeadLetters.id, id)));
  if (!row || row.mailboxId !== mailboxId) throw notFound('Dead letter');
  if (!presentDeadLetter(row).retriable)
    throw new AppError(409, 'dead_letter_not_retriable', 'This message cannot be retried.');
  await ingestRawEmail(deps, await readAll(await deps.blobs.open(row.rawSha256!)), [mailbox]);
  const [done] = await deps.db
    .update(imapDeadLetters)
    .set({ resolvedAt: deps.clock.now(), updatedAt: deps.clock.now() })
    .where(eq(imapDeadLetters.id, id))
    .returning();
  return done!;
}
