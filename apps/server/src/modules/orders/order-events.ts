import type { OrderStatus } from '@kontakt/contracts';
import type { Actor } from '../../http/actor.ts';
import { newId } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db.ts';
import { orderEvents, type OrderActorType } from './orders.table.ts';

/** Who changed an order, as its history records it. */
export interface OrderActor {
  type: OrderActorType;
  id: string | null;
}

export const orderActorOf = (actor: Actor): OrderActor =>
  actor.kind === 'api_token'
    ? { type: 'api_token', id: actor.tokenId }
    : { type: 'agent', id: actor.agentId };

/** Appends to an order's history in the caller's transaction. */
export async function recordOrderEvent(
  db: Db,
  order: { id: string; organizationId: string },
  who: OrderActor,
  now: Date,
  e: { kind: string; from?: OrderStatus | null; to?: OrderStatus | null; note?: string | null },
): Promise<void> {
  await db.insert(orderEvents).values({
    id: newId(),
    organizationId: order.organizationId,
    orderId: order.id,
    kind: e.kind,
    fromStatus: e.from ?? null,
    toStatus: e.to ?? null,
    actorType: who.type,
    actorId: who.id,
    note: e.note ?? null,
    createdAt: now,
  });
}
