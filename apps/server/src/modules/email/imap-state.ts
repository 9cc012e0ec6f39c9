import { and, eq, sql } from 'drizzle-orm';
import { bigint, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db.ts';

/** How far an IMAP mailbox's folder has been processed (see migration 0050). */
export const imapSyncState = pgTable('imap_sync_state', {
  mailboxId: uuid('mailbox_id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  folder: text('folder').notNull(),
  uidValidity: bigint('uid_validity', { mode: 'number' }).notNull(),
  baselineUid: bigint('baseline_uid', { mode: 'number' }).notNull(),
  lastUid: bigint('last_uid', { mode: 'number' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
export type ImapSyncState = typeof imapSyncState.$inferSelect;

/** What the selected folder says about itself. */
export interface FolderInfo {
  folder: string;
  uidValidity: number;
  /** The UID the next new message will get. */
  uidNext: number;
}

/**
 * The stored state when it belongs to this folder and UIDVALIDITY; otherwise a fresh start: every
 * UID up to now is the baseline (taken only when not \Seen), nothing processed yet. Starting over
 * after a UIDVALIDITY change re-reads the folder; Message-ID idempotency keeps that from storing
 * anything twice.
 */
export async function syncStateFor(
  db: Db,
  mailbox: { id: string; organizationId: string },
  info: FolderInfo,
  now: Date,
): Promise<ImapSyncState> {
  const [stored] = await db.select().from(imapSyncState).where(eq(imapSyncState.mailboxId, mailbox.id));
  if (stored && stored.folder === info.folder && stored.uidValidity === info.uidValidity) return stored;
  const fresh = {
    mailboxId: mailbox.id,
    organizationId: mailbox.organizationId,
    folder: info.folder,
    uidValidity: info.uidValidity,
    baselineUid: Math.max(0, info.uidNext - 1),
    lastUid: 0,
    updatedAt: now,
  };
  const [row] = await db
    .insert(imapSyncState)
    .values(fresh)
    .onConflictDoUpdate({
      target: imapSyncState.mailboxId,
      set: {
        folder: fresh.folder,
        uidValidity: fresh.uidValidity,
        baselineUid: fresh.baselineUid,
        lastUid: 0,
        updatedAt: now,
      },
    })
    .returning();
  return row!;
}

/**
 * Records that every UID up to `uid` is processed. Never moves backwards, and does nothing when the
 * state was meanwhile reset for another folder or UIDVALIDITY.
 */
export async function advanceSyncState(db: Db, state: ImapSyncState, uid: number, now: Date): Promise<void> {
  await db
    .update(imapSyncState)
    .set({ lastUid: sql`GREATEST(${imapSyncState.lastUid}, ${uid})`, updatedAt: now })
    .where(
      and(
        eq(imapSyncState.mailboxId, state.mailboxId),
        eq(imapSyncState.folder, state.folder),
        eq(imapSyncState.uidValidity, state.uidValidity),
      ),
    );
  state.lastUid = Math.max(state.lastUid, uid);
}
