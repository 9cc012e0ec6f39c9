import { and, eq, isNotNull, isNull, lte } from 'drizzle-orm';
import { dueRefundAlerts } from '@kontakt/domain';
import type { Db } from '../../platform/db.ts';
import { notify, recordTicketEvents, tickets } from '../tickets/index.ts';
import { refundFacts } from './complaint-clock.ts';
import { complaints } from './complaints.table.ts';

/** Refund clocks are looked at from four days before their deadline (D−3 starts inside it). */
const LOOK_AHEAD_MS = 4 * 86_400_000;

/**
 * Announces refunds due soon (from D−3) and overdue, each once, to the ticket's handler: a
 * history event and a `complaint_due` notification. Safe to run twice (markers under the lock).
 */
export async function sweepRefunds(db: Db, now: Date, limit = 500): Promise<number> {
  const candidates = await db
    .select({ id: complaints.id })
    .from(complaints)
    .where(
      and(
        isNotNull(complaints.refundDeadlineAt),
        isNull(complaints.refundPaidAt),
        isNull(complaints.refundMissedAt),
        lte(complaints.refundDeadlineAt, new Date(now.getTime() + LOOK_AHEAD_MS)),
      ),
    )
    .limit(limit);
  let announced = 0;
  for (const { id } of candidates) {
    const fired = await db.transaction(async (tx) => {
      const [row] = await tx.select().from(complaints).where(eq(complaints.id, id)).for('update');
      const facts = row && refundFacts(row);
      if (!row || !facts) return false;
      const markers = {
        alertAt: row.refundAlertAt?.getTime() ?? null,
        missedAt: row.refundMissedAt?.getTime() ?? null,
      };
      const { due } = dueRefundAlerts(facts, markers, now.getTime());
      if (!due.length) return false;
      await tx
        .update(complaints)
        .set({
          ...(due.includes('due_soon') ? { refundAlertAt: now } : {}),
          ...(due.includes('overdue') ? { refundMissedAt: now } : {}),
        })
        .where(eq(complaints.id, id));
      const ticket = { id: row.ticketId, organizationId: row.organizationId };
      await recordTicketEvents(
        tx,
        ticket,
        null,
        now,
        due.map((a) => ({
          kind: a === 'overdue' ? 'complaint_refund_overdue' : 'complaint_refund_due_soon',
          to: facts.dueDate,
        })),
      );
      const [t] = await tx
        .select({ assigneeId: tickets.assigneeId })
        .from(tickets)
        .where(eq(tickets.id, row.ticketId));
      if (t?.assigneeId)
        await notify(tx, {
          organizationId: row.organizationId,
          agentIds: [t.assigneeId],
          kind: 'complaint_due',
          ticketId: row.ticketId,
          actorId: null,
          now,
        });
      return true;
    });
    if (fired) announced++;
  }
  return announced;
}
