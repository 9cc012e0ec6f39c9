import { and, eq } from 'drizzle-orm';
import type { CreateMacroInput, UpdateMacroInput } from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError, forbidden } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { isUniqueViolation } from '../../platform/db-errors.ts';
import { canManageMacro, mayUseMacroScope, type MacroViewer } from './macros.policy.ts';
import { presentMacro } from './macros.presenter.ts';
import { getMacroFor } from './macros.repo.ts';
import { macros } from './macros.table.ts';
import { prepareMacro } from './macros.validate.ts';

export const viewerOf = (ctx: ServiceCtx): MacroViewer => ({
  agentId: ctx.actor.agentId,
  role: ctx.actor.role,
});

async function guardName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err, 'macros_name_key'))
      throw new AppError(409, 'conflict', 'A macro with this name already exists.', { field: 'name' });
    throw err;
  }
}

function assertScope(scope: CreateMacroInput['scope'], viewer: MacroViewer) {
  if (!mayUseMacroScope(scope, viewer))
    throw forbidden('Only leads and admins may share macros with the organization.');
}

/** Creates a macro; shared ones only by leads and admins. */
export async function createMacro(ctx: ServiceCtx, input: CreateMacroInput) {
  const viewer = viewerOf(ctx);
  assertScope(input.scope, viewer);
  const { reply } = await prepareMacro(ctx.db, ctx.actor.organizationId, input);
  const [row] = await guardName(() =>
    ctx.db
      .insert(macros)
      .values({
        id: newId(),
        organizationId: ctx.actor.organizationId,
        name: input.name,
        description: input.description,
        scope: input.scope,
        ownerId: input.scope === 'personal' ? ctx.actor.agentId : null,
        actions: input.actions,
        reply: reply ?? null,
        active: input.active,
        usageCount: 0,
        createdById: ctx.actor.agentId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning(),
  );
  return presentMacro(row!, viewer);
}

/** Changes a macro the caller may manage; a scope change moves ownership to the caller or the organization. */
export async function updateMacro(ctx: ServiceCtx, id: string, input: UpdateMacroInput) {
  const viewer = viewerOf(ctx);
  const org = ctx.actor.organizationId;
  const current = await getMacroFor(ctx.db, org, viewer, id);
  if (!canManageMacro(current, viewer)) throw forbidden('You may not change this macro.');
  if (input.scope) assertScope(input.scope, viewer);
  const actions = input.actions ?? current.actions;
  if (actions.length === 0 && (input.reply === null || (input.reply === undefined && !current.reply)))
    throw new AppError(400, 'validation_failed', 'A macro needs an action or a reply.', { field: 'actions' });
  const { reply } = await prepareMacro(ctx.db, org, input);
  const scopeMoved = input.scope && input.scope !== current.scope;
  const [row] = await guardName(() =>
    ctx.db
      .update(macros)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        ...(input.actions ? { actions: input.actions } : {}),
        ...(reply !== undefined ? { reply } : {}),
        ...(scopeMoved
          ? { scope: input.scope, ownerId: input.scope === 'personal' ? ctx.actor.agentId : null }
          : {}),
        updatedAt: ctx.now,
      })
      .where(and(eq(macros.organizationId, org), eq(macros.id, id)))
      .returning(),
  );
  return presentMacro(row!, viewer);
}

export async function deleteMacro(ctx: ServiceCtx, id: string) {
  const viewer = viewerOf(ctx);
  const current = await getMacroFor(ctx.db, ctx.actor.organizationId, viewer, id);
  if (!canManageMacro(current, viewer)) throw forbidden('You may not delete this macro.');
  await ctx.db
    .delete(macros)
    .where(and(eq(macros.organizationId, ctx.actor.organizationId), eq(macros.id, id)));
}
