import { and, asc, eq, inArray } from 'drizzle-orm';
import type {
  CreateSlaPolicyInput,
  SlaConditions,
  SlaPolicy,
  UpdateSlaPolicyInput,
} from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { companies } from '../customers/index.ts';
import { newId } from '../../platform/crypto.ts';
import { slaPolicies, type SlaPolicyRow } from './sla.table.ts';

export const presentSlaPolicy = (r: SlaPolicyRow): SlaPolicy => ({
  id: r.id,
  name: r.name,
  position: r.position,
  active: r.active,
  // Policies stored before organizations were a condition have no list of them.
  conditions: { ...r.conditions, companyIds: r.conditions.companyIds ?? [] },
  targets: r.targets,
  warningShare: Number(r.warningShare),
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** The organization's policies in the order they are tried. */
export const listSlaPolicies = (db: Db, organizationId: string) =>
  db
    .select()
    .from(slaPolicies)
    .where(eq(slaPolicies.organizationId, organizationId))
    .orderBy(asc(slaPolicies.position), asc(slaPolicies.createdAt));

export async function getSlaPolicy(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(slaPolicies)
    .where(and(eq(slaPolicies.organizationId, organizationId), eq(slaPolicies.id, id)));
  if (!row) throw notFound('SLA policy');
  return row;
}

/** The organizations (companies) a policy names must be the tenant's own (others' are not found). */
async function assertConditionRefs(db: Db, organizationId: string, conditions: SlaConditions | undefined) {
  const ids = [...new Set(conditions?.companyIds ?? [])];
  if (ids.length === 0) return;
  const found = await db
    .select({ id: companies.id })
    .from(companies)
    .where(and(eq(companies.organizationId, organizationId), inArray(companies.id, ids)));
  if (found.length !== ids.length)
    throw new AppError(404, 'not_found', 'An organization of the conditions was not found.', {
      field: 'conditions.companyIds',
    });
}

/** Puts `id` at `position` (clamped) and numbers every policy 0, 1, 2… in that order. */
async function reorder(tx: Db, organizationId: string, id: string, position: number, now: Date) {
  const rows = (await listSlaPolicies(tx, organizationId)).filter((r) => r.id !== id);
  const ids = rows.map((r) => r.id);
  ids.splice(Math.min(position, ids.length), 0, id);
  for (const [i, pid] of ids.entries())
    await tx.update(slaPolicies).set({ position: i, updatedAt: now }).where(eq(slaPolicies.id, pid));
}

export async function createSlaPolicy(ctx: ServiceCtx, input: CreateSlaPolicyInput) {
  const org = ctx.actor.organizationId;
  const { position, ...fields } = input;
  await assertConditionRefs(ctx.db, org, fields.conditions);
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(slaPolicies).values({
      id,
      organizationId: org,
      ...fields,
      position: 1_000_000,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await reorder(tx, org, id, position ?? Number.MAX_SAFE_INTEGER, ctx.now);
  });
  return presentSlaPolicy(await getSlaPolicy(ctx.db, org, id));
}

export async function updateSlaPolicy(ctx: ServiceCtx, id: string, input: UpdateSlaPolicyInput) {
  const org = ctx.actor.organizationId;
  await getSlaPolicy(ctx.db, org, id);
  const { position, ...fields } = input;
  await assertConditionRefs(ctx.db, org, fields.conditions);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(slaPolicies)
      .set({ ...fields, updatedAt: ctx.now })
      .where(and(eq(slaPolicies.organizationId, org), eq(slaPolicies.id, id)));
    if (position !== undefined) await reorder(tx, org, id, position, ctx.now);
  });
  return presentSlaPolicy(await getSlaPolicy(ctx.db, org, id));
}

/** Deletes a policy; tickets keep their clocks and pick a policy again at their next event. */
export async function deleteSlaPolicy(ctx: ServiceCtx, id: string) {
  await getSlaPolicy(ctx.db, ctx.actor.organizationId, id);
  await ctx.db
    .delete(slaPolicies)
    .where(and(eq(slaPolicies.organizationId, ctx.actor.organizationId), eq(slaPolicies.id, id)));
}
