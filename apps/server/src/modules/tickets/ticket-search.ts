import { sql } from 'drizzle-orm';
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
