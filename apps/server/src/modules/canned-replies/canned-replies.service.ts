import { and, eq } from 'drizzle-orm';
import type { CannedReplyScope, CreateCannedReplyInput, UpdateCannedReplyInput } from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError, badRequest, forbidden } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { isUniqueViolation } from '../../platform/db-errors.ts';
import { unknownTeamIds } from '../agents/index.ts';
import { cannedReplies, type CannedReplyRow } from './canned-replies.table.ts';
import { canManage, mayUseScope, type Viewer } from './canned-replies.policy.ts';
import { getCannedReplyFor, viewerOf } from './canned-replies.repo.ts';
import { prepareVariants } from './canned-replies.variants.ts';
import { presentCannedReply } from './canned-replies.presenter.ts';

const shortcutTaken = (shortcut: string) =>
  new AppError(409, 'shortcut_taken', `The shortcut "${shortcut}" is already used.`, {
    field: 'shortcut',
  });

/** Owner and team columns for a scope, after checking the viewer may give it. */
async function ownership(ctx: ServiceCtx, viewer: Viewer, scope: CannedReplyScope, teamId: string | null) {
  if (!mayUseScope(scope, viewer)) throw forbidden('Only leads and admins create shared canned replies.');
  if (scope === 'team' && !teamId) throw badRequest('A team reply needs its team.', { field: 'teamId' });
  if (scope !== 'team' && teamId)
    throw badRequest('Only team replies belong to a team.', { field: 'teamId' });
  if (teamId && (await unknownTeamIds(ctx.db, ctx.actor.organizationId, [teamId])).length)
    throw new AppError(404, 'not_found', 'Team not found.', { field: 'teamId' });
  return { scope, ownerId: scope === 'personal' ? viewer.agentId : null, teamId };
}

/** Runs a write, turning a duplicate shortcut into 409 `shortcut_taken`. */
async function guardShortcut<T>(shortcut: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err, 'canned_replies_shortcut_key')) throw shortcutTaken(shortcut);
    throw err;
  }
}

export async function createCannedReply(ctx: ServiceCtx, input: CreateCannedReplyInput) {
  const viewer = await viewerOf(ctx.db, ctx.actor);
  const owner = await ownership(ctx, viewer, input.scope, input.teamId);
  const variants = prepareVariants(input.variants);
  const [row] = await guardShortcut(input.shortcut, () =>
    ctx.db
      .insert(cannedReplies)
      .values({
        id: newId(),
        organizationId: ctx.actor.organizationId,
        title: input.title,
        shortcut: input.shortcut,
        category: input.category || null,
        ...owner,
        active: input.active,
        variants,
        usageCount: 0,
        createdById: ctx.actor.agentId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning(),
  );
  return presentCannedReply(row!, viewer);
}

/** Loads a reply the viewer sees and may change (visible but not theirs to change: 403). */
async function getManageable(ctx: ServiceCtx, id: string) {
  const viewer = await viewerOf(ctx.db, ctx.actor);
  const row = await getCannedReplyFor(ctx.db, ctx.actor.organizationId, viewer, id);
  if (!canManage(row, viewer)) throw forbidden('Only leads and admins change shared canned replies.');
  return { viewer, row };
}

export async function updateCannedReply(ctx: ServiceCtx, id: string, input: UpdateCannedReplyInput) {
  const { viewer, row } = await getManageable(ctx, id);
  const scope = input.scope ?? row.scope;
  const teamId = input.teamId !== undefined ? input.teamId : scope === 'team' ? row.teamId : null;
  const moved = scope !== row.scope || teamId !== row.teamId;
  const owner = moved ? await ownership(ctx, viewer, scope, teamId) : {};
  const changes: Partial<CannedReplyRow> = {
    ...owner,
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.shortcut !== undefined ? { shortcut: input.shortcut } : {}),
    ...(input.category !== undefined ? { category: input.category || null } : {}),
    ...(input.active !== undefined ? { active: input.active } : {}),
    ...(input.variants ? { variants: prepareVariants(input.variants) } : {}),
  };
  const [updated] = await guardShortcut(input.shortcut ?? row.shortcut, () =>
    ctx.db
      .update(cannedReplies)
      .set({ ...changes, updatedAt: ctx.now })
      .where(and(eq(cannedReplies.organizationId, ctx.actor.organizationId), eq(cannedReplies.id, id)))
      .returning(),
  );
  return presentCannedReply(updated!, viewer);
}

export async function deleteCannedReply(ctx: ServiceCtx, id: string): Promise<void> {
  await getManageable(ctx, id);
  await ctx.db
    .delete(cannedReplies)
    .where(and(eq(cannedReplies.organizationId, ctx.actor.organizationId), eq(cannedReplies.id, id)));
}
