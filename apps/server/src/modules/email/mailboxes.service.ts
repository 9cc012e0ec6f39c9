import { and, asc, eq, inArray } from 'drizzle-orm';
import type { CreateMailboxInput, Mailbox, UpdateMailboxInput } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { isUniqueViolation } from '../../platform/db-errors.ts';
import { getQueue } from '../tickets/index.ts';
import { mailboxes, type MailboxRow } from './email.table.ts';

const addressTaken = () =>
  new AppError(409, 'mailbox_address_taken', 'A mailbox with this address already exists.', {
    field: 'address',
  });

/** The SMTP URL without its password (what admins may read back). */
function redactUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.password) u.password = '';
    return u.toString();
  } catch {
    return null;
  }
}

/** The one JSON shape of a mailbox; secrets (IMAP password, SMTP password) never leave. */
export function presentMailbox(m: MailboxRow): Mailbox {
  return {
    id: m.id,
    address: m.address,
    displayName: m.displayName,
    queueId: m.queueId,
    inboundKind: m.inboundKind,
    imap: m.imapHost
      ? {
          host: m.imapHost,
          port: m.imapPort ?? 993,
          tls: m.imapTls,
          user: m.imapUser ?? '',
          passwordSet: Boolean(m.imapPassword),
          folder: m.imapFolder,
          processedFolder: m.imapProcessedFolder,
        }
      : null,
    outboundSmtpUrl: redactUrl(m.smtpUrl),
    signatures: m.signatures,
    autoAck: m.autoAck,
    autoAckTemplates: m.autoAckTemplates,
    active: m.active,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

type ImapInput = CreateMailboxInput['imap'];
const imapColumns = (imap: ImapInput) => ({
  imapHost: imap?.host ?? null,
  imapPort: imap?.port ?? null,
  imapTls: imap?.tls ?? true,
  imapUser: imap?.user ?? null,
  imapPassword: imap?.password ?? null,
  imapFolder: imap?.folder ?? 'INBOX',
  imapProcessedFolder: imap?.processedFolder ?? null,
});

export async function listMailboxes(db: Db, organizationId: string): Promise<MailboxRow[]> {
  return db
    .select()
    .from(mailboxes)
    .where(eq(mailboxes.organizationId, organizationId))
    .orderBy(asc(mailboxes.address));
}

export async function getMailbox(db: Db, organizationId: string, id: string): Promise<MailboxRow> {
  const [row] = await db
    .select()
    .from(mailboxes)
    .where(and(eq(mailboxes.organizationId, organizationId), eq(mailboxes.id, id)));
  if (!row) throw notFound('Mailbox');
  return row;
}

export async function createMailbox(db: Db, organizationId: string, input: CreateMailboxInput, now: Date) {
  await getQueue(db, organizationId, input.queueId);
  try {
    const [row] = await db
      .insert(mailboxes)
      .values({
        id: newId(),
        organizationId,
        queueId: input.queueId,
        address: input.address,
        displayName: input.displayName,
        inboundKind: input.inboundKind,
        ...imapColumns(input.imap),
        smtpUrl: input.outboundSmtpUrl,
        signatures: input.signatures,
        autoAck: input.autoAck,
        autoAckTemplates: input.autoAckTemplates,
        active: input.active,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    return row!;
  } catch (err) {
    if (isUniqueViolation(err)) throw addressTaken();
    throw err;
  }
}

export async function updateMailbox(
  db: Db,
  organizationId: string,
  id: string,
  input: UpdateMailboxInput,
  now: Date,
) {
  await getMailbox(db, organizationId, id);
  if (input.queueId) await getQueue(db, organizationId, input.queueId);
  const { imap, outboundSmtpUrl, ...rest } = input;
  try {
    const [row] = await db
      .update(mailboxes)
      .set({
        ...rest,
        ...(imap !== undefined ? imapColumns(imap) : {}),
        ...(outboundSmtpUrl !== undefined ? { smtpUrl: outboundSmtpUrl } : {}),
        updatedAt: now,
      })
      .where(and(eq(mailboxes.organizationId, organizationId), eq(mailboxes.id, id)))
      .returning();
    return row!;
  } catch (err) {
    if (isUniqueViolation(err)) throw addressTaken();
    throw err;
  }
}

/** Active mailboxes with one of these addresses, in any organization (the SMTP listener routes by them). */
export async function findMailboxesByAddress(db: Db, addresses: string[]): Promise<MailboxRow[]> {
  const wanted = [...new Set(addresses.map((a) => a.toLowerCase()))];
  if (wanted.length === 0) return [];
  return db
    .select()
    .from(mailboxes)
    .where(and(inArray(mailboxes.address, wanted), eq(mailboxes.active, true)));
}

/** Addresses of the organization's own mailboxes (never acknowledged: mail loops). */
export async function ownAddresses(db: Db, organizationId: string): Promise<Set<string>> {
  const rows = await db
    .select({ address: mailboxes.address })
    .from(mailboxes)
    .where(eq(mailboxes.organizationId, organizationId));
  return new Set(rows.map((r) => r.address));
}
