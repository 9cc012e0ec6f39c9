import { and, desc, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { notFound } from '../../http/errors.ts';
import { olderThanCursor, toPage } from '../../platform/cursor.ts';
import { companies, type CompanyRow } from './customers.table.ts';

export async function findCompany(db: Db, organizationId: string, id: string): Promise<CompanyRow | null> {
  const [row] = await db
    .select()
    .from(companies)
    .where(and(eq(companies.organizationId, organizationId), eq(companies.id, id)));
  return row ?? null;
}

export async function getCompany(db: Db, organizationId: string, id: string): Promise<CompanyRow> {
  const row = await findCompany(db, organizationId, id);
  if (!row) throw notFound('Company');
  return row;
}

/** Newest first with a cursor. */
export async function listCompanies(db: Db, organizationId: string, q: { limit: number; cursor?: string }) {
  const conds = [eq(companies.organizationId, organizationId)];
  const older = olderThanCursor(companies.createdAt, companies.id, q.cursor);
  if (older) conds.push(older);
  const rows = await db
    .select()
    .from(companies)
    .where(and(...conds))
    .orderBy(desc(companies.createdAt), desc(companies.id))
    .limit(q.limit + 1);
  return toPage(rows, q.limit, (r) => r.createdAt);
}

/**
 * Companies whose name resembles `q` (trigram word similarity over folded text, served by
 * companies_name_trgm_idx), or whose NIP / IČO is exactly the digits of `q`; exact ones first.
 */
export async function searchCompanies(db: Db, organizationId: string, q: string, limit: number) {
  const digits = q.replace(/[^0-9]/g, '');
  const folded = sql`kontakt_fold(${q})`;
  const similar = sql`${folded} <% kontakt_fold(${companies.name})`;
  const exact = digits ? or(eq(companies.nip, digits), eq(companies.ico, digits)) : undefined;
  return db
    .select()
    .from(companies)
    .where(and(eq(companies.organizationId, organizationId), exact ? or(exact, similar) : similar))
    .orderBy(
      ...(exact ? [sql`(${exact}) DESC`] : []),
      sql`word_similarity(${folded}, kontakt_fold(${companies.name})) DESC`,
      desc(companies.createdAt),
    )
    .limit(limit);
}
