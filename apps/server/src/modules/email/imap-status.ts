import { inArray } from 'drizzle-orm';
import { boolean, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ImapConnectionStatus, MailboxTestCode, MailboxTestStep } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import type { MailboxRow } from './email.table.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** How each IMAP mailbox's connection is doing (migration 0182), written by the serving instance. */
export const imapConnectionStatus = pgTable('imap_connection_status', {
  mailboxId: uuid('mailbox_id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  state: text('state').$type<'connected' | 'failing'>().notNull(),
  idle: boolean('idle').notNull(),
  connectedAt: ts('connected_at'),
  checkedAt: ts('checked_at'),
  failingSince: ts('failing_since'),
  failures: integer('failures').notNull(),
  errorStep: text('error_step').$type<MailboxTestStep>(),
  errorCode: text('error_code').$type<MailboxTestCode>(),
  errorDetail: text('error_detail'),
  retryAt: ts('retry_at'),
  updatedAt: ts('updated_at').notNull(),
});
export type ImapStatusRow = typeof imapConnectionStatus.$inferSelect;
type StatusRow = ImapStatusRow;
type StatusChange = Omit<Partial<StatusRow>, 'mailboxId' | 'organizationId' | 'updatedAt'>;

/** Writes the mailbox's status row (created on first write). */
async function put(
  db: Db,
  mailbox: Pick<MailboxRow, 'id' | 'organizationId'>,
  now: Date,
  change: StatusChange,
) {
  const row = { state: 'connected' as const, idle: false, failures: 0, ...change, updatedAt: now };
  await db
    .insert(imapConnectionStatus)
    .values({ mailboxId: mailbox.id, organizationId: mailbox.organizationId, ...row })
    .onConflictDoUpdate({ target: imapConnectionStatus.mailboxId, set: { ...change, updatedAt: now } });
}

/** Signed in and the folder selected. */
export function recordImapConnected(db: Db, mailbox: MailboxRow, now: Date, idle: boolean) {
  return put(db, mailbox, now, {
    state: 'connected',
    idle,
    connectedAt: now,
    checkedAt: now,
    failingSince: null,
    failures: 0,
    errorStep: null,
    errorCode: null,
    errorDetail: null,
    retryAt: null,
  });
}

/** The folder was read for new mail. */
export function recordImapChecked(db: Db, mailbox: MailboxRow, now: Date) {
  return put(db, mailbox, now, { checkedAt: now });
}

/** The connection failed; the session retries at `retryAt`. `detail` is already free of secrets. */
export function recordImapFailure(
  db: Db,
  mailbox: MailboxRow,
  now: Date,
  f: {
    step: MailboxTestStep;
    code: MailboxTestCode | null;
    detail: string | null;
    failures: number;
    retryAt: Date;
  },
) {
  return put(db, mailbox, now, {
    state: 'failing',
    failures: f.failures,
    // The first failure of a run starts it; later ones keep when it started.
    ...(f.failures === 1 ? { failingSince: now } : {}),
    errorStep: f.step,
    errorCode: f.code,
    errorDetail: f.detail?.slice(0, 500) ?? null,
    retryAt: f.retryAt,
  });
}

/** The status rows of these mailboxes, by mailbox id. */
export async function imapStatusesOf(db: Db, mailboxIds: string[]): Promise<Map<string, StatusRow>> {
  if (mailboxIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(imapConnectionStatus)
    .where(inArray(imapConnectionStatus.mailboxId, mailboxIds));
  return new Map(rows.map((r) => [r.mailboxId, r]));
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function presentImapStatus(r: StatusRow | undefined): ImapConnectionStatus | null {
  if (!r) return null;
  return {
    state: r.state,
    idle: r.idle,
    connectedAt: iso(r.connectedAt),
    checkedAt: iso(r.checkedAt),
    failingSince: iso(r.failingSince),
    failures: r.failures,
    error: r.errorStep ? { step: r.errorStep, code: r.errorCode, detail: r.errorDetail } : null,
    retryAt: iso(r.retryAt),
  };
}
