import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/crypto.ts';
import { textToHtml } from '../../platform/html.ts';
import { messages, notify, recordTicketEvents, tickets } from '../tickets/index.ts';
import type { ParsedEmail } from './email-parse.ts';
import { DuplicateEmail } from './email-ingest.store.ts';
import { onAnswerEmailBounced } from '../complaints/complaint-letter.service.ts';
import { emailMessageIds, emailMessages, emailOutbound, type MailboxRow } from './email.table.ts';

/**
 * A delivery status notification: the outbound message it reports on is marked bounced with the
 * reason, a system note is added to its ticket, an `email_bounced` event recorded and the author
 * notified. Returns null when the report concerns no message Kontakt sent.
 */
export async function recordBounce(
  db: Db,
  b: { mailbox: MailboxRow; mail: ParsedEmail; raw: { sha256: string; size: number }; now: Date },
) {
  const org = b.mailbox.organizationId;
  const ids = b.mail.report?.originalMessageIds ?? [];
  if (ids.length === 0) return null;
  const [original] = await db
    .select()
    .from(emailOutbound)
    .where(and(eq(emailOutbound.organizationId, org), inArray(emailOutbound.headerMessageId, ids)));
  if (!original) return null;
  const reason = b.mail.report?.reason ?? 'delivery failed';
  return db.transaction(async (tx) => {
    const noteId = newId();
    const text = `The e-mail could not be delivered: ${reason}`;
    await tx.insert(messages).values({
      id: noteId,
      organizationId: org,
      ticketId: original.ticketId,
      kind: 'note',
      direction: 'internal',
      authorType: 'system',
      authorId: null,
      channel: 'email',
      bodyHtml: textToHtml(text),
      bodyText: text,
      externalId: null,
      mentions: [],
      createdAt: b.now,
    });
    const claimed = await tx
      .insert(emailMessageIds)
      .values({
        organizationId: org,
        headerMessageId: b.mail.messageId,
        ticketId: original.ticketId,
        messageId: noteId,
        createdAt: b.now,
      })
      .onConflictDoNothing()
      .returning();
    if (claimed.length === 0) throw new DuplicateEmail();
    await tx.insert(emailMessages).values({
      messageId: noteId,
      organizationId: org,
      ticketId: original.ticketId,
      mailboxId: b.mailbox.id,
      direction: 'inbound',
      headerMessageId: b.mail.messageId,
      fromAddress: b.mail.from?.address ?? null,
      replyTo: null,
      toAddresses: b.mail.to,
      ccAddresses: b.mail.cc,
      subject: b.mail.subject,
      rawSha256: b.raw.sha256,
      rawSize: b.raw.size,
      autoReply: false,
      bounce: true,
      list: false,
      createdAt: b.now,
    });
    await tx
      .update(emailOutbound)
      .set({ status: 'bounced', error: reason, updatedAt: b.now })
      .where(eq(emailOutbound.id, original.id));
    await onAnswerEmailBounced(tx, { messageId: original.messageId, at: b.now });
    const ticket = { id: original.ticketId, organizationId: org };
    await recordTicketEvents(tx, ticket, null, b.now, [
      { kind: 'email_bounced', to: { messageId: original.messageId, reason } },
    ]);
    const [sent] = await tx.select().from(messages).where(eq(messages.id, original.messageId));
    if (sent?.authorType === 'agent' && sent.authorId) {
      await notify(tx, {
        organizationId: org,
        agentIds: [sent.authorId],
        kind: 'reply',
        ticketId: original.ticketId,
        messageId: noteId,
        actorId: null,
        now: b.now,
      });
    }
    const [t] = await tx.select().from(tickets).where(eq(tickets.id, original.ticketId));
    return { ticket: t!, noteId, originalMessageId: original.messageId, reason };
  });
}
