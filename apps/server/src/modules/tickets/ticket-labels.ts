import type { Db } from '../../platform/db.ts';
import { customerLabels } from '../customers/index.ts';

/** Adds `customerLabel` to presented tickets with one query for the whole page. */
export async function labelTickets<T extends { customerId: string | null }>(
  db: Db,
  organizationId: string,
  items: T[],
): Promise<Array<T & { customerLabel: string | null }>> {
  const ids = items.map((t) => t.customerId).filter((id): id is string => id !== null);
  const labels = await customerLabels(db, organizationId, ids);
  return items.map((t) => ({
    ...t,
    customerLabel: t.customerId ? (labels.get(t.customerId) ?? null) : null,
  }));
}
