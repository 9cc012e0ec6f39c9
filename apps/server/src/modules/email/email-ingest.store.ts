import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/crypto.ts';
import {
  attachments,
  followerIdsByTicket,
  lockTicket,
  messages,
  nextTicketNumber,
  queues,
  notify,
  recordTicketEvents,
  refreshSearchText,
  tickets,
  type AttachmentRow,
  type MessageRow,
  type TicketRow,
} from '../tickets/index.ts';
import type { ParsedEmail } from './email-parse.ts';
import { emailMessageIds, emailMessages, type MailboxRow } from './email.table.ts';
import { ticketSubject } from './email-subject.ts';

/** Thrown inside the transaction when the Message-ID was stored meanwhile: everything rolls back. */
export class DuplicateEmail extends Error {}

export interface StoredFile {
  filename: string;
  contentType: string;
  contentId: string | null;
  sha256: string;
  size: number;
}

export interface InboundToStore {
  organizationId: string;
  mailbox: MailboxRow;
  mail: ParsedEmail;
  raw: { sha256: string; size: number };
  files: StoredFile[];
  customerId: string | null;
  language: 'pl' | 'cs' | 'en' | null;
  /** The ticket the message threads into; null opens a new ticket. */
  threadTicketId: string | null;
  now: Date;
}

const REOPENS = ['pending_customer', 'pending_third_party', 'solved', 'on_hold'];

async function openTicket(tx: Db, m: InboundToStore): Promise<TicketRow> {
  const number = await nextTicketNumber(tx, m.organizationId);
  const [queue] = await tx.select().from(queues).where(eq(queues.id, m.mailbox.queueId));
  const [row] = await tx
    .insert(tickets)
    .values({
      id: newId(),
      organizationId: m.organizationId,
      number,
      subject: ticketSubject(m.mail.subject),
      status: 'new',
      priority: 'normal',
      type: 'question',
      channel: 'email',
      queueId: m.mailbox.queueId,
      teamId: queue?.teamId ?? null,
      assigneeId: null,
      customerId: m.customerId,
      tags: m.mail.listId ? ['list'] : [],
      customFields: {},
      contactReasonId: null,
      language: m.language,
      version: 1,
      searchText: '',
      createdAt: m.now,
      updatedAt: m.now,
      lastActivityAt: m.now,
    })
    .returning();
  await recordTicketEvents(tx, row!, null, m.now, [
    { kind: 'created', to: { number, status: 'new', queueId: m.mailbox.queueId } },
  ]);
  return row!;
}

/** `cid:` links of the HTML pointed at the stored attachments (the ids stay on the files too). */
function linkInlineImages(html: string, files: Array<{ id: string; contentId: string | null }>): string {
  let out = html;
  for (const f of files) {
    if (f.contentId) out = out.split(`cid:${f.contentId}`).join(`/api/v1/attachments/${f.id}?inline=1`);
  }
  return out;
}

async function insertInboundMessage(
  tx: Db,
  ticket: TicketRow,
  m: InboundToStore,
): Promise<{ row: MessageRow; files: AttachmentRow[] }> {
  const fileIds = m.files.map((f) => ({ id: newId(), contentId: f.contentId }));
  const [row] = await tx
    .insert(messages)
    .values({
      id: newId(),
      organizationId: m.organizationId,
      ticketId: ticket.id,
      kind: 'reply',
      direction: 'inbound',
      authorType: 'customer',
      authorId: m.customerId,
      channel: 'email',
      bodyHtml: linkInlineImages(m.mail.html, fileIds),
      bodyText: m.mail.text,
      externalId: m.mail.messageId,
      mentions: [],
      createdAt: m.now,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new DuplicateEmail();
  const files = m.files.length
    ? await tx
        .insert(attachments)
        .values(
          m.files.map((f, i) => ({
            id: fileIds[i]!.id,
            organizationId: m.organizationId,
            ticketId: ticket.id,
            messageId: row.id,
            filename: f.filename,
            contentType: f.contentType,
            sizeBytes: f.size,
            sha256: f.sha256,
            contentId: f.contentId,
            createdAt: m.now,
          })),
        )
        .returning()
    : [];
  return { row, files };
}

/**
 * Claims the message's own Message-ID (a row left by an earlier child, "referenced but unseen",
 * is taken over) and records the ids it references so a parent arriving later finds this ticket.
 */
async function recordMessageIds(tx: Db, ticketId: string, messageId: string, m: InboundToStore) {
  const claimed = await tx
    .insert(emailMessageIds)
    .values({
      organizationId: m.organizationId,
      headerMessageId: m.mail.messageId,
      ticketId,
      messageId,
      createdAt: m.now,
    })
    .onConflictDoUpdate({
      target: [emailMessageIds.organizationId, emailMessageIds.headerMessageId],
      set: { messageId },
      setWhere: sql`${emailMessageIds.messageId} IS NULL`,
    })
    .returning();
  if (claimed.length === 0) throw new DuplicateEmail();
  const refs = [...new Set([...m.mail.inReplyTo, ...m.mail.references])].filter(
    (r) => r !== m.mail.messageId,
  );
  if (refs.length) {
    await tx
      .insert(emailMessageIds)
      .values(
        refs.map((r) => ({
          organizationId: m.organizationId,
          headerMessageId: r,
          ticketId,
          messageId: null,
          createdAt: m.now,
        })),
      )
      .onConflictDoNothing();
  }
}

/** Moves the ticket on: activity, reopening on a real customer reply, the `list` tag. */
async function touchTicket(tx: Db, ticket: TicketRow, m: InboundToStore, created: boolean) {
  const reopen = !created && !m.mail.autoReply && REOPENS.includes(ticket.status);
  const tags = m.mail.listId && !ticket.tags.includes('list') ? [...ticket.tags, 'list'] : ticket.tags;
  await tx
    .update(tickets)
    .set({
      lastActivityAt: m.now,
      updatedAt: m.now,
      version: sql`${tickets.version} + 1`,
      tags,
      ...(reopen ? { status: 'open' as const } : {}),
    })
    .where(eq(tickets.id, ticket.id));
  if (reopen)
    await recordTicketEvents(tx, ticket, null, m.now, [
      { kind: 'field_changed', field: 'status', from: ticket.status, to: 'open' },
    ]);
}

/**
 * Stores an inbound e-mail in one transaction: the ticket (found or opened), the message with
 * its files, the e-mail record and the Message-IDs. Throws DuplicateEmail on a re-delivery.
 */
export async function storeInbound(db: Db, m: InboundToStore) {
  return db.transaction(async (tx) => {
    const created = m.threadTicketId === null;
    const ticket = created
      ? await openTicket(tx, m)
      : await lockTicket(tx, m.organizationId, m.threadTicketId!);
    const { row, files } = await insertInboundMessage(tx, ticket, m);
    await recordMessageIds(tx, ticket.id, row.id, m);
    await tx.insert(emailMessages).values({
      messageId: row.id,
      organizationId: m.organizationId,
      ticketId: ticket.id,
      mailboxId: m.mailbox.id,
      direction: 'inbound',
      headerMessageId: m.mail.messageId,
      fromAddress: m.mail.from?.address ?? null,
      replyTo: m.mail.replyTo,
      toAddresses: m.mail.to,
      ccAddresses: m.mail.cc,
      subject: m.mail.subject,
      rawSha256: m.raw.sha256,
      rawSize: m.raw.size,
      autoReply: m.mail.autoReply,
      bounce: false,
      list: Boolean(m.mail.listId),
      createdAt: m.now,
    });
    await touchTicket(tx, ticket, m, created);
    if (created) await refreshSearchText(tx, ticket.id);
    if (!m.mail.autoReply) {
      const followers = (await followerIdsByTicket(tx, [ticket.id])).get(ticket.id) ?? [];
      await notify(tx, {
        organizationId: m.organizationId,
        agentIds: [...followers, ...(ticket.assigneeId ? [ticket.assigneeId] : [])],
        kind: 'reply',
        ticketId: ticket.id,
        messageId: row.id,
        actorId: null,
        now: m.now,
      });
    }
    const [fresh] = await tx
      .select()
      .from(tickets)
      .where(and(eq(tickets.organizationId, m.organizationId), eq(tickets.id, ticket.id)));
    return { ticket: fresh!, message: row, files, created };
  });
}
