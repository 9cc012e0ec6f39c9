import { and, asc, desc, eq } from 'drizzle-orm';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { Readable } from 'node:stream';
import type { Db } from '../../platform/db.ts';
import { textToHtml } from '../../platform/html.ts';
import { customerIdentities } from '../customers/index.ts';
import { attachments, messages, tickets, type TicketRow } from '../tickets/index.ts';
import { emailMessages, mailboxes, type EmailOutboundRow, type MailboxRow } from './email.table.ts';
import { replySubject } from './email-subject.ts';

/** A message ready for SMTP: headers fixed once, so every retry sends the same bytes. */
export interface ComposedEmail {
  headerMessageId: string;
  from: string;
  to: string;
  cc: string[];
  subject: string;
  inReplyTo: string | null;
  references: string[];
  mailbox: MailboxRow | null;
  raw: Buffer;
}

export class NoRecipient extends Error {}

const LOCALES = ['pl', 'cs', 'en'] as const;
/** The text for the ticket's language, else the first one there is. */
export function pickLocale<T>(byLocale: Partial<Record<string, T>>, language: string | null): T | null {
  for (const l of [language, ...LOCALES]) if (l && byLocale[l] !== undefined) return byLocale[l]!;
  return null;
}

/** The customer's last real (not automatic) inbound e-mail on the ticket. */
async function lastInbound(db: Db, ticketId: string) {
  const rows = await db
    .select()
    .from(emailMessages)
    .where(and(eq(emailMessages.ticketId, ticketId), eq(emailMessages.direction, 'inbound')))
    .orderBy(desc(emailMessages.createdAt))
    .limit(20);
  return rows.find((r) => !r.autoReply && !r.bounce) ?? rows[0] ?? null;
}

async function mailboxFor(db: Db, ticket: TicketRow, mailboxId: string | null): Promise<MailboxRow | null> {
  const org = eq(mailboxes.organizationId, ticket.organizationId);
  if (mailboxId) {
    const [m] = await db
      .select()
      .from(mailboxes)
      .where(and(org, eq(mailboxes.id, mailboxId)));
    if (m) return m;
  }
  const [byQueue] = await db
    .select()
    .from(mailboxes)
    .where(and(org, eq(mailboxes.queueId, ticket.queueId)));
  if (byQueue) return byQueue;
  const [any] = await db.select().from(mailboxes).where(org).orderBy(asc(mailboxes.createdAt)).limit(1);
  return any ?? null;
}

async function customerAddress(db: Db, customerId: string | null): Promise<string | null> {
  if (!customerId) return null;
  const [row] = await db
    .select({ value: customerIdentities.value })
    .from(customerIdentities)
    .where(and(eq(customerIdentities.customerId, customerId), eq(customerIdentities.kind, 'email')))
    .orderBy(asc(customerIdentities.createdAt))
    .limit(1);
  return row?.value ?? null;
}

/** The thread's Message-IDs in order, ending with the one answered; the last 20. */
async function threadIds(db: Db, ticketId: string, answered: string | null): Promise<string[]> {
  const rows = await db
    .select({ id: emailMessages.headerMessageId })
    .from(emailMessages)
    .where(eq(emailMessages.ticketId, ticketId))
    .orderBy(asc(emailMessages.createdAt));
  const ids = [...new Set(rows.map((r) => r.id))].filter((id) => id !== answered);
  if (answered) ids.push(answered);
  return ids.slice(-20);
}

const escapeHtml = (s: string) => textToHtml(s).replace(/^<p>|<\/p>$/g, '');

/** Builds the outbound e-mail of a queued ticket message: recipients, threading headers, signature, files. */
export async function composeEmail(
  db: Db,
  open: (sha256: string) => Readable,
  row: EmailOutboundRow,
  opts: { domain: string; defaultFrom: string },
): Promise<ComposedEmail> {
  const [ticket] = await db.select().from(tickets).where(eq(tickets.id, row.ticketId));
  const [message] = await db.select().from(messages).where(eq(messages.id, row.messageId));
  if (!ticket || !message) throw new NoRecipient('the ticket or message no longer exists');
  const inbound = await lastInbound(db, ticket.id);
  const mailbox = await mailboxFor(db, ticket, inbound?.mailboxId ?? null);
  const to =
    row.recipient ??
    inbound?.replyTo ??
    inbound?.fromAddress ??
    (await customerAddress(db, ticket.customerId));
  if (!to) throw new NoRecipient('the customer has no e-mail address');
  const own = new Set([mailbox?.address, to].filter(Boolean));
  const cc = row.kind === 'reply' ? [...new Set(inbound?.ccAddresses ?? [])].filter((a) => !own.has(a)) : [];
  const headerMessageId = `<${row.messageId}@${opts.domain}>`;
  const references = await threadIds(db, ticket.id, inbound?.headerMessageId ?? null);
  const signature = row.kind === 'reply' && mailbox ? pickLocale(mailbox.signatures, ticket.language) : null;
  const files = await db.select().from(attachments).where(eq(attachments.messageId, message.id));
  const from = mailbox ? `"${mailbox.displayName.replace(/"/g, '')}" <${mailbox.address}>` : opts.defaultFrom;
  const subject = row.subject ?? replySubject(ticket.subject, ticket.number);
  const composer = new MailComposer({
    from,
    to,
    cc,
    subject,
    messageId: headerMessageId,
    inReplyTo: inbound?.headerMessageId ?? undefined,
    references: references.length ? references.join(' ') : undefined,
    date: message.createdAt,
    text: signature ? `${message.bodyText}\n\n-- \n${signature}` : message.bodyText,
    html: signature
      ? `${message.bodyHtml}<div data-kontakt-signature="">-- <br>${escapeHtml(signature)}</div>`
      : message.bodyHtml,
    headers:
      row.kind === 'auto_ack' ? { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' } : {},
    attachments: files.map((f) => ({
      filename: f.filename,
      contentType: f.contentType,
      content: open(f.sha256),
      ...(f.contentId ? { cid: f.contentId } : {}),
    })),
  });
  const raw = await composer.compile().build();
  return {
    headerMessageId,
    from,
    to,
    cc,
    subject,
    inReplyTo: inbound?.headerMessageId ?? null,
    references,
    mailbox,
    raw,
  };
}
