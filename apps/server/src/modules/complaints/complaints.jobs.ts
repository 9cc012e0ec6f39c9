import { and, asc, eq, isNotNull, lte } from 'drizzle-orm';
import { dueComplaintAlerts, type ComplaintAlert } from '@kontakt/domain';
import type { AppDeps } from '../../http/deps.ts';
import type { Db } from '../../platform/db.ts';
import { agents, teamMembers } from '../agents/index.ts';
import { notify, recordTicketEvents, tickets } from '../tickets/index.ts';
import { clockColumns, clockFacts } from './complaint-clock.ts';
import { complaints, type ComplaintRow } from './complaints.table.ts';
import { sweepRefunds } from './complaint-refund.jobs.ts';
import { confirmAnswerDeliveries } from './complaint-letter.service.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'log'>;

/** The ticket's assignee (the handler) and the leads of its team. */
async function handlerAndLeads(
  tx: Db,
  ticketId: string,
): Promise<{ organizationId: string; ids: string[] } | null> {
  const [t] = await tx
    .select({
      organizationId: tickets.organizationId,
      assigneeId: tickets.assigneeId,
      teamId: tickets.teamId,
    })
    .from(tickets)
    .where(eq(tickets.id, ticketId));
  if (!t) return null;
  const leads = t.teamId
    ? await tx
        .select({ id: agents.id })
        .from(teamMembers)
        .innerJoin(agents, eq(agents.id, teamMembers.agentId))
        .where(and(eq(teamMembers.teamId, t.teamId), eq(agents.role, 'lead')))
    : [];
  return {
    organizationId: t.organizationId,
    ids: [...(t.assigneeId ? [t.assigneeId] : []), ...leads.map((l) => l.id)],
  };
}

const HISTORY: Record<ComplaintAlert, (row: ComplaintRow) => string> = {
  d3: () => 'complaint_due_soon',
  d1: () => 'complaint_due_tomorrow',
  missed: (row) => (row.regime === 'cz_consumer' ? 'complaint_overdue' : 'complaint_deemed_accepted'),
};
const MARKER = { d3: 'alertD3At', d1: 'alertD1At', missed: 'missedAt' } as const;

/**
 * Announces what is due on one complaint at `now` — D−3, D−1, missed — each once: the marker
 * columns are set under the row lock, so a second run (or a concurrent sweep) finds nothing.
 */
export async function fireComplaintAlerts(db: Db, complaintId: string, now: Date): Promise<ComplaintAlert[]> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(complaints).where(eq(complaints.id, complaintId)).for('update');
    if (!row) return [];
    const markers = {
      alertD3At: row.alertD3At?.getTime() ?? null,
      alertD1At: row.alertD1At?.getTime() ?? null,
      missedAt: row.missedAt?.getTime() ?? null,
    };
    const { due } = dueComplaintAlerts(clockFacts(row), markers, now.getTime());
    const marks = Object.fromEntries(due.map((a) => [MARKER[a], now]));
    const next = { ...row, ...marks };
    await tx
      .update(complaints)
      .set({ ...marks, ...clockColumns(next, now) })
      .where(eq(complaints.id, row.id));
    if (!due.length) return due;
    await recordTicketEvents(
      tx,
      { id: row.ticketId, organizationId: row.organizationId },
      null,
      now,
      due.map((a) => ({ kind: HISTORY[a](row), to: row.deadline.dueDate })),
    );
    const who = await handlerAndLeads(tx, row.ticketId);
    if (who)
      await notify(tx, {
        organizationId: who.organizationId,
        agentIds: who.ids,
        kind: 'complaint_due',
        ticketId: row.ticketId,
        actorId: null,
        now,
      });
    return due;
  });
}

/**
 * Moves every complaint whose next check is due (alerts and stored state), announces refund
 * clocks due soon or overdue, and confirms answers sent without a bounce; safe to run twice.
 */
export async function sweepComplaints(deps: Deps, limit = 500): Promise<number> {
  const now = deps.clock.now();
  const due = await deps.db
    .select({ id: complaints.id })
    .from(complaints)
    .where(and(isNotNull(complaints.nextCheckAt), lte(complaints.nextCheckAt, now)))
    .orderBy(asc(complaints.nextCheckAt))
    .limit(limit);
  let announced = 0;
  for (const { id } of due) if ((await fireComplaintAlerts(deps.db, id, now)).length) announced++;
  announced += await sweepRefunds(deps.db, now, limit);
  await confirmAnswerDeliveries(deps.db, now, limit);
  return announced;
}
