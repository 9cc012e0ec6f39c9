import { and, eq, inArray, or } from 'drizzle-orm';
import type {
  ApproveReplyInput,
  CreateMessageInput,
  ReplyApproval,
  ReturnReplyInput,
} from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError, conflict, forbidden, notFound } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db.ts';
import type { EventBus } from '../../realtime/event-bus.ts';
import { agents, teamMembers } from '../agents/index.ts';
import { addMessage } from '../tickets/messages.service.ts';
import { notify } from '../tickets/notifications.service.ts';
import { getTicketForActor } from '../tickets/tickets.repo.ts';
import { queues } from '../tickets/tickets.table.ts';
import { findApprovals } from './approvals.repo.ts';
import { replyApprovals, replyReviewQueues, type ReplyApprovalRow } from './approvals.table.ts';

async function levelOf(db: Db, agentId: string) {
  const [row] = await db.select({ level: agents.level }).from(agents).where(eq(agents.id, agentId));
  return row?.level ?? 'regular';
}

/** Seniors and leads approve; admins too. */
export async function mayApprove(ctx: ServiceCtx): Promise<boolean> {
  if (ctx.actor.role === 'lead' || ctx.actor.role === 'admin') return true;
  return ctx.actor.role === 'agent' && (await levelOf(ctx.db, ctx.actor.agentId)) === 'senior';
}

/** Who is asked: seniors and leads of the queue's team, else every lead and admin. */
async function approversFor(db: Db, organizationId: string, queueId: string, authorId: string) {
  const [queue] = await db.select({ teamId: queues.teamId }).from(queues).where(eq(queues.id, queueId));
  const rows = queue?.teamId
    ? await db
        .select({ id: agents.id })
        .from(teamMembers)
        .innerJoin(agents, eq(agents.id, teamMembers.agentId))
        .where(
          and(
            eq(teamMembers.teamId, queue.teamId),
            eq(agents.active, true),
            or(eq(agents.level, 'senior'), eq(agents.role, 'lead')),
          ),
        )
    : [];
  const ids = rows.map((r) => r.id).filter((id) => id !== authorId);
  if (ids.length) return ids;
  const leads = await db
    .select({ id: agents.id })
    .from(agents)
    .where(
      and(
        eq(agents.organizationId, organizationId),
        eq(agents.active, true),
        inArray(agents.role, ['lead', 'admin']),
      ),
    );
  return leads.map((r) => r.id).filter((id) => id !== authorId);
}

/**
 * Holds a junior's public reply for approval when the ticket's queue asks for it: stores it and
 * asks the approvers. Returns null when the reply may go out now (not a junior, a note, a chat,
 * or a queue without review).
 */
export async function holdReplyForApproval(
  ctx: ServiceCtx,
  ticketId: string,
  input: CreateMessageInput,
): Promise<ReplyApproval | null> {
  if (input.kind !== 'reply' || input.author !== 'agent' || ctx.actor.kind !== 'agent') return null;
  if ((await levelOf(ctx.db, ctx.actor.agentId)) !== 'junior') return null;
  const ticket = await getTicketForActor(ctx.db, ctx.actor, ticketId);
  if (ticket.channel === 'chat') return null;
  const [reviewed] = await ctx.db
    .select({ id: replyReviewQueues.queueId })
    .from(replyReviewQueues)
    .where(eq(replyReviewQueues.queueId, ticket.queueId));
  if (!reviewed) return null;
  if (ticket.status === 'closed')
    throw new AppError(409, 'ticket_closed', 'This ticket is closed; reply in a follow-up ticket.');
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(replyApprovals).values({
      id,
      organizationId: ctx.actor.organizationId,
      ticketId,
      authorId: ctx.actor.agentId,
      input: { body: input.body, status: input.status, attachmentIds: input.attachmentIds },
      status: 'pending',
      requestedAt: ctx.now,
      edited: false,
      version: 1,
    });
    await notify(tx, {
      organizationId: ctx.actor.organizationId,
      agentIds: await approversFor(tx, ctx.actor.organizationId, ticket.queueId, ctx.actor.agentId),
      kind: 'approval_requested',
      ticketId,
      actorId: ctx.actor.agentId,
      now: ctx.now,
    });
  });
  return (await findApprovals(ctx.db, { organizationId: ctx.actor.organizationId, id }, ctx.now))[0]!;
}

async function loadForDecision(ctx: ServiceCtx, id: string, version: number): Promise<ReplyApprovalRow> {
  const [row] = await ctx.db
    .select()
    .from(replyApprovals)
    .where(and(eq(replyApprovals.organizationId, ctx.actor.organizationId), eq(replyApprovals.id, id)));
  if (!row) throw notFound('Reply');
  if (!(await mayApprove(ctx))) throw notFound('Reply');
  await getTicketForActor(ctx.db, ctx.actor, row.ticketId);
  if (row.authorId === ctx.actor.agentId) throw forbidden('Nobody approves their own reply.');
  if (row.status !== 'pending')
    throw new AppError(409, 'approval_decided', 'This reply has already been decided.');
  if (row.version !== version) throw conflict('Someone changed this reply in the meantime.');
  return row;
}

/** Compare-and-set on the version: two approvers at once → one wins, the other gets 409. */
async function decide(db: Db, row: ReplyApprovalRow, patch: Partial<ReplyApprovalRow>) {
  const done = await db
    .update(replyApprovals)
    .set({ ...patch, version: row.version + 1 })
    .where(and(eq(replyApprovals.id, row.id), eq(replyApprovals.version, row.version)))
    .returning({ id: replyApprovals.id });
  if (!done.length) throw new AppError(409, 'approval_decided', 'This reply has already been decided.');
}

/**
 * Approves a held reply, optionally edited: it is sent as the junior's reply through the normal
 * path (idempotent by the approval's id, so a retry after a crash never sends it twice).
 */
export async function approveReply(
  ctx: ServiceCtx,
  events: EventBus,
  id: string,
  input: ApproveReplyInput,
): Promise<ReplyApproval> {
  const row = await loadForDecision(ctx, id, input.version);
  const [author] = await ctx.db.select({ role: agents.role }).from(agents).where(eq(agents.id, row.authorId));
  // Sent first, as the junior's reply: if it cannot go out (ticket closed), the reply stays
  // pending; two approvers at once send it once (same external id) and one of them gets 409.
  const asAuthor: ServiceCtx = {
    ...ctx,
    actor: { ...ctx.actor, agentId: row.authorId, role: author?.role ?? 'agent' },
  };
  const { message } = await addMessage(asAuthor, events, row.ticketId, {
    kind: 'reply',
    author: 'agent',
    body: input.body ?? row.input.body,
    ...(row.input.status ? { status: row.input.status } : {}),
    mentionIds: [],
    attachmentIds: row.input.attachmentIds ?? [],
    externalId: `approval:${row.id}`,
  });
  await decide(ctx.db, row, {
    status: 'approved',
    decidedAt: ctx.now,
    decidedById: ctx.actor.agentId,
    edited: Boolean(input.body),
    messageId: message.id,
  });
  return (await findApprovals(ctx.db, { organizationId: ctx.actor.organizationId, id }, ctx.now))[0]!;
}

/** Returns a held reply to its author with a note; they change it and send it again. */
export async function returnReply(
  ctx: ServiceCtx,
  id: string,
  input: ReturnReplyInput,
): Promise<ReplyApproval> {
  const row = await loadForDecision(ctx, id, input.version);
  await ctx.db.transaction(async (tx) => {
    await decide(tx, row, {
      status: 'returned',
      decidedAt: ctx.now,
      decidedById: ctx.actor.agentId,
      note: input.note,
    });
    await notify(tx, {
      organizationId: ctx.actor.organizationId,
      agentIds: [row.authorId],
      kind: 'approval_returned',
      ticketId: row.ticketId,
      actorId: ctx.actor.agentId,
      now: ctx.now,
    });
  });
  return (await findApprovals(ctx.db, { organizationId: ctx.actor.organizationId, id }, ctx.now))[0]!;
}

/** The author takes back a reply still waiting. */
export async function withdrawReply(ctx: ServiceCtx, id: string): Promise<void> {
  const [row] = await ctx.db
    .select()
    .from(replyApprovals)
    .where(and(eq(replyApprovals.organizationId, ctx.actor.organizationId), eq(replyApprovals.id, id)));
  if (!row || row.authorId !== ctx.actor.agentId) throw notFound('Reply');
  if (row.status !== 'pending')
    throw new AppError(409, 'approval_decided', 'This reply has already been decided.');
  await decide(ctx.db, row, { status: 'withdrawn', decidedAt: ctx.now });
}

/** Approvers see every reply; others only their own. */
export async function listApprovals(
  ctx: ServiceCtx,
  q: { status?: ReplyApproval['status']; ticketId?: string; limit: number },
): Promise<ReplyApproval[]> {
  if (q.ticketId) await getTicketForActor(ctx.db, ctx.actor, q.ticketId);
  const approver = await mayApprove(ctx);
  return findApprovals(
    ctx.db,
    { organizationId: ctx.actor.organizationId, ...q, ...(approver ? {} : { authorId: ctx.actor.agentId }) },
    ctx.now,
  );
}

export async function reviewQueueIds(ctx: ServiceCtx): Promise<string[]> {
  const rows = await ctx.db
    .select({ id: replyReviewQueues.queueId })
    .from(replyReviewQueues)
    .where(eq(replyReviewQueues.organizationId, ctx.actor.organizationId));
  return rows.map((r) => r.id);
}

/** Sets which queues hold juniors' replies (admins). */
export async function setReviewQueues(ctx: ServiceCtx, queueIds: string[]): Promise<string[]> {
  const org = ctx.actor.organizationId;
  const ids = [...new Set(queueIds)];
  if (ids.length) {
    const known = await ctx.db
      .select({ id: queues.id })
      .from(queues)
      .where(and(eq(queues.organizationId, org), inArray(queues.id, ids)));
    if (known.length !== ids.length)
      throw new AppError(400, 'validation_failed', 'Some queues do not exist.', { field: 'queueIds' });
  }
  await ctx.db.transaction(async (tx) => {
    await tx.delete(replyReviewQueues).where(eq(replyReviewQueues.organizationId, org));
    if (ids.length)
      await tx.insert(replyReviewQueues).values(ids.map((queueId) => ({ queueId, organizationId: org })));
  });
  return reviewQueueIds(ctx);
}
