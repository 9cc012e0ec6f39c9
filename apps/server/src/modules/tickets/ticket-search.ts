import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../http/actor.ts';
import { tickets } from './tickets.table.ts';
import { recordTicketEvents } from './ticket-events.ts';
import type { Db } from '../../platform/db.ts';

/**
 * Rebuilds a ticket's folded search text from its subject and its customer's name and identities.
 * Message bodies are searched through their own index.
 */
export async function refreshSearchText(db: Db, ticketId: string): Promise<void> {
  await db.execute(sql`
    UPDATE tickets t SET search_text = kontakt_fold(
      t.number::text || ' ' || t.subject || ' ' || coalesce((
        SELECT coalesce(c.name, '') || ' ' || coalesce(string_agg(i.value, ' '), '')
        FROM customers c LEFT JOIN customer_identities i ON i.customer_id = c.id
        WHERE c.id = t.customer_id GROUP BY c.id), ''))
    WHERE t.id = ${ticketId}`);
}

/**
 * Moves a customer's tickets to another customer (after a customer merge), in the caller's
 * transaction: history records the change and the search text follows the new customer.
 */
export async function reassignCustomerTickets(
  db: Db,
  opts: { organizationId: string; sourceId: string; targetId: string; actor: Actor | null; now: Date },
): Promise<number> {
  const moved = await db
    .update(tickets)
    .set({ customerId: opts.targetId, version: sql`${tickets.version} + 1`, updatedAt: opts.now })
    .where(and(eq(tickets.organizationId, opts.organizationId), eq(tickets.customerId, opts.sourceId)))
    .returning({ id: tickets.id, organizationId: tickets.organizationId });
  for (const t of moved) {
    await recordTicketEvents(db, t, opts.actor, opts.now, [
      { kind: 'field_changed', field: 'customerId', from: opts.sourceId, to: opts.targetId },
    ]);
    await refreshSearchText(db, t.id);
  }
  return moved.length;
}

/** Refreshes the search text of every ticket of a customer (after a rename or an identity change). */
export async function refreshCustomerTickets(
  db: Db,
  organizationId: string,
  customerId: string,
): Promise<void> {
  const rows = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(eq(tickets.organizationId, organizationId), eq(tickets.customerId, customerId)));
  for (const r of rows) await refreshSearchText(db, r.id);
}
