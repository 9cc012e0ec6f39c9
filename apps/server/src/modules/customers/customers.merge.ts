import { and, eq, sql } from 'drizzle-orm';
import type { Customer } from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import type { Db } from '../../platform/db.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { assertLive } from './customers.errors.ts';
import { recordCustomerEvent } from './customers.events.ts';
import { lockCustomers, presentOne, queryRows, ticketsTableExists } from './customers.repo.ts';
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

/**
 * Moves the source's tickets to the target. The tickets module lands separately; until it does
 * the table may be missing. TODO(lead): replace with a call into modules/tickets.
 */
async function moveTickets(tx: Db, organizationId: string, sourceId: string, targetId: string) {
  if (!(await ticketsTableExists(tx))) return 0;
  const moved = await queryRows<{ id: string }>(
    tx,
    sql`UPDATE tickets SET customer_id = ${targetId}
        WHERE organization_id = ${organizationId} AND customer_id = ${sourceId} RETURNING id`,
  );
  return moved.length;
}

async function lockPair(tx: Db, organizationId: string, targetId: string, sourceId: string) {
  const rows = await lockCustomers(tx, organizationId, [targetId, sourceId]);
  const target = rows.find((r) => r.id === targetId);
  const source = rows.find((r) => r.id === sourceId);
  if (!target || !source) throw notFound('Customer');
  return { target: assertLive(target), source: assertLive(source) };
}

/**
 * Merges the source customer into the target: identities and tickets move, the target fills its
 * gaps from the source, and the source stays as a redirect (`merged_into_id`). Recorded in both
 * histories and the audit log.
 */
export async function mergeCustomers(ctx: ServiceCtx, targetId: string, sourceId: string): Promise<Customer> {
  if (targetId === sourceId)
    throw new AppError(409, 'merge_into_self', 'A customer cannot be merged into itself.');
  const org = ctx.actor.organizationId;
  return ctx.db.transaction(async (tx) => {
    const { target, source } = await lockPair(tx, org, targetId, sourceId);
    const moved = await tx
      .update(customerIdentities)
      .set({ customerId: targetId })
      .where(and(eq(customerIdentities.organizationId, org), eq(customerIdentities.customerId, sourceId)))
      .returning({ id: customerIdentities.id });
    const [merged] = await tx
      .update(customers)
      .set({ ...combine(target, source), updatedAt: ctx.now })
      .where(eq(customers.id, targetId))
      .returning();
    const redirect = { mergedIntoId: targetId, mergedAt: ctx.now, updatedAt: ctx.now };
    await tx.update(customers).set(redirect).where(eq(customers.id, sourceId));
    // Earlier redirects to the source now point at the target, so a redirect is always one hop.
    await tx
      .update(customers)
      .set({ mergedIntoId: targetId })
      .where(and(eq(customers.organizationId, org), eq(customers.mergedIntoId, sourceId)));
    const tickets = await moveTickets(tx, org, sourceId, targetId);
    const data = { sourceId, targetId, identitiesMoved: moved.length, ticketsMoved: tickets };
    await recordCustomerEvent(tx, {
      organizationId: org,
      customerId: targetId,
      type: 'customer.merged',
      actor: ctx.actor,
      data,
      at: ctx.now,
    });
    await recordCustomerEvent(tx, {
      organizationId: org,
      customerId: sourceId,
      type: 'customer.merged_into',
      actor: ctx.actor,
      data,
      at: ctx.now,
    });
    await recordAudit(tx, {
      organizationId: org,
      actor: ctx.actor,
      action: 'customer.merged',
      subjectType: 'customer',
      subjectId: targetId,
      meta: ctx.meta,
      details: data,
      at: ctx.now,
    });
    return presentOne(tx, merged!);
  });
}
