import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type {
  AmountInput,
  CreateReturnInput,
  ReturnListQuery,
  ReturnShipmentInput,
  UpdateReturnInput,
} from '@kontakt/contracts';
import { amountIssues, shipmentMovesForward, toAmount, type ComplaintIssue } from '@kontakt/domain';
import type { Actor, ServiceCtx } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { isUniqueViolation } from '../../platform/db-errors.ts';
import type { Db } from '../../platform/db.ts';
import { recordAudit } from '../audit/index.ts';
import { statutoryDeadline } from '../complaints/complaint-clock.ts';
import { assertNoIssues } from '../complaints/complaint-protocol.ts';
import {
  getTicketForActor,
  lockTicket,
  recordTicketEvents,
  tickets,
  visibleQueueIds,
} from '../tickets/index.ts';
import { presentReturn } from './returns.presenter.ts';
import { returns, type ReturnRow } from './returns.table.ts';

const issue = (code: ComplaintIssue['code'], field: string, message: string): ComplaintIssue => ({
  code,
  field,
  message,
});

/** Dates in the future, a notice before the start, wrong precision, a refund above the price. */
function returnIssues(r: CreateReturnInput, now: Date): ComplaintIssue[] {
  const out: ComplaintIssue[] = [];
  const start = new Date(r.startAt);
  if (start > now) out.push(issue('date_in_future', 'startAt', 'The start (last parcel) is in the future.'));
  if (r.noticeAt && new Date(r.noticeAt) > now)
    out.push(issue('date_in_future', 'noticeAt', 'The withdrawal notice is in the future.'));
  if (r.noticeAt && r.contractKind === 'services' && new Date(r.noticeAt) < start)
    out.push(issue('validation_failed', 'noticeAt', 'The notice cannot precede the contract.'));
  out.push(...amountIssues('price', r.price, null), ...amountIssues('refundAmount', r.refundAmount, r.price));
  return out;
}

/** The stored columns of a (re)computed record: amounts, both deadlines. */
function columns(r: CreateReturnInput) {
  const withdrawal = statutoryDeadline({
    ruleId: 'eu_withdrawal',
    jurisdiction: r.jurisdiction,
    startAt: new Date(r.startAt),
    informed: r.informed,
  });
  const refund = r.noticeAt
    ? statutoryDeadline({ ruleId: 'eu_refund', jurisdiction: r.jurisdiction, startAt: new Date(r.noticeAt) })
    : null;
  const amount = (a: AmountInput | null) => (a ? toAmount(a) : null);
  return {
    jurisdiction: r.jurisdiction,
    contractKind: r.contractKind,
    orderId: r.orderId,
    orderNumber: r.orderNumber,
    items: r.items,
    startAt: new Date(r.startAt),
    informed: r.informed,
    noticeAt: r.noticeAt ? new Date(r.noticeAt) : null,
    price: amount(r.price),
    refundAmount: amount(r.refundAmount),
    trackingNumber: r.trackingNumber,
    withdrawalDeadline: withdrawal,
    withdrawalDeadlineAt: new Date(withdrawal.deadlineAt),
    refundDeadline: refund,
    refundDeadlineAt: refund ? new Date(refund.deadlineAt) : null,
  };
}

/** The order must be the organization's when given (orders may not be installed: then it is refused). */
async function assertOrder(db: Db, organizationId: string, orderId: string | null) {
  if (!orderId) return;
  const result = await db.execute(sql`
    SELECT CASE WHEN to_regclass('public.orders') IS NULL THEN false
      ELSE EXISTS (SELECT 1 FROM orders WHERE id = ${orderId}::uuid AND organization_id = ${organizationId}::uuid)
    END AS ok`);
  const [row] = (result as unknown as { rows: Array<{ ok: boolean }> }).rows;
  if (!row?.ok) throw new AppError(404, 'not_found', 'The order was not found.', { field: 'orderId' });
}

const exists = () => new AppError(409, 'return_exists', 'This ticket already has a return record.');

/** Records the return / withdrawal of a ticket and sets its type to `return`, in one transaction. */
export async function createReturn(ctx: ServiceCtx, ticketId: string, input: CreateReturnInput) {
  await getTicketForActor(ctx.db, ctx.actor, ticketId);
  assertNoIssues(returnIssues(input, ctx.now));
  await assertOrder(ctx.db, ctx.actor.organizationId, input.orderId);
  try {
    return await ctx.db.transaction(async (tx) => {
      const ticket = await lockTicket(tx, ctx.actor.organizationId, ticketId);
      const [taken] = await tx.select({ id: returns.id }).from(returns).where(eq(returns.ticketId, ticketId));
      if (taken) throw exists();
      const [row] = await tx
        .insert(returns)
        .values({
          id: newId(),
          organizationId: ctx.actor.organizationId,
          ticketId,
          version: 1,
          ...columns(input),
          shipmentStatus: 'awaiting',
          shipmentHistory: [{ status: 'awaiting', at: ctx.now.toISOString() }],
          createdById: ctx.actor.agentId,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning();
      const history: Array<{ kind: string; field?: string; from?: unknown; to?: unknown }> = [
        { kind: 'return_recorded', to: row!.withdrawalDeadline.dueDate },
      ];
      if (ticket.type !== 'return') {
        await tx
          .update(tickets)
          .set({ type: 'return', version: sql`${tickets.version} + 1`, updatedAt: ctx.now })
          .where(eq(tickets.id, ticketId));
        history.push({ kind: 'field_changed', field: 'type', from: ticket.type, to: 'return' });
      }
      await recordTicketEvents(tx, ticket, ctx.actor, ctx.now, history);
      return presentReturn(row!, ticket.number, ctx.now);
    });
  } catch (err) {
    if (isUniqueViolation(err, 'returns_ticket_id_key')) throw exists();
    throw err;
  }
}

async function lockReturn(db: Db, organizationId: string, ticketId: string, version: number) {
  const [row] = await db
    .select()
    .from(returns)
    .where(and(eq(returns.organizationId, organizationId), eq(returns.ticketId, ticketId)))
    .for('update');
  if (!row) throw notFound('Return');
  if (row.version !== version)
    throw new AppError(
      409,
      'conflict',
      `Someone changed this return (now version ${row.version}). Reload it.`,
      {
        version: row.version,
      },
    );
  return row;
}

/** The return of a ticket the actor sees; opening it is audited (order and account details). */
export async function getReturn(ctx: ServiceCtx, ticketId: string) {
  const ticket = await getTicketForActor(ctx.db, ctx.actor, ticketId);
  const [row] = await ctx.db
    .select()
    .from(returns)
    .where(and(eq(returns.organizationId, ctx.actor.organizationId), eq(returns.ticketId, ticketId)));
  if (!row) throw notFound('Return');
  await recordAudit(ctx.db, {
    organizationId: ctx.actor.organizationId,
    actor: ctx.actor,
    action: 'return.viewed',
    subjectType: 'return',
    subjectId: row.id,
    meta: ctx.meta,
    at: ctx.now,
  });
  return presentReturn(row, ticket.number, ctx.now);
}

const back = (a: ReturnRow['price']): AmountInput | null =>
  a ? { amount: a.amount, currency: a.currency } : null;

/** Changes fields; the whole record is checked again and both clocks recomputed. */
export async function updateReturn(ctx: ServiceCtx, ticketId: string, input: UpdateReturnInput) {
  const ticket = await getTicketForActor(ctx.db, ctx.actor, ticketId);
  const { version, ...patch } = input;
  if (patch.orderId) await assertOrder(ctx.db, ctx.actor.organizationId, patch.orderId);
  return ctx.db.transaction(async (tx) => {
    const row = await lockReturn(tx, ctx.actor.organizationId, ticketId, version);
    const current: CreateReturnInput = {
      jurisdiction: row.jurisdiction,
      contractKind: row.contractKind,
      orderId: row.orderId,
      orderNumber: row.orderNumber,
      items: row.items,
      startAt: row.startAt.toISOString(),
      informed: row.informed,
      noticeAt: row.noticeAt?.toISOString() ?? null,
      price: back(row.price),
      refundAmount: back(row.refundAmount),
      trackingNumber: row.trackingNumber,
    };
    const next = {
      ...current,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    } as CreateReturnInput;
    assertNoIssues(returnIssues(next, ctx.now));
    const [updated] = await tx
      .update(returns)
      .set({ ...columns(next), version: row.version + 1, updatedAt: ctx.now })
      .where(eq(returns.id, row.id))
      .returning();
    await recordTicketEvents(tx, ticket, ctx.actor, ctx.now, [
      { kind: 'return_updated', to: updated!.withdrawalDeadline.dueDate },
    ]);
    return presentReturn(updated!, ticket.number, ctx.now);
  });
}

/** Moves the return shipment forward; `refunded` records the refund (stops the refund clock). */
export async function moveShipment(ctx: ServiceCtx, ticketId: string, input: ReturnShipmentInput) {
  const ticket = await getTicketForActor(ctx.db, ctx.actor, ticketId);
  return ctx.db.transaction(async (tx) => {
    const row = await lockReturn(tx, ctx.actor.organizationId, ticketId, input.version);
    if (!shipmentMovesForward(row.shipmentStatus, input.status))
      throw new AppError(
        409,
        'invalid_shipment_transition',
        `The shipment cannot go from ${row.shipmentStatus} to ${input.status}.`,
        { from: row.shipmentStatus, to: input.status },
      );
    const at = input.at ? new Date(input.at) : ctx.now;
    if (at > ctx.now)
      assertNoIssues([issue('date_in_future', 'at', 'The shipment status cannot change in the future.')]);
    if (at < row.startAt)
      assertNoIssues([issue('validation_failed', 'at', 'The shipment cannot move before the purchase.')]);
    const [updated] = await tx
      .update(returns)
      .set({
        shipmentStatus: input.status,
        shipmentHistory: [...row.shipmentHistory, { status: input.status, at: at.toISOString() }],
        ...(input.status === 'refunded' ? { refundedAt: at } : {}),
        version: row.version + 1,
        updatedAt: ctx.now,
      })
      .where(eq(returns.id, row.id))
      .returning();
    await recordTicketEvents(tx, ticket, ctx.actor, ctx.now, [
      { kind: 'return_shipment', field: 'shipmentStatus', from: row.shipmentStatus, to: input.status },
    ]);
    return presentReturn(updated!, ticket.number, ctx.now);
  });
}

/** Returns on tickets the actor sees, newest first, filtered by shipment status and refund state. */
export async function listReturns(db: Db, actor: Actor, q: ReturnListQuery, now: Date) {
  const visible = await visibleQueueIds(db, actor);
  const mine =
    visible === 'all'
      ? undefined
      : or(
          visible.length ? inArray(tickets.queueId, visible) : undefined,
          eq(tickets.assigneeId, actor.agentId),
        );
  const rows = await db
    .select({ row: returns, number: tickets.number })
    .from(returns)
    .innerJoin(tickets, eq(tickets.id, returns.ticketId))
    .where(
      and(
        eq(returns.organizationId, actor.organizationId),
        mine,
        q.shipment?.length ? inArray(returns.shipmentStatus, q.shipment) : undefined,
      ),
    )
    .orderBy(desc(returns.createdAt), desc(returns.id))
    // The refund state is computed at `now`, so it filters after the query (bounded by the limit × 4).
    .limit(q.refund?.length ? q.limit * 4 : q.limit);
  const items = rows.map((r) => presentReturn(r.row, r.number, now));
  return (q.refund?.length ? items.filter((i) => q.refund!.includes(i.refundState)) : items).slice(
    0,
    q.limit,
  );
}

/** The return of a ticket for the customer portal (the caller checked the ticket is the customer's). */
export async function getReturnForPortal(db: Db, organizationId: string, ticketId: string, now: Date) {
  const [hit] = await db
    .select({ row: returns, number: tickets.number })
    .from(returns)
    .innerJoin(tickets, eq(tickets.id, returns.ticketId))
    .where(and(eq(returns.organizationId, organizationId), eq(returns.ticketId, ticketId)));
  return hit ? presentReturn(hit.row, hit.number, now) : null;
}

/** The returns on these tickets (the portal passes the signed-in customer's ticket ids). */
export async function listReturnsForTickets(db: Db, organizationId: string, ticketIds: string[], now: Date) {
  if (!ticketIds.length) return [];
  const rows = await db
    .select({ row: returns, number: tickets.number })
    .from(returns)
    .innerJoin(tickets, eq(tickets.id, returns.ticketId))
    .where(and(eq(returns.organizationId, organizationId), inArray(returns.ticketId, ticketIds)))
    .orderBy(desc(returns.createdAt));
  return rows.map((r) => presentReturn(r.row, r.number, now));
}
