import { refreshCustomerTickets } from '../tickets/index.ts';
import { and, eq, sql } from 'drizzle-orm';
import type { CreateCustomerInput, Customer, IdentityInput, UpdateCustomerInput } from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import type { Db } from '../../platform/db.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { recordAudit, type AuditAction } from '../audit/index.ts';
import { applyAttributeValues, checkAttributeValues } from './attributes.service.ts';
import { getCompany } from './companies.repo.ts';
import { assertLive, identityTaken } from './customers.errors.ts';
import { recordCustomerEvent, type CustomerEventType } from './customers.events.ts';
import { attachIdentity, normalizeForOrg } from './customers.identity.ts';
import {
  findIdentity,
  getCustomer,
  insertIdentity,
  lockCustomers,
  presentOne,
  resolveCustomer,
} from './customers.repo.ts';
import { customerIdentities, customers, type CustomerRow } from './customers.table.ts';

/** Records the change in the customer's history and in the audit log, in the same transaction. */
async function record(
  tx: Db,
  ctx: ServiceCtx,
  customerId: string,
  type: CustomerEventType & AuditAction,
  data: { event?: Record<string, unknown>; audit?: Record<string, unknown> } = {},
) {
  const org = ctx.actor.organizationId;
  await recordCustomerEvent(tx, {
    organizationId: org,
    customerId,
    type,
    actor: ctx.actor,
    data: data.event,
    at: ctx.now,
  });
  await recordAudit(tx, {
    organizationId: org,
    actor: ctx.actor,
    action: type,
    subjectType: 'customer',
    subjectId: customerId,
    meta: ctx.meta,
    details: data.audit,
    at: ctx.now,
  });
}

export async function createCustomer(ctx: ServiceCtx, input: CreateCustomerInput): Promise<Customer> {
  const org = ctx.actor.organizationId;
  const normalized = await Promise.all(input.identities.map((i) => normalizeForOrg(ctx.db, org, i)));
  const identities = [...new Map(normalized.map((i) => [`${i.kind}:${i.value}`, i])).values()];
  if (input.companyId) await getCompany(ctx.db, org, input.companyId);
  await checkAttributeValues(ctx.db, org, input.attributes);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(customers)
      .values({
        id: newId(),
        organizationId: org,
        ...input,
        attributes: applyAttributeValues({}, input.attributes),
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    for (const identity of identities) {
      const added = await insertIdentity(tx, {
        id: newId(),
        organizationId: org,
        customerId: row!.id,
        ...identity,
        createdAt: ctx.now,
      });
      if (!added) throw identityTaken((await findIdentity(tx, org, identity))?.customerId);
    }
    await record(tx, ctx, row!.id, 'customer.created', { event: { identities: identities.length } });
    return presentOne(tx, row!);
  });
}

type Field = Exclude<keyof UpdateCustomerInput, 'attributes'>;

/** Old and new values of the fields that really change, for the history. */
function diff(before: CustomerRow, after: Partial<CustomerRow>) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(after)) {
    const from = before[key as keyof CustomerRow];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}

/** Attribute keys whose value changes, old and new (absent = null). */
function attributeDiff(before: CustomerRow['attributes'], after: CustomerRow['attributes']) {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => before[k] !== after[k],
  );
  if (keys.length === 0) return {};
  const pick = (a: CustomerRow['attributes']) => Object.fromEntries(keys.map((k) => [k, a[k] ?? null]));
  return { attributes: { from: pick(before), to: pick(after) } };
}

/** A change based on a version someone else has since moved past; carries the current customer. */
async function staleVersion(db: Db, row: CustomerRow) {
  return conflict(`Someone changed this customer (now version ${row.version}). Reload to see their change.`, {
    current: await presentOne(db, row),
  });
}

/**
 * Rectification: applies the fields sent and keeps their old values in the customer's history.
 * With `version`, a change based on an older read answers 409 `conflict` instead of overwriting.
 */
export async function updateCustomer(
  ctx: ServiceCtx,
  id: string,
  input: UpdateCustomerInput,
): Promise<Customer> {
  const org = ctx.actor.organizationId;
  if (input.companyId) await getCompany(ctx.db, org, input.companyId);
  const { attributes, version, ...fields } = input;
  if (attributes) await checkAttributeValues(ctx.db, org, attributes);
  return ctx.db.transaction(async (tx) => {
    const [locked] = await lockCustomers(tx, org, [id]);
    if (!locked) throw notFound('Customer');
    const before = assertLive(locked);
    if (version !== undefined && before.version !== version) throw await staleVersion(tx, before);
    const nextAttributes = attributes
      ? applyAttributeValues(before.attributes, attributes)
      : before.attributes;
    const changes = {
      ...diff(before, fields as Pick<CustomerRow, Field>),
      ...attributeDiff(before.attributes, nextAttributes),
    };
    if (Object.keys(changes).length === 0) return presentOne(tx, before);
    const [row] = await tx
      .update(customers)
      .set({
        ...fields,
        attributes: nextAttributes,
        version: sql`${customers.version} + 1`,
        updatedAt: ctx.now,
      })
      .where(eq(customers.id, id))
      .returning();
    await record(tx, ctx, id, 'customer.updated', {
      event: { changes },
      audit: { changed: Object.keys(changes) },
    });
    if ('name' in changes) await refreshCustomerTickets(tx, org, id);
    return presentOne(tx, row!);
  });
}

/** Adds an identity through the HTTP API; `added` is false when the customer already had it. */
export async function addIdentity(ctx: ServiceCtx, id: string, identity: IdentityInput) {
  const org = ctx.actor.organizationId;
  return ctx.db.transaction(async (tx) => {
    const res = await attachIdentity(tx, { organizationId: org, customerId: id, identity, now: ctx.now });
    if (res.added) {
      const { kind, value } = res.identity;
      await record(tx, ctx, id, 'customer.identity_added', {
        event: { identity: { kind, value } },
        audit: { kind },
      });
      await refreshCustomerTickets(tx, org, id);
    }
    return { customer: await presentOne(tx, await getCustomer(tx, org, id)), added: res.added };
  });
}

export async function removeIdentity(ctx: ServiceCtx, id: string, identityId: string): Promise<void> {
  const org = ctx.actor.organizationId;
  assertLive(await getCustomer(ctx.db, org, id));
  await ctx.db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(customerIdentities)
      .where(
        and(
          eq(customerIdentities.organizationId, org),
          eq(customerIdentities.customerId, id),
          eq(customerIdentities.id, identityId),
        ),
      )
      .returning();
    if (!gone) throw notFound('Identity');
    const { kind, value } = gone;
    await record(tx, ctx, id, 'customer.identity_removed', {
      event: { identity: { kind, value } },
      audit: { kind },
    });
    await refreshCustomerTickets(tx, org, id);
  });
}

/**
 * One customer for a person reading it: a merged id answers with the customer it was merged into
 * (`mergedFrom` set). Reading personal data is recorded in the audit log.
 */
export async function viewCustomer(ctx: ServiceCtx, id: string): Promise<Customer> {
  const org = ctx.actor.organizationId;
  const row = await resolveCustomer(ctx.db, org, id);
  const mergedFrom = row.id === id ? undefined : id;
  await recordAudit(ctx.db, {
    organizationId: org,
    actor: ctx.actor,
    action: 'customer.viewed',
    subjectType: 'customer',
    subjectId: row.id,
    meta: ctx.meta,
    details: mergedFrom ? { mergedFrom } : {},
    at: ctx.now,
  });
  const customer = await presentOne(ctx.db, row);
  return mergedFrom ? { ...customer, mergedFrom } : customer;
}
