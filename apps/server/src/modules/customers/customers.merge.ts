import { and, eq, sql } from 'drizzle-orm';
import type { Customer } from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import type { Db } from '../../platform/db.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { assertLive } from './customers.errors.ts';
import { recordCustomerEvent } from './customers.events.ts';
import { customerLabels, lockCustomers, presentOne } from './customers.repo.ts';
import { reassignCustomerTickets } from '../tickets/index.ts';
import { customerIdentities, customers, type CustomerRow } from './customers.table.ts';

/** What the target keeps: its own values, the source's where it has none, flags and notes of both. */
function combine(target: CustomerRow, source: CustomerRow) {
  return {
    name: target.name ?? source.name,
    companyId: target.companyId ?? source.companyId,
    language: target.language ?? source.language,
    preferredChannel: target.preferredChannel ?? source.preferredChannel,
    // A flag like legal_hold must survive the merge whichever side carried it.
    flags: [...new Set([...target.flags, ...source.flags])],
    notes: [target.notes, source.notes].filter((n) => n.trim() !== '').join('\n\n'),
    attributes: { ...source.attributes, ...target.attributes },
  };
}

async function lockPair(tx: Db, organizationId: string, targetId: string, sourceId: string) {
  const rows = await lockCustomers(tx, organizationId, [targetId, sourceId]);
  const target = rows.find((r) => r.id === targetId);
  const source = rows.find((r) => r.id === sourceId);
  if (!target || !source) throw notFound('Customer');
  return { target: assertLive(target), source: assertLive(source) };
}

/** Moves everything of the source to the target and leaves the source as a redirect. */
async function moveAll(tx: Db, org: string, target: CustomerRow, source: CustomerRow, now: Date) {
  const moved = await tx
    .update(customerIdentities)
    .set({ customerId: target.id })
    .where(and(eq(customerIdentities.organizationId, org), eq(customerIdentities.customerId, source.id)))
    .returning({ id: customerIdentities.id });
  const [merged] = await tx
    .update(customers)
    .set({ ...combine(target, source), version: sql`${customers.version} + 1`, updatedAt: now })
    .where(eq(customers.id, target.id))
    .returning();
  const redirect = {
    mergedIntoId: target.id,
    mergedAt: now,
    version: sql`${customers.version} + 1`,
    updatedAt: now,
  };
  await tx.update(customers).set(redirect).where(eq(customers.id, source.id));
  // Earlier redirects to the source now point at the target, so a redirect is always one hop.
  await tx
    .update(customers)
    .set({ mergedIntoId: target.id })
    .where(and(eq(customers.organizationId, org), eq(customers.mergedIntoId, source.id)));
  const ticketsMoved = await reassignCustomerTickets(tx, {
    organizationId: org,
    sourceId: source.id,
    targetId: target.id,
    actor: null,
    now,
  });
  return { merged: merged!, identitiesMoved: moved.length, ticketsMoved };
}

/**
 * In both customers' histories and in the audit log. The target's history also keeps what the
 * source was called (`sourceLabel`), as its identities, which may have named it, move away.
 */
async function recordMerge(
  tx: Db,
  ctx: ServiceCtx,
  data: Record<string, unknown> & { sourceId: string; targetId: string },
  sourceLabel: string | null,
) {
  const base = { organizationId: ctx.actor.organizationId, actor: ctx.actor, data, at: ctx.now };
  await recordCustomerEvent(tx, {
    ...base,
    data: { ...data, sourceLabel },
    customerId: data.targetId,
    type: 'customer.merged',
  });
  await recordCustomerEvent(tx, { ...base, customerId: data.sourceId, type: 'customer.merged_into' });
  await recordAudit(tx, {
    organizationId: ctx.actor.organizationId,
    actor: ctx.actor,
    action: 'customer.merged',
    subjectType: 'customer',
    subjectId: data.targetId,
    meta: ctx.meta,
    details: data,
    at: ctx.now,
  });
}

/**
 * Merges the source customer into the target: identities and tickets move, the target fills its
 * gaps from the source, and the source stays as a redirect (`merged_into_id`). Recorded in both
 * histories and the audit log.
 */
export async function mergeCustomers(ctx: ServiceCtx, targetId: string, sourceId: string): Promise<Customer> {
  if (targetId === sourceId) {
    throw new AppError(409, 'merge_into_self', 'A customer cannot be merged into itself.');
  }
  const org = ctx.actor.organizationId;
  return ctx.db.transaction(async (tx) => {
    const { target, source } = await lockPair(tx, org, targetId, sourceId);
    const sourceLabel = (await customerLabels(tx, org, [sourceId])).get(sourceId) ?? null;
    const { merged, identitiesMoved, ticketsMoved } = await moveAll(tx, org, target, source, ctx.now);
    await recordMerge(tx, ctx, { sourceId, targetId, identitiesMoved, ticketsMoved }, sourceLabel);
    return presentOne(tx, merged);
  });
}
