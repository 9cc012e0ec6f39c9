import type { Actor } from '../../http/actor.ts';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/crypto.ts';
import { customerEvents } from './customers.table.ts';

/** What happened to a customer; `data` holds what a reader of the history needs (old values too). */
export type CustomerEventType =
  | 'customer.created'
  | 'customer.updated'
  | 'customer.identity_added'
  | 'customer.identity_removed'
  | 'customer.merged'
  | 'customer.merged_into';

/** Who did it: an agent, an API token, or Kontakt itself (channels creating customers). */
export type EventActor = Pick<Actor, 'kind' | 'agentId' | 'tokenId'> | { kind: 'system' };

export interface CustomerEventInput {
  organizationId: string;
  customerId: string;
  type: CustomerEventType;
  actor: EventActor;
  data?: Record<string, unknown>;
  at: Date;
}

/** Appends to the customer's history; pass the transaction that makes the change. */
export async function recordCustomerEvent(db: Db, e: CustomerEventInput): Promise<void> {
  const a = e.actor;
  await db.insert(customerEvents).values({
    id: newId(),
    organizationId: e.organizationId,
    customerId: e.customerId,
    type: e.type,
    actorType: a.kind,
    actorId: a.kind === 'agent' ? a.agentId : a.kind === 'api_token' ? a.tokenId : null,
    data: e.data ?? {},
    createdAt: e.at,
  });
}
