import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { ComplaintReport, ComplaintReportQuery, Jurisdiction } from '@kontakt/contracts';
import {
  addDays,
  buildComplaintReport,
  complaintClockState,
  LEGAL_TIME_ZONES,
  localDateOf,
  zonedInstant,
  type ReportOrders,
} from '@kontakt/domain';
import { AppError } from '../../http/errors.ts';
import type { Db } from '../../platform/db.ts';
import { clockFacts } from './complaint-clock.ts';
import { complaintCauses, complaints } from './complaints.table.ts';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Orders placed per month and per SKU in the period, when the orders module's tables exist
 * (null otherwise: the rate is then unavailable). Drafts and cancelled orders do not count.
 */
async function ordersIn(
  db: Db,
  organizationId: string,
  zone: string,
  start: Date,
  end: Date,
): Promise<ReportOrders | null> {
  const [present] = rowsOf<{ orders: string | null; items: string | null }>(
    await db.execute(
      sql`SELECT to_regclass('public.orders')::text AS orders, to_regclass('public.order_items')::text AS items`,
    ),
  );
  if (!present?.orders) return null;
  const months = rowsOf<{ month: string; n: number | string }>(
    await db.execute(sql`
      SELECT to_char(created_at AT TIME ZONE ${zone}, 'YYYY-MM') AS month, count(*) AS n
      FROM orders
      WHERE organization_id = ${organizationId}::uuid AND status NOT IN ('draft', 'cancelled')
        AND created_at >= ${start.toISOString()}::timestamptz AND created_at < ${end.toISOString()}::timestamptz
      GROUP BY 1`),
  );
  const skus = present.items
    ? rowsOf<{ sku: string; n: number | string }>(
        await db.execute(sql`
          SELECT lower(i.sku) AS sku, count(DISTINCT o.id) AS n
          FROM orders o JOIN order_items i ON i.order_id = o.id
          WHERE o.organization_id = ${organizationId}::uuid AND o.status NOT IN ('draft', 'cancelled')
            AND i.sku IS NOT NULL
            AND o.created_at >= ${start.toISOString()}::timestamptz AND o.created_at < ${end.toISOString()}::timestamptz
          GROUP BY 1`),
      )
    : [];
  return {
    byMonth: new Map(months.map((m) => [m.month, Number(m.n)])),
    bySku: new Map(skus.map((s) => [s.sku, Number(s.n)])),
  };
}

/** The complaints report of an organization (see ComplaintReport). */
export async function complaintReport(
  db: Db,
  organizationId: string,
  q: ComplaintReportQuery,
  now: Date,
): Promise<ComplaintReport> {
  const jurisdiction: Jurisdiction = q.jurisdiction ?? 'PL';
  const zone = LEGAL_TIME_ZONES[jurisdiction];
  const to = q.to ?? localDateOf(zone, now.getTime());
  const from = q.from ?? `${addDays(to, -365).slice(0, 7)}-01`;
  if (from > to)
    throw new AppError(400, 'validation_failed', 'The period starts after it ends.', { field: 'from' });
  if (to > addDays(from, 3 * 366))
    throw new AppError(400, 'validation_failed', 'Report at most three years at once.', { field: 'to' });
  // A day of margin each side: the exact local dates are decided per complaint's legal zone.
  const start = new Date(zonedInstant(zone, addDays(from, -1), 0));
  const end = new Date(zonedInstant(zone, addDays(to, 2), 0));
  const c = complaints;
  const rows = await db
    .select()
    .from(c)
    .where(
      and(
        eq(c.organizationId, organizationId),
        gte(c.receivedAt, start),
        lt(c.receivedAt, end),
        q.jurisdiction ? eq(c.jurisdiction, q.jurisdiction) : undefined,
        q.product
          ? sql`${c.productText} LIKE '%' || kontakt_fold(${escapeLike(q.product)}) || '%'`
          : undefined,
      ),
    );
  const causes = await db
    .select({ code: complaintCauses.code, name: complaintCauses.name })
    .from(complaintCauses)
    .where(eq(complaintCauses.organizationId, organizationId));
  const orderStart = new Date(zonedInstant(zone, from, 0));
  const orderEnd = new Date(zonedInstant(zone, addDays(to, 1), 0));
  return buildComplaintReport({
    from,
    to,
    complaints: rows.map((r) => ({
      receivedOn: localDateOf(r.deadline.timeZone, r.receivedAt.getTime()),
      state: complaintClockState(clockFacts(r), now.getTime()),
      rootCauseCode: r.rootCauseCode,
      productName: r.protocol.product.name,
      productSku: r.protocol.product.sku,
    })),
    orders: await ordersIn(db, organizationId, zone, orderStart, orderEnd),
    causeNames: new Map(causes.map((x) => [x.code, x.name])),
  });
}
