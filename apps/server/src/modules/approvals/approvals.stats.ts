import { sql } from 'drizzle-orm';
import type { ApprovalStats } from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import { queryRows } from '../../platform/db.ts';

const num = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10);

/** Waiting times from the recorded requests and decisions (withdrawn replies left out). */
export async function approvalStats(ctx: ServiceCtx, from: Date, to: Date): Promise<ApprovalStats> {
  const org = ctx.actor.organizationId;
  const wait = sql`extract(epoch from (a.decided_at - a.requested_at)) / 60`;
  const inPeriod = sql`a.organization_id = ${org} AND a.status IN ('approved', 'returned')
    AND a.decided_at >= ${from.toISOString()}::timestamptz AND a.decided_at < ${to.toISOString()}::timestamptz`;
  const [totals] = await queryRows<Record<string, unknown>>(
    ctx.db,
    sql`SELECT count(*) AS decided,
        count(*) FILTER (WHERE a.status = 'approved') AS approved,
        count(*) FILTER (WHERE a.status = 'returned') AS returned,
        avg(${wait}) AS mean, percentile_cont(0.5) WITHIN GROUP (ORDER BY ${wait}) AS median
      FROM reply_approvals a WHERE ${inPeriod}`,
  );
  const [pending] = await queryRows<Record<string, unknown>>(
    ctx.db,
    sql`SELECT count(*) AS n, min(a.requested_at) AS oldest FROM reply_approvals a
      WHERE a.organization_id = ${org} AND a.status = 'pending'`,
  );
  const byAuthor = await queryRows<Record<string, unknown>>(
    ctx.db,
    sql`SELECT a.author_id, g.name, count(*) AS decided, count(*) FILTER (WHERE a.status = 'returned') AS returned,
        avg(${wait}) AS mean
      FROM reply_approvals a JOIN agents g ON g.id = a.author_id WHERE ${inPeriod}
      GROUP BY a.author_id, g.name ORDER BY g.name`,
  );
  const oldest = pending?.oldest ? new Date(pending.oldest as string) : null;
  return {
    pending: Number(pending?.n ?? 0),
    oldestPendingMinutes: oldest ? Math.round((ctx.now.getTime() - oldest.getTime()) / 6_000) / 10 : null,
    decided: Number(totals?.decided ?? 0),
    approved: Number(totals?.approved ?? 0),
    returned: Number(totals?.returned ?? 0),
    meanWaitMinutes: num(totals?.mean),
    medianWaitMinutes: num(totals?.median),
    byAuthor: byAuthor.map((r) => ({
      authorId: String(r.author_id),
      authorName: String(r.name),
      decided: Number(r.decided),
      returned: Number(r.returned),
      meanWaitMinutes: num(r.mean),
    })),
  };
}
