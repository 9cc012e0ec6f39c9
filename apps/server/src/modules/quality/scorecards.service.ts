import { and, asc, eq } from 'drizzle-orm';
import type { CreateScorecardInput, Scorecard, UpdateScorecardInput } from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError, conflict, notFound } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { isUniqueViolation } from '../../platform/db-errors.ts';
import type { Db } from '../../platform/db.ts';
import { qaReviews, qaScorecards, type ScorecardRow } from './quality.table.ts';

export const presentScorecard = (r: ScorecardRow): Scorecard => ({
  id: r.id,
  name: r.name,
  description: r.description,
  passMark: Number(r.passMark),
  sections: r.sections,
  active: r.active,
  version: r.version,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

async function guardName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err, 'qa_scorecards_name_key'))
      throw new AppError(409, 'conflict', 'A scorecard with this name already exists.', { field: 'name' });
    throw err;
  }
}

export async function getScorecardRow(db: Db, organizationId: string, id: string): Promise<ScorecardRow> {
  const [row] = await db
    .select()
    .from(qaScorecards)
    .where(and(eq(qaScorecards.organizationId, organizationId), eq(qaScorecards.id, id)));
  if (!row) throw notFound('Scorecard');
  return row;
}

export async function listScorecards(ctx: ServiceCtx): Promise<Scorecard[]> {
  const rows = await ctx.db
    .select()
    .from(qaScorecards)
    .where(eq(qaScorecards.organizationId, ctx.actor.organizationId))
    .orderBy(asc(qaScorecards.name));
  return rows.map(presentScorecard);
}

export async function createScorecard(ctx: ServiceCtx, input: CreateScorecardInput): Promise<Scorecard> {
  const [row] = await guardName(() =>
    ctx.db
      .insert(qaScorecards)
      .values({
        id: newId(),
        organizationId: ctx.actor.organizationId,
        ...input,
        version: 1,
        createdById: ctx.actor.agentId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning(),
  );
  return presentScorecard(row!);
}

/** Changes a scorecard at the version the caller saw; past reviews keep their own copy. */
export async function updateScorecard(
  ctx: ServiceCtx,
  id: string,
  input: UpdateScorecardInput,
): Promise<Scorecard> {
  const current = await getScorecardRow(ctx.db, ctx.actor.organizationId, id);
  const { version, ...changes } = input;
  const [row] = await guardName(() =>
    ctx.db
      .update(qaScorecards)
      .set({ ...changes, version: current.version + 1, updatedAt: ctx.now })
      .where(and(eq(qaScorecards.id, id), eq(qaScorecards.version, version)))
      .returning(),
  );
  if (!row)
    throw conflict('Someone changed this scorecard in the meantime.', {
      current: presentScorecard(current),
    });
  return presentScorecard(row);
}

/** Deletes a scorecard no review uses; one in use can only be made inactive. */
export async function deleteScorecard(ctx: ServiceCtx, id: string): Promise<void> {
  await getScorecardRow(ctx.db, ctx.actor.organizationId, id);
  const [used] = await ctx.db
    .select({ id: qaReviews.id })
    .from(qaReviews)
    .where(eq(qaReviews.scorecardId, id))
    .limit(1);
  if (used)
    throw new AppError(409, 'scorecard_in_use', 'Reviews use this scorecard; make it inactive instead.');
  await ctx.db.delete(qaScorecards).where(eq(qaScorecards.id, id));
}
