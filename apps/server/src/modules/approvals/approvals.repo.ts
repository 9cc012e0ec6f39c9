import { and, desc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ApprovalStatus, ReplyApproval } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import { agents } from '../agents/index.ts';
import { tickets } from '../tickets/tickets.table.ts';
import { replyApprovals, type ReplyApprovalRow } from './approvals.table.ts';

const decider = alias(agents, 'decider');

/** Minutes between two instants, one decimal. */
const minutes = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 6_000) / 10;

type Joined = {
  a: ReplyApprovalRow;
  ticketNumber: number;
  ticketSubject: string;
  authorName: string;
  decidedByName: string | null;
};

export const presentApproval = ({ a, ...j }: Joined, now: Date): ReplyApproval => ({
  id: a.id,
  ticketId: a.ticketId,
  ticketNumber: j.ticketNumber,
  ticketSubject: j.ticketSubject,
  authorId: a.authorId,
  authorName: j.authorName,
  bodyText: a.input.body.text ?? '',
  statusAfter: a.input.status ?? null,
  attachmentCount: a.input.attachmentIds?.length ?? 0,
  status: a.status,
  requestedAt: a.requestedAt.toISOString(),
  decidedAt: a.decidedAt?.toISOString() ?? null,
  decidedById: a.decidedById,
  decidedByName: j.decidedByName,
  note: a.note,
  edited: a.edited,
  messageId: a.messageId,
  waitingMinutes: minutes(a.requestedAt, a.decidedAt ?? now),
  version: a.version,
});

export async function findApprovals(
  db: Db,
  f: {
    organizationId: string;
    status?: ApprovalStatus;
    ticketId?: string;
    authorId?: string;
    id?: string;
    limit?: number;
  },
  now: Date,
): Promise<ReplyApproval[]> {
  const where: SQL[] = [eq(replyApprovals.organizationId, f.organizationId)];
  if (f.status) where.push(eq(replyApprovals.status, f.status));
  if (f.ticketId) where.push(eq(replyApprovals.ticketId, f.ticketId));
  if (f.authorId) where.push(eq(replyApprovals.authorId, f.authorId));
  if (f.id) where.push(eq(replyApprovals.id, f.id));
  const rows = await db
    .select({
      a: replyApprovals,
      ticketNumber: tickets.number,
      ticketSubject: tickets.subject,
      authorName: agents.name,
      decidedByName: decider.name,
    })
    .from(replyApprovals)
    .innerJoin(tickets, eq(tickets.id, replyApprovals.ticketId))
    .innerJoin(agents, eq(agents.id, replyApprovals.authorId))
    .leftJoin(decider, eq(decider.id, replyApprovals.decidedById))
    .where(and(...where))
    .orderBy(f.status === 'pending' ? replyApprovals.requestedAt : desc(replyApprovals.requestedAt))
    .limit(f.limit ?? 200);
  return rows.map((r) => presentApproval(r, now));
}
