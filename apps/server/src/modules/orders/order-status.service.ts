import { eq } from 'drizzle-orm';
import { ORDER_TRANSITIONS, type Order, type OrderStatusInput } from '@kontakt/contracts';
import type { AppDeps } from '../../http/deps.ts';
import { AppError } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { recordTicketEvents } from '../tickets/index.ts';
import { sendOrderConfirmation } from './order-confirmation.service.ts';
import { recordOrderEvent, type OrderActor } from './order-events.ts';
import { enqueueFulfilment, fulfilmentTarget } from './order-fulfilment.ts';
import { presentOrder } from './orders.presenter.ts';
import { lockOrder } from './orders.repo.ts';
import { orders, type OrderRow } from './orders.table.ts';

export type OrderDeps = Pick<AppDeps, 'db' | 'clock' | 'jobs' | 'log' | 'secrets' | 'config' | 'mailer'>;

const invalid = (from: string, to: string) =>
  new AppError(409, 'invalid_status_transition', `An order cannot go from ${from} to ${to}.`, { from, to });

/**
 * Moves an order's status along ORDER_TRANSITIONS, in one transaction with its history. Confirming
 * a draft also stores a fresh hand-off to fulfilment (when configured); after the commit the
 * customer is e-mailed the confirmation PDF and the hand-off job is enqueued.
 */
export async function changeOrderStatus(
  deps: OrderDeps,
  organizationId: string,
  number: number,
  input: OrderStatusInput & { version?: number },
  who: OrderActor,
): Promise<Order> {
  const now = deps.clock.now();
  const target = input.status === 'confirmed' ? await fulfilmentTarget(deps, organizationId) : null;
  const { row, order } = await deps.db.transaction(async (tx) => {
    const current = await lockOrder(tx, organizationId, number, input.version ?? null);
    if (!ORDER_TRANSITIONS[current.status].includes(input.status))
      throw invalid(current.status, input.status);
    const confirming = input.status === 'confirmed';
    const [updated] = await tx
      .update(orders)
      .set({
        status: input.status,
        ...(input.trackingNumber ? { trackingNumber: input.trackingNumber } : {}),
        ...(input.paymentStatus ? { payment: { ...current.payment, status: input.paymentStatus } } : {}),
        ...(confirming
          ? {
              confirmedAt: now,
              ...(target
                ? {
                    fulfilmentState: 'pending' as const,
                    fulfilmentDeliveryId: newId(),
                    fulfilmentAttempts: 0,
                    fulfilmentLastError: null,
                  }
                : {}),
            }
          : {}),
        version: current.version + 1,
        updatedAt: now,
      })
      .where(eq(orders.id, current.id))
      .returning();
    await recordOrderEvent(tx, current, who, now, {
      kind: 'status_changed',
      from: current.status,
      to: input.status,
      note: [input.note, input.trackingNumber].filter(Boolean).join(' · ') || null,
    });
    if (current.ticketId)
      await recordTicketEvents(tx, { id: current.ticketId, organizationId }, null, now, [
        { kind: 'order_status_changed', field: `order ${number}`, from: current.status, to: input.status },
      ]);
    return { row: updated!, order: await presentOrder(tx, updated!) };
  });
  if (input.status === 'confirmed') await afterConfirm(deps, row, order);
  return order;
}

/** The confirmation e-mail and the hand-off, once the confirmation is committed. */
async function afterConfirm(deps: OrderDeps, row: OrderRow, order: Order) {
  const sent = await sendOrderConfirmation(deps, order, row.organizationId);
  if (sent)
    await recordOrderEvent(deps.db, row, { type: 'system', id: null }, deps.clock.now(), {
      kind: 'confirmation_sent',
      note: sent.to,
    });
  await enqueueFulfilment(deps, row);
}

/** Hands a confirmed order whose hand-off failed (or never happened) to fulfilment again. */
export async function retryFulfilment(
  deps: OrderDeps,
  organizationId: string,
  number: number,
  who: OrderActor,
): Promise<Order> {
  const now = deps.clock.now();
  const target = await fulfilmentTarget(deps, organizationId);
  if (!target)
    throw new AppError(409, 'conflict', 'Set the fulfilment URL and secret in the order settings first.');
  const row = await deps.db.transaction(async (tx) => {
    const current = await lockOrder(tx, organizationId, number, null);
    if (
      current.status !== 'confirmed' ||
      current.fulfilmentState === 'pending' ||
      current.fulfilmentState === 'delivered'
    )
      throw new AppError(409, 'conflict', 'Only a confirmed order whose hand-off failed can be sent again.', {
        status: current.status,
        fulfilment: current.fulfilmentState,
      });
    const [updated] = await tx
      .update(orders)
      .set({
        fulfilmentState: 'pending',
        fulfilmentDeliveryId: newId(),
        fulfilmentAttempts: 0,
        fulfilmentLastError: null,
        version: current.version + 1,
        updatedAt: now,
      })
      .where(eq(orders.id, current.id))
      .returning();
    await recordOrderEvent(tx, current, who, now, { kind: 'fulfilment_retried' });
    return updated!;
  });
  await enqueueFulfilment(deps, row);
  return presentOrder(deps.db, row);
}
