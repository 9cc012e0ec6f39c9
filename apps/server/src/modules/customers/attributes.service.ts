import { and, asc, eq } from 'drizzle-orm';
import type {
  CreateCustomerAttributeInput,
  CustomerAttributeValues,
  UpdateCustomerAttributeInput,
} from '@kontakt/contracts';
import { validateAttributes } from '@kontakt/domain';
import type { ServiceCtx } from '../../http/actor.ts';
import type { Db } from '../../platform/db.ts';
import { AppError, badRequest, notFound } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { isUniqueViolation } from '../../platform/db-errors.ts';
import { recordAudit } from '../audit/index.ts';
import { presentAttributeDefinition } from './customers.presenter.ts';
import { customerAttributeDefinitions as defs, type StoredAttributes } from './customers.table.ts';

export async function listAttributeDefinitions(db: Db, organizationId: string) {
  return db.select().from(defs).where(eq(defs.organizationId, organizationId)).orderBy(asc(defs.key));
}

/** 400 `unknown_attribute` / `invalid_attribute_value` (all problems in `details.problems`). */
export async function checkAttributeValues(db: Db, organizationId: string, values: CustomerAttributeValues) {
  if (Object.keys(values).length === 0) return;
  const problems = validateAttributes(await listAttributeDefinitions(db, organizationId), values);
  const first = problems[0];
  if (first) throw new AppError(400, first.problem, first.message, { problems });
}

/** The stored values after applying changes: keys sent replace, null removes. */
export function applyAttributeValues(current: StoredAttributes, changes: CustomerAttributeValues) {
  const next: StoredAttributes = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next;
}

const keyTaken = () =>
  new AppError(409, 'attribute_key_taken', 'A customer attribute with this key already exists.');

export async function createAttributeDefinition(ctx: ServiceCtx, input: CreateCustomerAttributeInput) {
  const org = ctx.actor.organizationId;
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(defs)
        .values({ id: newId(), organizationId: org, ...input, createdAt: ctx.now, updatedAt: ctx.now })
        .returning();
      await recordAudit(tx, {
        organizationId: org,
        actor: ctx.actor,
        action: 'customer_attribute.created',
        subjectType: 'customer_attribute',
        subjectId: row!.id,
        meta: ctx.meta,
        details: { key: input.key, type: input.type },
        at: ctx.now,
      });
      return presentAttributeDefinition(row!);
    });
  } catch (err) {
    if (isUniqueViolation(err, 'customer_attribute_definitions_key')) throw keyTaken();
    throw err;
  }
}

export async function updateAttributeDefinition(
  ctx: ServiceCtx,
  id: string,
  input: UpdateCustomerAttributeInput,
) {
  const org = ctx.actor.organizationId;
  const [before] = await ctx.db
    .select()
    .from(defs)
    .where(and(eq(defs.organizationId, org), eq(defs.id, id)));
  if (!before) throw notFound('Customer attribute');
  if (input.options && before.type !== 'select') throw badRequest('Only a select attribute has options.');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(defs)
      .set({ ...input, updatedAt: ctx.now })
      .where(eq(defs.id, id))
      .returning();
    await recordAudit(tx, {
      organizationId: org,
      actor: ctx.actor,
      action: 'customer_attribute.updated',
      subjectType: 'customer_attribute',
      subjectId: id,
      meta: ctx.meta,
      details: { changed: Object.keys(input) },
      at: ctx.now,
    });
    return presentAttributeDefinition(row!);
  });
}
