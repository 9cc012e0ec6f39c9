import { and, count, eq, gt } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/crypto.ts';
import { textToHtml } from '../../platform/html.ts';
import { messages, presentMessage, type MessageRow, type TicketRow } from '../tickets/index.ts';
import type { ParsedEmail } from './email-parse.ts';
import { pickLocale } from './email-outbound.compose.ts';
import { insertOutbound } from './email-outbound.queue.ts';
import { ownAddresses } from './mailboxes.service.ts';
import { emailOutbound, type MailboxRow } from './email.table.ts';

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

async function acksInLastHour(db: Db, organizationId: string, address: string, now: Date) {
  const [row] = await db
    .select({ n: count() })
    .from(emailOutbound)
    .where(
      and(
        eq(emailOutbound.organizationId, organizationId),
        eq(emailOutbound.kind, 'auto_ack'),
        eq(emailOutbound.recipient, address),
        gt(emailOutbound.createdAt, new Date(now.getTime() - 3_600_000)),
      ),
    );
  return row?.n ?? 0;
}

/** Never to automatic mail, bounces, lists, ourselves, the mailer daemon, or past the hourly limit. */
async function mayAcknowledge(db: Db, mailbox: MailboxRow, mail: ParsedEmail, perHour: number, now: Date) {
  const to = mail.replyTo ?? mail.from?.address;
  if (!mailbox.autoAck || !to || mail.autoReply || mail.bounce || mail.listId) return null;
  if (/^(mailer-daemon|postmaster|no-?reply|noreply)@/.test(to)) return null;
  if ((await ownAddresses(db, mailbox.organizationId)).has(to)) return null;
  if ((await acksInLastHour(db, mailbox.organizationId, to, now)) >= perHour) return null;
  return to;
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
  const subject = renderTemplate(template.subject, values);
  const body = renderTemplate(template.body, values);
  const row: MessageRow = await db.transaction(async (tx) => {
    const [m] = await tx
      .insert(messages)
      .values({
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
      })
      .returning();
    await insertOutbound(tx, m!, {
      kind: 'auto_ack',
      recipient: to,
      subject: subject.includes(`[#${a.ticket.number}]`) ? subject : `${subject} [#${a.ticket.number}]`,
    });
    return m!;
  });
  return presentMessage(row, []);
}
