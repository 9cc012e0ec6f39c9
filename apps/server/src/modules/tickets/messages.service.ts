import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { CreateMessageInput, Message, TicketStatus } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { htmlToText, sanitizeHtml, textToHtml } from '../../platform/html.ts';
import type { EventBus } from '../../realtime/event-bus.ts';
import { agents } from '../agents/index.ts';
import { attachments, messages, tickets, type TicketRow } from './tickets.table.ts';
import { attachmentsByMessage, followerIdsByTicket, getTicketForActor, lockTicket } from './tickets.repo.ts';
import { presentMessage, presentTicket } from './tickets.presenter.ts';
import { recordTicketEvents } from './ticket-events.ts';
import { assertSolvable, assertTransition } from './ticket-validation.ts';
import { notify } from './notifications.service.ts';
import { queueEmailReply } from '../email/index.ts';
import { deleteDraftRow } from './drafts.repo.ts';
import { slaPatchFor } from '../sla/index.ts';
import { runAutomation } from '../automation/index.ts';

/** Sanitized HTML and its plain text, from either form of body. */
export function renderBody(body: { html?: string | undefined; text?: string | undefined }) {
  if (body.html !== undefined && body.html.trim()) {
    const html = sanitizeHtml(body.html);
    return { html, text: body.text?.trim() || htmlToText(html) };
  }
  const text = (body.text ?? '').trim();
  return { html: textToHtml(text), text };
}

/** What a message does to the ticket's status when none is asked for. */
function automaticStatus(ticket: TicketRow, input: CreateMessageInput): TicketStatus | undefined {
  if (input.kind === 'note') return undefined;
  if (
    input.author === 'customer' &&
    ['pending_customer', 'pending_third_party', 'solved', 'on_hold'].includes(ticket.status)
  )
    return 'open';
  if (input.author === 'agent' && ticket.status === 'new') return 'open';
  return undefined;
}

async function assertMentions(db: Db, organizationId: string, ids: string[]) {
  if (ids.length === 0) return;
  const found = await db
    .select({ id: agents.id })
    .from(agents)
    .where(and(eq(agents.organizationId, organizationId), inArray(agents.id, ids)));
  if (found.length !== new Set(ids).size)
    throw new AppError(404, 'not_found', 'A mentioned agent was not found.', { field: 'mentionIds' });
}

/**
 * Stores a message on a ticket in the caller's transaction: body sanitized, attachments bound,
 * ticket status and activity updated, mentions and followers notified, history recorded.
 * Returns null when `externalId` was already stored (a re-delivery).
 */
export async function insertMessage(
  tx: Db,
  ctx: ServiceCtx,
  ticket: TicketRow,
  input: CreateMessageInput,
): Promise<Message | null> {
  const org = ctx.actor.organizationId;
  const { html, text } = renderBody(input.body);
  const isAgent = input.author === 'agent';
  const [row] = await tx
    .insert(messages)
    .values({
      id: newId(),
      organizationId: org,
      ticketId: ticket.id,
      kind: input.kind,
      direction: input.kind === 'note' ? 'internal' : isAgent ? 'outbound' : 'inbound',
      authorType: isAgent ? 'agent' : 'customer',
      authorId: isAgent ? ctx.actor.agentId : ticket.customerId,
      channel: ticket.channel,
      bodyHtml: html,
      bodyText: text,
      externalId: input.externalId ?? null,
      mentions: input.kind === 'note' ? [...new Set(input.mentionIds)] : [],
      createdAt: ctx.now,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) return null;
  const files = input.attachmentIds.length
    ? await tx
        .update(attachments)
        .set({ messageId: row.id, ticketId: ticket.id })
        .where(
          and(
            eq(attachments.organizationId, org),
            inArray(attachments.id, input.attachmentIds),
            isNull(attachments.messageId),
          ),
        )
        .returning()
    : [];
  if (files.length !== new Set(input.attachmentIds).size) {
    throw new AppError(404, 'not_found', 'An attachment was not found or is already used.', {
      field: 'attachmentIds',
    });
  }
  const status = input.status ?? automaticStatus(ticket, input);
  if (status && status !== ticket.status) assertTransition(ticket.status, status);
  if (status === 'solved' && ticket.status !== 'solved') await assertSolvable(tx, ticket);
  const firstResponse = isAgent && input.kind === 'reply' && !ticket.firstResponseAt;
  // The SLA recomputed for this message goes into the ticket's one UPDATE (modules/sla).
  const sla = await slaPatchFor(tx, ticket.id, ctx.now, status ? { status } : {});
  await tx
    .update(tickets)
    .set({
      ...sla,
      lastActivityAt: ctx.now,
      updatedAt: ctx.now,
      version: sql`${tickets.version} + 1`,
      ...(status && status !== ticket.status
        ? { status, ...(status === 'solved' ? { solvedAt: ctx.now } : {}) }
        : {}),
      ...(firstResponse ? { firstResponseAt: ctx.now } : {}),
    })
    .where(eq(tickets.id, ticket.id));
  if (status && status !== ticket.status) {
    await recordTicketEvents(tx, ticket, ctx.actor, ctx.now, [
      { kind: 'field_changed', field: 'status', from: ticket.status, to: status },
    ]);
  }
  await notifyAbout(tx, ctx, ticket, row.id, input);
  // A public reply on an e-mail ticket is mailed to the customer (stored here, sent by a job).
  await queueEmailReply(tx, row);
  const message = { text, author: isAgent ? ('agent' as const) : ('customer' as const) };
  await runAutomation(tx, {
    organizationId: org,
    ticketId: ticket.id,
    event: 'message.received',
    message,
    now: ctx.now,
  });
  return presentMessage(row, files);
}

async function notifyAbout(
  tx: Db,
  ctx: ServiceCtx,
  ticket: TicketRow,
  messageId: string,
  input: CreateMessageInput,
) {
  const base = {
    organizationId: ticket.organizationId,
    ticketId: ticket.id,
    messageId,
    actorId: ctx.actor.agentId,
    now: ctx.now,
  };
  if (input.kind === 'note' && input.mentionIds.length)
    await notify(tx, { ...base, agentIds: input.mentionIds, kind: 'mention' });
  if (input.author === 'customer') {
    const followers = (await followerIdsByTicket(tx, [ticket.id])).get(ticket.id) ?? [];
    await notify(tx, {
      ...base,
      actorId: null,
      agentIds: [...followers, ...(ticket.assigneeId ? [ticket.assigneeId] : [])],
      kind: 'reply',
    });
  }
}

/** Adds a reply or note; the same `externalId` twice stores one message (answers the first). */
export async function addMessage(
  ctx: ServiceCtx,
  events: EventBus,
  ticketId: string,
  input: CreateMessageInput,
) {
  const visible = await getTicketForActor(ctx.db, ctx.actor, ticketId);
  if (visible.mergedIntoId)
    throw new AppError(409, 'ticket_merged', 'This ticket was merged into another one.', {
      targetId: visible.mergedIntoId,
    });
  if (input.kind === 'reply' && visible.status === 'closed') {
    throw new AppError(409, 'ticket_closed', 'This ticket is closed; reply in a follow-up ticket.');
  }
  await assertMentions(ctx.db, ctx.actor.organizationId, input.mentionIds);
  const result = await ctx.db.transaction(async (tx) => {
    const ticket = await lockTicket(tx, ctx.actor.organizationId, ticketId);
    const message = await insertMessage(tx, ctx, ticket, input);
    const [fresh] = await tx.select().from(tickets).where(eq(tickets.id, ticketId));
    const followers = (await followerIdsByTicket(tx, [ticketId])).get(ticketId) ?? [];
    // The sender's draft goes with the message it became, in the same transaction.
    const draftSent =
      message && input.author === 'agent' ? await deleteDraftRow(tx, ticketId, ctx.actor.agentId) : false;
    if (message) return { message, ticket: fresh!, followers, created: true, draftSent };
    const [existing] = await tx
      .select()
      .from(messages)
      .where(
        and(
          eq(messages.organizationId, ctx.actor.organizationId),
          eq(messages.channel, ticket.channel),
          eq(messages.externalId, input.externalId!),
        ),
      );
    if (!existing || existing.ticketId !== ticketId) {
      throw new AppError(409, 'conflict', 'This external id is already used by another ticket.', {
        field: 'externalId',
      });
    }
    const files = (await attachmentsByMessage(tx, [existing.id])).get(existing.id) ?? [];
    return {
      message: presentMessage(existing, files),
      ticket: fresh!,
      followers,
      created: false,
      draftSent: false,
    };
  });
  if (result.created) {
    const ticket = presentTicket(result.ticket, result.followers);
    events.publish([
      { type: 'message.created', organizationId: ctx.actor.organizationId, ticket, message: result.message },
      { type: 'ticket.updated', organizationId: ctx.actor.organizationId, ticket },
    ]);
  }
  if (result.draftSent) {
    const draft = {
      ticketId,
      agentId: ctx.actor.agentId,
      state: 'deleted' as const,
      at: ctx.now.toISOString(),
    };
    events.publish({ type: 'draft.changed', organizationId: ctx.actor.organizationId, draft });
  }
  return { message: result.message, created: result.created };
}
