import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/crypto.ts';
import { textToHtml } from '../../platform/html.ts';
import { findOrganizationSettings } from '../organizations/index.ts';
import { messages, presentMessage, type MessageRow, type TicketRow } from '../tickets/index.ts';
import type { ParsedEmail } from './email-parse.ts';
import { pickLocale } from './email-outbound.compose.ts';
import { outboundValues } from './email-outbound.queue.ts';
import { withTicketReference } from './email-subject.ts';
import { emailOutbound, mailboxes, type MailboxRow } from './email.table.ts';

/** Fills {{customer.name}}, {{ticket.number}}, {{ticket.subject}}. */
export function renderTemplate(
  template: string,
  values: { customerName: string; ticketNumber: number; ticketSubject: string },
): string {
  return template
    .replace(/\{\{\s*customer\.name\s*\}\}/g, values.customerName)
    .replace(/\{\{\s*ticket\.number\s*\}\}/g, String(values.ticketNumber))
    .replace(/\{\{\s*ticket\.subject\s*\}\}/g, values.ticketSubject);
}

/** In one query: is `address` one of the organization's own mailboxes, and how many acks did it get this hour. */
async function ackHistory(db: Db, organizationId: string, address: string, now: Date) {
  const [row] = await db
    .select({
      n: count(),
      own: sql<boolean>`EXISTS (SELECT 1 FROM ${mailboxes} WHERE ${mailboxes.organizationId} = ${organizationId}
        AND ${mailboxes.address} = ${address})`,
    })
    .from(emailOutbound)
    .where(
      and(
        eq(emailOutbound.organizationId, organizationId),
        eq(emailOutbound.kind, 'auto_ack'),
        eq(emailOutbound.recipient, address),
        gt(emailOutbound.createdAt, new Date(now.getTime() - 3_600_000)),
      ),
    );
  return { own: row?.own === true, recent: row?.n ?? 0 };
}

/** Never to automatic mail, bounces, lists, ourselves, the mailer daemon, or past the hourly limit. */
async function mayAcknowledge(db: Db, mailbox: MailboxRow, mail: ParsedEmail, perHour: number, now: Date) {
  const to = mail.replyTo ?? mail.from?.address;
  if (!mailbox.autoAck || !to || mail.autoReply || mail.bounce || mail.listId) return null;
  if (/^(mailer-daemon|postmaster|no-?reply|noreply)@/.test(to)) return null;
  const history = await ackHistory(db, mailbox.organizationId, to, now);
  return history.own || history.recent >= perHour ? null : to;
}

/**
 * Acknowledges a new e-mail ticket with the mailbox's template in the ticket's language: stored as
 * a system message on the ticket and queued like a reply (so it threads). Returns the message, or
 * null when no acknowledgement is due.
 */
export async function acknowledgeTicket(
  db: Db,
  a: {
    mailbox: MailboxRow;
    mail: ParsedEmail;
    ticket: TicketRow;
    customerName: string | null;
    perHour: number;
    now: Date;
  },
) {
  const to = await mayAcknowledge(db, a.mailbox, a.mail, a.perHour, a.now);
  const template = to ? pickLocale(a.mailbox.autoAckTemplates, a.ticket.language) : null;
  if (!to || !template) return null;
  const values = {
    customerName: a.customerName ?? a.mail.from?.name ?? to,
    ticketNumber: a.ticket.number,
    ticketSubject: a.ticket.subject,
  };
  const { ticketReferencePrefix } = await findOrganizationSettings(db, a.ticket.organizationId);
  const subject = withTicketReference(
    renderTemplate(template.subject, values),
    a.ticket.number,
    ticketReferencePrefix,
  );
  const body = renderTemplate(template.body, values);
  const row: MessageRow = {
    id: newId(),
    organizationId: a.ticket.organizationId,
    ticketId: a.ticket.id,
    kind: 'reply',
    direction: 'outbound',
    authorType: 'system',
    authorId: null,
    channel: 'email',
    bodyHtml: textToHtml(body),
    bodyText: body,
    externalId: null,
    mentions: [],
    createdAt: a.now,
  };
  // One statement, so the message is never stored without its mail (nor the other way round).
  const message = db.$with('ack_message').as(db.insert(messages).values(row).returning({ id: messages.id }));
  await db
    .with(message)
    .insert(emailOutbound)
    .values(outboundValues(row, { kind: 'auto_ack', recipient: to, subject }));
  return presentMessage(row, []);
}
