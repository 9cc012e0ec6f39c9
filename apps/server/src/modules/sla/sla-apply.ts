import { eq } from 'drizzle-orm';
import { applySlaEvent, type SlaEvent, type SlaState } from '@kontakt/domain';
import type { Db } from '../../platform/db.ts';
import { tickets, type TicketRow } from '../tickets/index.ts';
import { ALWAYS_OPEN, toBusinessCalendar } from './holidays.ts';
import { loadSlaInputs, type HeardMessage, type SlaInputs, type SlaTicket } from './sla-load.ts';
import { matchPolicy, targetsFor } from './sla-policy-match.ts';
import { presentTargets, slaColumns, type StoredSla } from './sla-compute.ts';

/** Messages not heard yet: after `seenAt`, or at it but not among the ids heard then. */
const unheard = (msgs: HeardMessage[], prev: StoredSla | null) =>
  prev
    ? msgs.filter((m) => m.at > prev.seenAt || (m.at === prev.seenAt && !prev.seenIds.includes(m.id)))
    : msgs;

/** The history since the last recomputation, in time order (status and priority changes at `now`). */
function newEvents(ticket: SlaTicket, prev: SlaState | null, msgs: HeardMessage[], now: number): SlaEvent[] {
  const created = ticket.createdAt.getTime();
  const events: SlaEvent[] = [];
  if (!prev) events.push({ kind: 'created', at: created, status: ticket.status, priority: ticket.priority });
  for (const m of msgs)
    events.push({
      kind: m.author === 'agent' ? 'agent_reply' : 'customer_message',
      at: Math.max(m.at, created),
    });
  if (prev && prev.status !== ticket.status) events.push({ kind: 'status', at: now, status: ticket.status });
  if (prev && prev.priority !== ticket.priority)
    events.push({ kind: 'priority', at: now, priority: ticket.priority });
  return events;
}

/** The ticket's SLA after hearing what happened since it was last computed. */
export function recomputeSla(inputs: SlaInputs, now: Date): StoredSla | null {
  const { ticket, policies } = inputs;
  const prev = ticket.sla;
  if (!prev && policies.length === 0) return null;
  const msgs = unheard(inputs.messages, prev);
  let state = prev?.state ?? null;
  let at = state ? 0 : ticket.createdAt.getTime();
  for (const e of newEvents(ticket, state, msgs, now.getTime())) {
    at = Math.max(at, e.at); // never backwards, whatever the stored instants say
    state = applySlaEvent(state, { ...e, at });
  }
  const policy = matchPolicy(policies, {
    ...ticket,
    customerFlags: inputs.customerFlags,
    companyId: inputs.companyId,
  });
  const cal = inputs.calendar ? toBusinessCalendar(inputs.calendar, now) : ALWAYS_OPEN;
  const seenAt = msgs.length ? msgs.at(-1)!.at : (prev?.seenAt ?? 0);
  const warningShare = policy?.warningShare ?? 0.8;
  return {
    policyId: policy?.id ?? null,
    calendarId: inputs.calendar?.id ?? null,
    warningShare,
    state: state!,
    targets: policy
      ? presentTargets(state!, targetsFor(policy.targets, state!.priority), cal, now.getTime(), warningShare)
      : [],
    seenAt,
    seenIds: [
      ...(prev?.seenAt === seenAt ? prev.seenIds : []),
      ...msgs.filter((m) => m.at === seenAt).map((m) => m.id),
    ],
  };
}

/** Ticket fields the caller is about to change in its own UPDATE (the recomputation hears them). */
export type SlaChanges = Partial<Pick<TicketRow, 'status' | 'priority' | 'queueId' | 'type' | 'channel'>>;

/**
 * The SLA columns to write for a ticket in the caller's transaction, after the change that may
 * move it (created, customer message, public agent reply, status or priority change) — for the
 * caller to put into the UPDATE it sends anyway (one UPDATE per message instead of two). `changes`
 * are the fields that UPDATE is about to set. One light read (sla-load.ts); nothing when the SLA
 * did not change. Warning and breach jobs follow after commit (sla-jobs.ts).
 */
export async function slaPatchFor(
  tx: Db,
  ticketId: string,
  now: Date,
  changes: SlaChanges = {},
): Promise<Partial<TicketRow>> {
  const inputs = await loadSlaInputs(tx, ticketId);
  if (!inputs) return {};
  const sla = recomputeSla({ ...inputs, ticket: { ...inputs.ticket, ...changes } }, now);
  if (JSON.stringify(sla) === JSON.stringify(inputs.ticket.sla)) return {};
  return { sla, ...slaColumns(sla) };
}

/**
 * Recomputes a ticket's SLA in the caller's transaction and writes it (its own UPDATE, when
 * something changed) — for callers that have no UPDATE of their own to fold it into.
 * Returns the columns it changed, for the caller's copy of the ticket.
 */
export async function applySla(tx: Db, ticketId: string, now: Date): Promise<Partial<TicketRow>> {
  const patch = await slaPatchFor(tx, ticketId, now);
  if (Object.keys(patch).length) await tx.update(tickets).set(patch).where(eq(tickets.id, ticketId));
  return patch;
}
