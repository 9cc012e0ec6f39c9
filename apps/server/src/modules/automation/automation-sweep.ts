import { and, asc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import { timeTriggerCutoff } from '@kontakt/domain';
import type { AppDeps } from '../../http/deps.ts';
import type { Db } from '../../platform/db.ts';
import { followerIdsByTicket, presentTicket, tickets, type TicketRow } from '../tickets/index.ts';
import { runAutomation } from './automation-engine.ts';
import { enqueueStrayWebhooks } from './automation-webhook.ts';
import { automationRules, automationTimeMarks, type AutomationRuleRow } from './automation.table.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'jobs' | 'events' | 'log'>;

const ANCHOR: Record<string, SQL> = {
  status_changed: sql`${tickets}.status_changed_at`,
  last_activity: sql`${tickets.lastActivityAt}`,
  created: sql`${tickets.createdAt}`,
};

/** Column filters taken from the rule's `all` conditions, so the query reads an index. */
const PUSHDOWN: Record<string, SQL> = {
  'ticket.status': sql`${tickets.status}`,
  'ticket.priority': sql`${tickets.priority}`,
  'ticket.type': sql`${tickets.type}`,
  'ticket.channel': sql`${tickets.channel}`,
  'ticket.queue_id': sql`${tickets.queueId}::text`,
};

function pushdown(rule: AutomationRuleRow): SQL[] {
  return rule.conditions.all.flatMap((c) => {
    const col = PUSHDOWN[c.field];
    if (!col || (c.operator !== 'is' && c.operator !== 'any_of')) return [];
    const values = (Array.isArray(c.value) ? c.value : [c.value]).map(String);
    return [sql`${col} = ANY(${sql.param(values)}::text[])`];
  });
}

/**
 * One batch of one time rule, in one transaction: the due tickets not yet handled in their
 * current episode, locked (SKIP LOCKED, so two sweeps share the work), each marked for the episode
 * before its actions run (a second sweep finds the mark and leaves the ticket alone).
 */
async function sweepBatch(tx: Db, rule: AutomationRuleRow, now: Date, limit: number) {
  const [lock] = await tx
    .select({
      ok: sql<boolean>`pg_try_advisory_xact_lock(hashtextextended(${'automation.sweep:' + rule.id}, 0))`,
    })
    .from(automationRules)
    .where(eq(automationRules.id, rule.id));
  if (!lock?.ok) return { seen: 0, handled: 0, changed: [] as TicketRow[] };
  const anchor = ANCHOR[rule.timeTrigger!.since]!;
  const cutoff = timeTriggerCutoff(rule.timeTrigger!, now);
  const rows = await tx
    // As text: the exact stored instant (microseconds), so the episode marker matches it exactly.
    .select({ ...getTableColumns(tickets), anchorAt: sql<string>`(${anchor})::text` })
    .from(tickets)
    .where(
      and(
        eq(tickets.organizationId, rule.organizationId),
        sql`${tickets.status} <> 'closed'`,
        sql`${tickets.mergedIntoId} IS NULL`,
        sql`${anchor} <= ${cutoff.toISOString()}::timestamptz`,
        ...pushdown(rule),
        sql`NOT EXISTS (SELECT 1 FROM ${automationTimeMarks} m WHERE m.rule_id = ${rule.id}
          AND m.ticket_id = ${tickets.id} AND m.anchor_at = ${anchor}
          AND (m.fired OR m.checked_at >= ${tickets.updatedAt}))`,
      ),
    )
    .orderBy(asc(anchor))
    .limit(limit)
    .for('update', { skipLocked: true });
  const changed: TicketRow[] = [];
  let handled = 0;
  for (const row of rows) {
    const anchorAt = sql`${row.anchorAt}::timestamptz`;
    const [claimed] = await tx
      .insert(automationTimeMarks)
      .values({
        ruleId: rule.id,
        ticketId: row.id,
        organizationId: rule.organizationId,
        anchorAt,
        fired: true,
        checkedAt: now,
      })
      .onConflictDoUpdate({
        target: [automationTimeMarks.ruleId, automationTimeMarks.ticketId],
        set: { anchorAt, fired: true, checkedAt: now },
        setWhere: sql`NOT (${automationTimeMarks.fired} AND ${automationTimeMarks.anchorAt} = ${anchorAt})`,
      })
      .returning({ ruleId: automationTimeMarks.ruleId });
    if (!claimed) continue;
    handled++;
    const { anchorAt: _anchor, ...locked } = row;
    const trigger = { organizationId: rule.organizationId, ticketId: row.id, event: 'time' as const, now };
    const after = await runAutomation(tx, trigger, [rule], locked);
    if (after) changed.push(after);
    // Conditions did not hold: remember the check; the ticket is looked at again after it changes.
    else
      await tx
        .update(automationTimeMarks)
        .set({ fired: false })
        .where(and(eq(automationTimeMarks.ruleId, rule.id), eq(automationTimeMarks.ticketId, row.id)));
  }
  return { seen: rows.length, handled, changed };
}

/** Keeps the newest 100 runs of each rule. */
async function pruneRuns(db: Db, ruleIds: string[]) {
  for (const id of ruleIds)
    await db.execute(sql`DELETE FROM automation_runs WHERE rule_id = ${id} AND created_at <
      (SELECT created_at FROM automation_runs WHERE rule_id = ${id} ORDER BY created_at DESC OFFSET 99 LIMIT 1)`);
}

/**
 * The `automation.sweep` job: runs every active time rule on the tickets now due (batches of
 * `batch`, for at most `budgetMs`), publishes the changed tickets, prunes the run log and
 * re-enqueues stray webhooks. Returns how many tickets rules changed.
 */
export async function sweepTimeRules(
  deps: Deps,
  opts: { batch?: number; budgetMs?: number } = {},
): Promise<number> {
  const batch = opts.batch ?? 200;
  const started = Date.now();
  const now = deps.clock.now();
  const rules = await deps.db
    .select()
    .from(automationRules)
    .where(and(eq(automationRules.active, true), eq(automationRules.event, 'time')))
    .orderBy(asc(automationRules.organizationId), asc(automationRules.position));
  let count = 0;
  for (const rule of rules) {
    for (;;) {
      const { seen, handled, changed } = await deps.db.transaction((tx) => sweepBatch(tx, rule, now, batch));
      count += changed.length;
      for (const t of changed) {
        const followers = (await followerIdsByTicket(deps.db, [t.id])).get(t.id) ?? [];
        deps.events.publish({
          type: 'ticket.updated',
          organizationId: t.organizationId,
          ticket: presentTicket(t, followers),
        });
      }
      // A full batch with nothing new to handle means another sweep holds the rest: stop.
      if (seen < batch || handled === 0 || Date.now() - started > (opts.budgetMs ?? 45_000)) break;
    }
  }
  const all = await deps.db.select({ id: automationRules.id }).from(automationRules);
  await pruneRuns(
    deps.db,
    all.map((r) => r.id),
  );
  await enqueueStrayWebhooks(deps);
  return count;
}
