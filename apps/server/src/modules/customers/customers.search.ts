import { inArray, sql } from 'drizzle-orm';
import { normalizeEmail, normalizePhone } from '@kontakt/domain';
import { queryRows, type Db } from '../../platform/db.ts';

import { customers, type CustomerRow } from './customers.table.ts';

/** Identity values `q` could be exactly: as typed, as an e-mail address, as a phone number. */
function exactCandidates(q: string, defaultCountry: string): string[] {
  const values = [q.trim(), normalizeEmail(q), normalizePhone(q, defaultCountry)];
  return [...new Set(values.filter((v): v is string => !!v))];
}

/**
 * Digits of a query that looks like (part of) a phone number. Trigrams do not fit phone numbers
 * (`601 234 567` shares few with `+48601234567`), so these are matched as a substring instead.
 */
function phoneDigits(q: string): string | null {
  const digits = q.replace(/\D/g, '');
  return /^[\d\s+()./-]+$/.test(q) && digits.length >= 3 ? digits : null;
}

/**
 * Customers matching `q`, best first: exact identity matches, then names and identities whose
 * folded text (lower case, no diacritics) resembles `q` by trigram word similarity (served by
 * the kontakt_fold GIN indexes), then by recency. Merged customers never appear.
 */
export async function searchCustomers(
  db: Db,
  organizationId: string,
  q: string,
  limit: number,
  defaultCountry: string,
): Promise<CustomerRow[]> {
  const folded = sql`kontakt_fold(${q})`;
  const digits = phoneDigits(q);
  const phoneHits = digits
    ? sql`UNION ALL SELECT customer_id, 1.0 FROM customer_identities
          WHERE organization_id = ${organizationId} AND kind = 'phone' AND value LIKE ${`%${digits}%`}`
    : sql``;
  const hits = await queryRows<{ id: string }>(
    db,
    sql`
    WITH hits (id, score) AS (
      SELECT customer_id, 2.0 FROM customer_identities
        WHERE organization_id = ${organizationId}
          AND ${inArray(sql`value`, exactCandidates(q, defaultCountry))}
      UNION ALL
      SELECT id, word_similarity(${folded}, kontakt_fold(name)) FROM customers
        WHERE organization_id = ${organizationId} AND ${folded} <% kontakt_fold(name)
      UNION ALL
      SELECT customer_id, word_similarity(${folded}, kontakt_fold(value)) FROM customer_identities
        WHERE organization_id = ${organizationId} AND ${folded} <% kontakt_fold(value)
      ${phoneHits}
    )
    SELECT c.id FROM (SELECT id, max(score) AS score FROM hits GROUP BY id) h
      JOIN customers c ON c.id = h.id
      WHERE c.merged_into_id IS NULL
      ORDER BY h.score DESC, c.created_at DESC, c.id DESC
      LIMIT ${limit}`,
  );
  const ids = hits.map((r) => r.id);
  if (ids.length === 0) return [];
  const rows = await db.select().from(customers).where(inArray(customers.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is CustomerRow => !!r);
}
