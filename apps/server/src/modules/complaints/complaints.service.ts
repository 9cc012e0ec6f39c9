import { and, eq, inArray, sql } from 'drizzle-orm';
import type { CreateComplaintInput, UpdateComplaintInput } from '@kontakt/contracts';
import { complaintIssues, type ComplaintIssue } from '@kontakt/domain';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { isUniqueViolation } from '../../platform/db-errors.ts';
import type { Db } from '../../platform/db.ts';
import { recordAudit } from '../audit/index.ts';
import { attachments, getTicketForActor, lockTicket, recordTicketEvents, tickets } from '../tickets/index.ts';
import { clockColumns, complaintDeadline, deadlineColumns } from './complaint-clock.ts';
import { assertNoIssues, inputOf, productText, storedProtocol } from './complaint-protocol.ts';
import { getComplaintOfTicket, lockComplaint } from './complaints.repo.ts';
import { complaints, type ComplaintRow } from './complaints.table.ts';
import { presentComplaint } from './complaints.presenter.ts';

const exists = () => new AppError(409, 'complaint_exists', 'This ticket already has a complaint record.');

/** Attachments must be the ticket's own. */
async function attachmentIssues(db: Db, ticketId: string, ids: string[]): Promise<ComplaintIssue[]> {
  if (!ids.length) return [];
  const found = await db
    .select({ id: attachments.id })
    .from(attachments)
    .where(and(eq(attachments.ticketId, ticketId), inArray(attachments.id, ids)));
  const known = new Set(found.map((r) => r.id));
  return ids.some((id) => !known.has(id))
    ? [{ code: 'validation_failed', field: 'attachmentIds', message: 'An attachment is not on this ticket.' }]
    : [];
}

async function checkIntake(ctx: ServiceCtx, ticketId: string, input: CreateComplaintInput) {
  assertNoIssues([
    ...complaintIssues(input, ctx.now.getTime()),
    ...(await attachmentIssues(ctx.db, ticketId, input.attachmentIds)),
  ]);
}

/** The columns a (re)computed intake stores: protocol, search text, price, deadline, clock. */
function intakeColumns(input: CreateComplaintInput, row: Partial<ComplaintRow>, now: Date) {
  const protocol = storedProtocol(input);
  const deadline = complaintDeadline(
    input.regime,
    new Date(input.receivedAt),
    input.extended,
    row.extension?.agreedDueDate,
  );
  const cols = {
    jurisdiction: input.jurisdiction,
    regime: input.regime,
    receivedAt: new Date(input.receivedAt),
    protocol,
    productText: sql<string>`kontakt_fold(${productText(input.product)})`,
    priceMinor: protocol.price?.amountMinor ?? null,
    priceCurrency: protocol.price?.currency ?? null,
    ...deadlineColumns(deadline),
  };
  const clock = clockColumns(
    {
      regime: input.regime,
      deadline,
      answerSentAt: row.answerSentAt ?? null,
      answerDeliveredAt: row.answerDeliveredAt ?? null,
      decision: row.decision ?? null,
      alertD3At: row.alertD3At ?? null,
      alertD1At: row.alertD1At ?? null,
      missedAt: row.missedAt ?? null,
    },
    now,
  );
  return { ...cols, ...clock };
}

/**
 * Records the complaint of a ticket, in one transaction: the protocol, its statutory deadline
 * (rule and version by the receipt date) and the ticket's type set to `complaint`.
 */
export async function createComplaint(ctx: ServiceCtx, ticketId: string, input: CreateComplaintInput) {
  const visible = await getTicketForActor(ctx.db, ctx.actor, ticketId);
  if (visible.mergedIntoId)
    throw new AppError(409, 'ticket_merged', 'This ticket was merged into another one.');
  await checkIntake(ctx, ticketId, input);
  try {
    return await ctx.db.transaction(async (tx) => {
      const ticket = await lockTicket(tx, ctx.actor.organizationId, ticketId);
      const [taken] = await tx
        .select({ id: complaints.id })
        .from(complaints)
        .where(eq(complaints.ticketId, ticketId));
      if (taken) throw exists();
      const [row] = await tx
        .insert(complaints)
        .values({
          id: newId(),
          organizationId: ctx.actor.organizationId,
          ticketId,
          version: 1,
          // Nobody records it when the customer files it (portal: an api_token actor without a token).
          recordedById: ctx.actor.kind === 'api_token' && !ctx.actor.tokenId ? null : ctx.actor.agentId,
          ...intakeColumns(input, {}, ctx.now),
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning();
      const history: Array<{ kind: string; field?: string; from?: unknown; to?: unknown }> = [
        { kind: 'complaint_recorded', to: row!.deadline.dueDate },
      ];
      if (ticket.type !== 'complaint') {
        await tx
          .update(tickets)
          .set({ type: 'complaint', version: sql`${tickets.version} + 1`, updatedAt: ctx.now })
          .where(eq(tickets.id, ticketId));
        history.push({ kind: 'field_changed', field: 'type', from: ticket.type, to: 'complaint' });
      }
      await recordTicketEvents(tx, ticket, ctx.actor, ctx.now, history);
      return presentComplaint(row!, ticket.number, ctx.now);
    });
  } catch (err) {
    if (isUniqueViolation(err, 'complaints_ticket_id_key')) throw exists();
    throw err;
  }
}

/** The complaint of a ticket the actor sees; opening it is audited (personal data). */
export async function getComplaint(ctx: ServiceCtx, ticketId: string) {
  const ticket = await getTicketForActor(ctx.db, ctx.actor, ticketId);
  const row = await getComplaintOfTicket(ctx.db, ctx.actor.organizationId, ticketId);
  await recordAudit(ctx.db, {
    organizationId: ctx.actor.organizationId,
    actor: ctx.actor,
    action: 'complaint.viewed',
    subjectType: 'complaint',
    subjectId: row.id,
    meta: ctx.meta,
    at: ctx.now,
  });
  return presentComplaint(row, ticket.number, ctx.now);
}

/**
 * Changes protocol fields; the whole resulting record is checked again and the deadline
 * recomputed. Refused once decided (the decision was made on these facts).
 */
export async function updateComplaint(ctx: ServiceCtx, ticketId: string, input: UpdateComplaintInput) {
  const ticket = await getTicketForActor(ctx.db, ctx.actor, ticketId);
  const { version, ...patch } = input;
  return ctx.db.transaction(async (tx) => {
    const row = await lockComplaint(tx, ctx.actor.organizationId, ticketId, version);
    if (row.decision) throw new AppError(409, 'complaint_decided', 'A decided complaint cannot be changed.');
    const next: CreateComplaintInput = { ...inputOf(row), ...stripUndefined(patch) };
    await checkIntake({ ...ctx, db: tx }, ticketId, next);
    const [updated] = await tx
      .update(complaints)
      .set({ ...intakeColumns(next, row, ctx.now), version: row.version + 1, updatedAt: ctx.now })
      .where(eq(complaints.id, row.id))
      .returning();
    await recordTicketEvents(tx, ticket, ctx.actor, ctx.now, [
      { kind: 'complaint_updated', to: updated!.deadline.dueDate },
    ]);
    return presentComplaint(updated!, ticket.number, ctx.now);
  });
}

const stripUndefined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
