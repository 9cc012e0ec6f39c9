import type { CustomerEvent, CustomerEventType, IdentityKind } from '@kontakt/contracts';
import type { CustomerEventRow } from './customers.table.ts';

/** The other customer of a merge event: the source on the target's side, the target on the source's. */
export function mergePartnerId(row: CustomerEventRow): string | null {
  const data = row.data as { sourceId?: string; targetId?: string };
  if (row.type === 'customer.merged') return data.sourceId ?? null;
  if (row.type === 'customer.merged_into') return data.targetId ?? null;
  return null;
}

type StoredData = {
  changes?: CustomerEvent['changes'];
  identity?: { kind: IdentityKind; value?: string };
  identitiesMoved?: number;
  ticketsMoved?: number;
  /** What the merged-away customer was called when it was merged (its identities move away). */
  sourceLabel?: string | null;
};

/**
 * One history entry for a reader: who (`names` by actor id), when, what. `labels` names the other
 * customer of a merge by its id, now; the label recorded at the merge stands in when none is left.
 */
export function presentCustomerEvent(
  row: CustomerEventRow,
  names: Map<string, string>,
  labels: Map<string, string>,
): CustomerEvent {
  const data = row.data as StoredData;
  const partner = mergePartnerId(row);
  return {
    id: row.id,
    type: row.type as CustomerEventType,
    actor: {
      type: row.actorType,
      id: row.actorId,
      name: row.actorId ? (names.get(row.actorId) ?? null) : null,
    },
    ...(data.changes ? { changes: data.changes } : {}),
    ...(data.identity ? { identity: data.identity } : {}),
    ...(partner
      ? {
          merge: {
            customer: { id: partner, label: labels.get(partner) ?? data.sourceLabel ?? null },
            identitiesMoved: data.identitiesMoved ?? null,
            ticketsMoved: data.ticketsMoved ?? null,
          },
        }
      : {}),
    createdAt: row.createdAt.toISOString(),
  };
}
