import { eq } from 'drizzle-orm';
import type { CreateOrderInput, Locale, Order, OrderListQuery, UpdateOrderInput } from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError, badRequest } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db.ts';
import { recordAudit } from '../audit/index.ts';
import { resolveCustomer } from '../customers/index.ts';
import { getTicketForActor, recordTicketEvents } from '../tickets/index.ts';
import { orderActorOf, recordOrderEvent } from './order-events.ts';
import { priceItems, writeItems } from './order-items.ts';
import { presentOrder, presentSummaries } from './orders.presenter.ts';
import { getOrderByNumber, listOrderRows, lockOrder, takeOrderNumber } from './orders.repo.ts';
import { orders } from './orders.table.ts';

/** The ticket (visible to the actor) and customer an agent's order is for. */
async function resolveParties(ctx: ServiceCtx, input: CreateOrderInput) {
  const orgId = ctx.actor.organizationId;
  const ticket = input.ticketId ? await getTicketForActor(ctx.db, ctx.actor, input.ticketId) : null;
  const customerId = input.customerId ?? ticket?.customerId;
  if (!customerId) throw badRequest('The order needs a customer or a ticket.', { field: 'customerId' });
  // A merged-away customer stands for the one it was merged into.
  const customer = await resolveCustomer(ctx.db, orgId, customerId);
  return { ticket, customer };
}

/** Takes a draft order for a customer (optionally on a ticket), priced from the catalogue, in one transaction. */
export async function createOrder(ctx: ServiceCtx, input: CreateOrderInput): Promise<Order> {
  const orgId = ctx.actor.organizationId;
  const { ticket, customer } = await resolveParties(ctx, input);
  const language: Locale = input.language ?? customer.language ?? 'pl';
  return ctx.db.transaction(async (tx) => {
    const priced = await priceItems(tx, orgId, input.currency, input.items, { strictCatalogue: true });
    const id = newId();
    const number = await takeOrderNumber(tx, orgId);
    const [row] = await tx
      .insert(orders)
      .values({
        id,
        organizationId: orgId,
        number,
        customerId: customer.id,
        ticketId: ticket?.id ?? null,
        status: 'draft',
        currency: input.currency,
        language,
        netTotalMinor: priced.netTotalMinor,
        vatTotalMinor: priced.vatTotalMinor,
        grossTotalMinor: priced.grossTotalMinor,
        delivery: input.delivery,
        payment: input.payment,
        note: input.note,
        source: ctx.actor.kind === 'api_token' ? 'api' : 'agent',
        fulfilmentState: 'none',
        fulfilmentAttempts: 0,
        createdById: ctx.actor.agentId,
        version: 1,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await writeItems(tx, orgId, id, priced);
    await recordOrderEvent(tx, row!, orderActorOf(ctx.actor), ctx.now, { kind: 'created', to: 'draft' });
    if (ticket)
      await recordTicketEvents(tx, ticket, ctx.actor, ctx.now, [{ kind: 'order_created', to: number }]);
    return presentOrder(tx, row!);
  });
}

/** Changes a draft's lines, delivery, payment or note, based on the version read. */
export async function updateOrder(ctx: ServiceCtx, number: number, input: UpdateOrderInput): Promise<Order> {
  const orgId = ctx.actor.organizationId;
  return ctx.db.transaction(async (tx) => {
    const row = await lockOrder(tx, orgId, number, input.version);
    if (row.status !== 'draft')
      throw new AppError(409, 'order_not_editable', 'Only a draft order can be changed.', {
        status: row.status,
      });
    const priced = input.items
      ? await priceItems(tx, orgId, row.currency, input.items, { strictCatalogue: true })
      : null;
    if (priced) await writeItems(tx, orgId, row.id, priced);
    const [updated] = await tx
      .update(orders)
      .set({
        ...(priced
          ? {
              netTotalMinor: priced.netTotalMinor,
              vatTotalMinor: priced.vatTotalMinor,
              grossTotalMinor: priced.grossTotalMinor,
            }
          : {}),
        delivery: input.delivery ?? row.delivery,
        payment: input.payment ?? row.payment,
        note: input.note ?? row.note,
        version: row.version + 1,
        updatedAt: ctx.now,
      })
      .where(eq(orders.id, row.id))
      .returning();
    await recordOrderEvent(tx, row, orderActorOf(ctx.actor), ctx.now, { kind: 'changed' });
    return presentOrder(tx, updated!);
  });
}

/** One order by its number; opening it (delivery address, contact) is audited. */
export async function getOrder(ctx: ServiceCtx, number: number): Promise<Order> {
  const row = await getOrderByNumber(ctx.db, ctx.actor.organizationId, number);
  await recordAudit(ctx.db, {
    organizationId: ctx.actor.organizationId,
    actor: ctx.actor,
    action: 'order.viewed',
    subjectType: 'order',
    subjectId: row.id,
    meta: ctx.meta,
    at: ctx.now,
  });
  return presentOrder(ctx.db, row);
}

export async function listOrders(db: Db, organizationId: string, q: OrderListQuery) {
  return presentSummaries(db, await listOrderRows(db, organizationId, q));
}
