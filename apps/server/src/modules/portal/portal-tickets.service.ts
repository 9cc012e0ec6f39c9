import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { PortalTicket, PortalTicketStatus, PortalTicketSummary, TicketStatus } from '@kontakt/contracts';
import type { AppDeps } from '../../http/deps.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { Db } from '../../platform/db.ts';
import { agents } from '../agents/index.ts';
import {
  attachments,
  attachmentsByMessage,
  followerIdsByTicket,
  insertMessage,
  lockTicket,
  messages,
  presentTicket,
  tickets,
  type TicketRow,
} from '../tickets/index.ts';
import type { PortalCustomer } from './portal-auth.service.ts';
import { portalActor } from './portal-http.ts';

/** Where a ticket stands, in the customer's words. */
export function portalStatus(status: TicketStatus): PortalTicketStatus {
  if (status === 'pending_customer') return 'waiting_for_you';
  if (status === 'solved' || status === 'closed') return status;
  return 'open';
}

const summary = (t: TicketRow): PortalTicketSummary => ({
  id: t.id,
  number: t.number,
  subject: t.subject,
  status: portalStatus(t.status),
  type: t.type,
  createdAt: t.createdAt.toISOString(),
  lastActivityAt: t.lastActivityAt.toISOString(),
});

/** The customer's tickets, latest activity first (merged-away tickets live on in their target). */
export async function listPortalTickets(db: Db, who: PortalCustomer): Promise<PortalTicketSummary[]> {
  const rows = await db
    .select()
    .from(tickets)
    .where(
      and(
        eq(tickets.organizationId, who.org.id),
        eq(tickets.customerId, who.customerId),
        isNull(tickets.mergedIntoId),
      ),
    )
    .orderBy(desc(tickets.lastActivityAt), desc(tickets.id))
    .limit(200);
  return rows.map(summary);
}

/** One of the customer's own tickets; any other (another customer's, another organization's) is 404. */
export async function ownTicket(db: Db, who: PortalCustomer, ticketId: string): Promise<TicketRow> {
  const [row] = await db
    .select()
    .from(tickets)
    .where(
      and(
        eq(tickets.organizationId, who.org.id),
        eq(tickets.id, ticketId),
        eq(tickets.customerId, who.customerId),
        isNull(tickets.mergedIntoId),
      ),
    );
  if (!row) throw notFound('Ticket');
  return row;
}

/** A ticket with its public messages only: internal notes never leave the agent app. */
export async function getPortalTicket(db: Db, who: PortalCustomer, ticketId: string): Promise<PortalTicket> {
  const ticket = await ownTicket(db, who, ticketId);
  const rows = await db
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.organizationId, who.org.id),
        eq(messages.ticketId, ticket.id),
        eq(messages.kind, 'reply'),
      ),
    )
    .orderBy(asc(messages.createdAt), asc(messages.id));
  const files = await attachmentsByMessage(
    db,
    rows.map((m) => m.id),
  );
  const agentIds = [
    ...new Set(rows.filter((m) => m.authorType === 'agent' && m.authorId).map((m) => m.authorId!)),
  ];
  const names = new Map(
    agentIds.length
      ? (
          await db
            .select({ id: agents.id, name: agents.name })
            .from(agents)
            .where(and(eq(agents.organizationId, who.org.id), inArray(agents.id, agentIds)))
        ).map((a) => [a.id, a.name])
      : [],
  );
  return {
    ...summary(ticket),
    canReply: ticket.status !== 'closed',
    messages: rows.map((m) => ({
      id: m.id,
      from: m.authorType === 'customer' ? ('customer' as const) : ('organization' as const),
      authorName: m.authorType === 'agent' && m.authorId ? (names.get(m.authorId) ?? null) : null,
      text: m.bodyText,
      attachments: (files.get(m.id) ?? []).map((a) => ({
        id: a.id,
        filename: a.filename,
        size: a.sizeBytes,
        contentType: a.contentType,
      })),
      createdAt: m.createdAt.toISOString(),
    })),
  };
}

/**
 * The customer's reply: stored as their inbound message through the same service the e-mail and
 * chat channels use (status reopened, SLA, automation, notifications), then announced live.
 */
export async function replyFromPortal(deps: AppDeps, who: PortalCustomer, ticketId: string, text: string) {
  const now = deps.clock.now();
  const own = await ownTicket(deps.db, who, ticketId);
  if (own.status === 'closed')
    throw new AppError(409, 'ticket_closed', 'This request is closed. Start a new one instead.');
  const ctx = {
    db: deps.db,
    actor: portalActor(who.org.id),
    meta: { ip: null, userAgent: null },
    now,
  };
  const result = await deps.db.transaction(async (tx) => {
    const ticket = await lockTicket(tx, who.org.id, own.id);
    const stored = await insertMessage(tx, { ...ctx, db: tx }, ticket, {
      kind: 'reply',
      author: 'customer',
      body: { text },
      mentionIds: [],
      attachmentIds: [],
    });
    const [fresh] = await tx.select().from(tickets).where(eq(tickets.id, ticket.id));
    const followers = (await followerIdsByTicket(tx, [ticket.id])).get(ticket.id) ?? [];
    return { stored: stored!, ticket: presentTicket(fresh!, followers) };
  });
  deps.events.publish([
    { type: 'message.created', organizationId: who.org.id, ticket: result.ticket, message: result.stored },
    { type: 'ticket.updated', organizationId: who.org.id, ticket: result.ticket },
  ]);
  return getPortalTicket(deps.db, who, own.id);
}

/** A file on a public message of one of the customer's tickets; anything else is 404. */
export async function ownAttachment(db: Db, who: PortalCustomer, attachmentId: string) {
  const [row] = await db
    .select({ file: attachments })
    .from(attachments)
    .innerJoin(messages, eq(messages.id, attachments.messageId))
    .innerJoin(tickets, eq(tickets.id, attachments.ticketId))
    .where(
      and(
        eq(attachments.organizationId, who.org.id),
        eq(attachments.id, attachmentId),
        eq(messages.kind, 'reply'),
        eq(tickets.customerId, who.customerId),
      ),
    );
  if (!row) throw notFound('Attachment');
  return row.file;
}
