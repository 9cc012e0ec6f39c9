import { and, eq, inArray } from 'drizzle-orm';
import { markSlaFired } from '@kontakt/domain';
import type { Db } from '../../platform/db.ts';
import { agents, teamMembers } from '../agents/index.ts';
import { notify, recordTicketEvents, tickets, type TicketRow } from '../tickets/index.ts';
import { calendars } from './sla.table.ts';
import { runAutomation } from '../automation/index.ts';
import { ALWAYS_OPEN, toBusinessCalendar } from './holidays.ts';
import {
  pendingTimers,
  presentTargets,
  slaColumns,
  storedTargets,
  type SlaTimer,
  type StoredSla,
} from './sla-compute.ts';

async function calendarOf(tx: Db, sla: StoredSla, now: Date) {
  if (!sla.calendarId) return ALWAYS_OPEN;
  const [row] = await tx.select().from(calendars).where(eq(calendars.id, sla.calendarId));
  return row ? toBusinessCalendar(row, now) : ALWAYS_OPEN;
}

/** The leads among the members of the ticket's team. */
async function teamLeads(tx: Db, teamId: string | null): Promise<string[]> {
  if (!teamId) return [];
  const rows = await tx
    .select({ id: agents.id })
    .from(teamMembers)
    .innerJoin(agents, eq(agents.id, teamMembers.agentId))
    .where(and(eq(teamMembers.teamId, teamId), inArray(agents.role, ['lead'])));
  return rows.map((r) => r.id);
}

/**
 * History entry and in-app notices: a warning tells the assignee, a breach the assignee and team
 * leads. Returns the agents told of a breach (empty for warnings only).
 */
async function announce(tx: Db, ticket: TicketRow, fired: SlaTimer[], now: Date): Promise<string[]> {
  await recordTicketEvents(
    tx,
    ticket,
    null,
    now,
    fired.map((f) => ({
      kind: f.kind === 'breach' ? 'sla_breached' : 'sla_warning',
      field: f.target,
      to: new Date(f.at).toISOString(),
    })),
  );
  const assignee = ticket.assigneeId ? [ticket.assigneeId] : [];
  const leads = fired.some((f) => f.kind === 'breach') ? await teamLeads(tx, ticket.teamId) : [];
  const base = { organizationId: ticket.organizationId, ticketId: ticket.id, actorId: null, now };
  if (fired.some((f) => f.kind === 'breach')) {
    await notify(tx, { ...base, agentIds: [...assignee, ...leads], kind: 'sla_breach' });
    return [...new Set([...assignee, ...leads])];
  }
  await notify(tx, { ...base, agentIds: assignee, kind: 'sla_warning' });
  return [];
}

/** What one announcement fired, and whom it told of a breach (for the e-mail after commit). */
export interface SlaFired {
  ticket: TicketRow;
  fired: SlaTimer[];
  breachTold: string[];
}

/**
 * Announces every warning and breach of the ticket that is due at `now` and was not announced
 * yet — once: the announcement is recorded in the clock state under the ticket's row lock.
 * Returns the updated ticket with what fired, or null when nothing was due.
 */
export async function fireDueSla(db: Db, ticketId: string, now: Date): Promise<SlaFired | null> {
  return db.transaction(async (tx) => {
    const [ticket] = await tx.select().from(tickets).where(eq(tickets.id, ticketId)).for('update');
    const sla = ticket?.sla;
    if (!ticket || !sla) return null;
    const due = pendingTimers(sla).filter((t) => t.at <= now.getTime());
    if (due.length === 0) return null;
    let state = sla.state;
    for (const t of due)
      state = markSlaFired(state, t.target, t.kind, t.kind === 'breach' ? t.at : now.getTime());
    const cal = await calendarOf(tx, sla, now);
    const targets = presentTargets(state, storedTargets(sla.targets), cal, now.getTime(), sla.warningShare);
    const next: StoredSla = { ...sla, state, targets };
    const [updated] = await tx
      .update(tickets)
      .set({ sla: next, ...slaColumns(next) })
      .where(eq(tickets.id, ticketId))
      .returning();
    const breachTold = await announce(tx, updated!, due, now);
    const event = due.some((t) => t.kind === 'breach') ? 'sla.breach' : 'sla.warning';
    const after = await runAutomation(tx, { organizationId: updated!.organizationId, ticketId, event, now });
    return { ticket: after ?? updated!, fired: due, breachTold };
  });
}
