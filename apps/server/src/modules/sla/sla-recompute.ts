import { and, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { SlaRecomputation, SlaRecomputeScope } from '@kontakt/contracts';
import type { AppDeps } from '../../http/deps.ts';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/crypto.ts';
import { notFound } from '../../http/errors.ts';
import { tickets, type TicketRow } from '../tickets/index.ts';
import { applySla } from './sla-apply.ts';
import { scheduleSlaJobs } from './sla-jobs.ts';
import { slaRecomputeRuns, type SlaRecomputeRunRow } from './sla-recompute.table.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'jobs' | 'events' | 'log' | 'mailer' | 'config'>;

/** Tickets per transaction: short row locks for agents replying meanwhile, few commits. */
export const RECOMPUTE_BATCH = 200;
/** A job hands over to a fresh one after this long, so no job outlives pg-boss's expiry. */
const JOB_SLICE_MS = 60_000;
/** A run not advanced for this long is handed to a new job by the sweep (a worker died). */
const STALLED_MS = 5 * 60_000;

export interface RecomputeRequest {
  organizationId: string;
  reason: string;
  scope: SlaRecomputeScope;
  scopeId?: string | null;
}

/** Open tickets of the run's scope (solved and closed ones recompute when they reopen). */
function inScope(run: SlaRecomputeRunRow): SQL {
  const open = sql`${tickets.status} NOT IN ('solved', 'closed')`;
  const org = eq(tickets.organizationId, run.organizationId);
  if (run.scope === 'queue') return and(org, open, eq(tickets.queueId, run.scopeId!))!;
  if (run.scope === 'calendar')
    return and(
      org,
      open,
      sql`(${tickets.queueId} IN (SELECT q.id FROM queues q WHERE q.calendar_id = ${run.scopeId})
        OR ${tickets.sla}->>'calendarId' = ${run.scopeId}::text)`,
    )!;
  return and(org, open)!;
}

/**
 * Records a recomputation and queues its job. A run for the whole organization supersedes the
 * organization's unfinished runs; any run supersedes an unfinished one of the same scope.
 */
export async function requestSlaRecompute(deps: Deps, req: RecomputeRequest): Promise<string> {
  const now = deps.clock.now();
  const id = newId();
  const scopeId = req.scopeId ?? null;
  await deps.db.transaction(async (tx) => {
    const unfinished = and(
      eq(slaRecomputeRuns.organizationId, req.organizationId),
      inArray(slaRecomputeRuns.state, ['pending', 'running']),
    );
    const same =
      req.scope === 'organization'
        ? unfinished
        : and(
            unfinished,
            eq(slaRecomputeRuns.scope, req.scope),
            scopeId ? eq(slaRecomputeRuns.scopeId, scopeId) : sql`false`,
          );
    await tx
      .update(slaRecomputeRuns)
      .set({ state: 'superseded', updatedAt: now, finishedAt: now })
      .where(same);
    await tx.insert(slaRecomputeRuns).values({
      id,
      organizationId: req.organizationId,
      reason: req.reason,
      scope: req.scope,
      scopeId,
      state: 'pending',
      processed: 0,
      changed: 0,
      createdAt: now,
      updatedAt: now,
    });
  });
  await deps.jobs.send('sla.recompute', { runId: id });
  return id;
}

/**
 * One batch in one transaction: the run row is locked (two workers on one run take turns), the
 * next tickets after the cursor are locked in id order, recomputed, and the cursor moves on with
 * the counts. A crash rolls the batch back whole; redoing it gives the same result.
 * Returns the tickets whose SLA changed, and whether the run is finished.
 */
async function recomputeBatch(deps: Deps, runId: string, limit: number) {
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const [run] = await tx
      .select()
      .from(slaRecomputeRuns)
      .where(eq(slaRecomputeRuns.id, runId))
      .for('update');
    if (!run || run.state === 'done' || run.state === 'superseded') return { changed: [], done: true };
    const total = run.total ?? (await countInScope(tx, run));
    const rows = await tx
      .select({
        id: tickets.id,
        firstResponseDueAt: tickets.firstResponseDueAt,
        nextResponseDueAt: tickets.nextResponseDueAt,
        resolutionDueAt: tickets.resolutionDueAt,
        slaNextFireAt: tickets.slaNextFireAt,
      })
      .from(tickets)
      .where(and(inScope(run), run.afterId ? sql`${tickets.id} > ${run.afterId}` : undefined))
      .orderBy(tickets.id)
      .limit(limit)
      .for('update');
    const changed: string[] = [];
    for (const before of rows) {
      const patch = await applySla(tx, before.id, now);
      if (timersMoved(before, patch)) changed.push(before.id);
    }
    const done = rows.length < limit;
    await tx
      .update(slaRecomputeRuns)
      .set({
        state: done ? 'done' : 'running',
        total,
        afterId: rows.at(-1)?.id ?? run.afterId,
        processed: run.processed + rows.length,
        changed: run.changed + changed.length,
        updatedAt: now,
        finishedAt: done ? now : null,
      })
      .where(eq(slaRecomputeRuns.id, runId));
    return { changed, done };
  });
}

const DUE_COLUMNS = ['firstResponseDueAt', 'nextResponseDueAt', 'resolutionDueAt', 'slaNextFireAt'] as const;

/** Whether a due instant or the next timer moved (the remaining minutes change on every recomputation). */
function timersMoved(before: Record<(typeof DUE_COLUMNS)[number], Date | null>, patch: Partial<TicketRow>) {
  return DUE_COLUMNS.some(
    (c) => c in patch && (patch[c]?.getTime() ?? null) !== (before[c]?.getTime() ?? null),
  );
}

async function countInScope(tx: Db, run: SlaRecomputeRunRow): Promise<number> {
  const [r] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(tickets)
    .where(inScope(run));
  return r?.n ?? 0;
}

/**
 * The `sla.recompute` job: batches until the run is done, then stops; after a minute it hands
 * the rest to a new job. Warning and breach timers of changed tickets follow each batch.
 */
export function slaRecomputeJob(deps: Deps, batch = RECOMPUTE_BATCH) {
  return async ({ runId }: { runId: string }) => {
    const started = Date.now();
    for (;;) {
      const { changed, done } = await recomputeBatch(deps, runId, batch);
      for (const id of changed) await scheduleSlaJobs(deps, id);
      if (done) return;
      if (Date.now() - started > JOB_SLICE_MS) {
        await deps.jobs.send('sla.recompute', { runId });
        return;
      }
    }
  };
}

/** Hands unfinished runs nobody advanced for five minutes to new jobs; returns how many. */
export async function resumeStalledRecomputes(deps: Deps): Promise<number> {
  const cutoff = new Date(deps.clock.now().getTime() - STALLED_MS);
  const stalled = await deps.db
    .select({ id: slaRecomputeRuns.id })
    .from(slaRecomputeRuns)
    .where(
      and(inArray(slaRecomputeRuns.state, ['pending', 'running']), lt(slaRecomputeRuns.updatedAt, cutoff)),
    )
    .limit(100);
  for (const { id } of stalled) await deps.jobs.send('sla.recompute', { runId: id });
  return stalled.length;
}

export const presentRecomputation = (r: SlaRecomputeRunRow): SlaRecomputation => ({
  id: r.id,
  reason: r.reason,
  scope: r.scope,
  scopeId: r.scopeId,
  state: r.state,
  total: r.total,
  processed: r.processed,
  changed: r.changed,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  finishedAt: r.finishedAt?.toISOString() ?? null,
});

/** The organization's latest runs, newest first. */
export const listRecomputations = (db: Db, organizationId: string, limit = 20) =>
  db
    .select()
    .from(slaRecomputeRuns)
    .where(eq(slaRecomputeRuns.organizationId, organizationId))
    .orderBy(desc(slaRecomputeRuns.createdAt), desc(slaRecomputeRuns.id))
    .limit(limit);

export async function getRecomputation(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(slaRecomputeRuns)
    .where(and(eq(slaRecomputeRuns.organizationId, organizationId), eq(slaRecomputeRuns.id, id)));
  if (!row) throw notFound('SLA recomputation');
  return row;
}
