import { and, asc, eq } from 'drizzle-orm';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { Readable } from 'node:stream';
import type { Db } from '../../platform/db.ts';
import { textToHtml } from '../../platform/html.ts';
import { customerIdentities } from '../customers/index.ts';
import { attachments, messages, tickets, type TicketRow } from '../tickets/index.ts';
import { emailMessages, mailboxes, type EmailOutboundRow, type MailboxRow } from './email.table.ts';
import { findOrganizationSettings } from '../organizations/index.ts';
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

/**
 * The ticket's e-mail thread in one read: the customer's last real (not automatic) inbound e-mail,
 * the one answered, and the thread's Message-IDs in order ending with it (the last 20), for References.
 */
async function thread(db: Db, ticketId: string) {
  const rows = await db
    .select()
    .from(emailMessages)
    .where(eq(emailMessages.ticketId, ticketId))
    .orderBy(asc(emailMessages.createdAt));
  const inboundNewestFirst = rows.filter((r) => r.direction === 'inbound').reverse();
  const inbound = inboundNewestFirst.find((r) => !r.autoReply && !r.bounce) ?? inboundNewestFirst[0] ?? null;
  const answered = inbound?.headerMessageId ?? null;
  const ids = [...new Set(rows.map((r) => r.headerMessageId))].filter((id) => id !== answered);
  if (answered) ids.push(answered);
  return { inbound, references: ids.slice(-20) };
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

/** Opens every file's bytes, or none: streams already opened are closed when one is missing. */
async function openAll(open: (sha256: string) => Promise<Readable>, files: Array<{ sha256: string }>) {
  const streams: Readable[] = [];
  try {
    for (const f of files) streams.push(await open(f.sha256));
    return streams;
  } catch (err) {
    for (const s of streams) s.destroy();
    throw err;
  }
}

const escapeHtml = (s: string) => textToHtml(s).replace(/^<p>|<\/p>$/g, '');

/** Builds the outbound e-mail of a queued ticket message: recipients, threading headers, signature, files. */
export async function composeEmail(
  db: Db,
  open: (sha256: string) => Promise<Readable>,
  row: EmailOutboundRow,
  opts: { domain: string; defaultFrom: string },
): Promise<ComposedEmail> {
  const [found] = await db
    .select({ ticket: tickets, message: messages })
    .from(messages)
    .innerJoin(tickets, eq(tickets.id, row.ticketId))
    .where(eq(messages.id, row.messageId));
  const { ticket, message } = found ?? {};
  if (!ticket || !message) throw new NoRecipient('the ticket or message no longer exists');
  const { inbound, references } = await thread(db, ticket.id);
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
  const signature = row.kind === 'reply' && mailbox ? pickLocale(mailbox.signatures, ticket.language) : null;
  const files = await db.select().from(attachments).where(eq(attachments.messageId, message.id));
  const contents = await openAll(open, files);
  const from = mailbox ? `"${mailbox.displayName.replace(/"/g, '')}" <${mailbox.address}>` : opts.defaultFrom;
  const subject =
    row.subject ??
    replySubject(
      ticket.subject,
      ticket.number,
      (await findOrganizationSettings(db, ticket.organizationId)).ticketReferencePrefix,
    );
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
    attachments: files.map((f, i) => ({
      filename: f.filename,
      contentType: f.contentType,
      content: contents[i]!,
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
