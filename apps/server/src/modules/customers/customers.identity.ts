import { eq } from 'drizzle-orm';
import { normalizeIdentity, type RawIdentity } from '@kontakt/domain';
import type { Db } from '../../platform/db.ts';
import { AppError } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { organizations, settingsOf } from '../organizations/index.ts';
import { assertLive, identityTaken } from './customers.errors.ts';
import { recordCustomerEvent } from './customers.events.ts';
import { findIdentity, getCustomer, insertIdentity } from './customers.repo.ts';
import { customers, type CustomerIdentityRow, type CustomerRow } from './customers.table.ts';

/**
 * The country national phone numbers are read in: the organization's `defaultCountry` setting
 * (ISO 3166 alpha-2; the settings module supplies the default).
 */
export async function orgDefaultCountry(db: Db, organizationId: string): Promise<string> {
  const [org] = await db.select().from(organizations).where(eq(organizations.id, organizationId));
  return org ? settingsOf(org).defaultCountry : 'PL';
}

/** The identity as stored (lower-cased e-mail, E.164 phone); 400 with a stable code otherwise. */
export async function normalizeForOrg(db: Db, organizationId: string, identity: RawIdentity) {
  // Only phone numbers depend on the country: e-mail ingest skips the organization read.
  const country = identity.kind === 'phone' ? await orgDefaultCountry(db, organizationId) : 'PL';
  const result = normalizeIdentity(identity, country);
  if (!result.ok) throw new AppError(400, result.problem, result.message, { kind: identity.kind });
  return result.identity;
}

export interface FindOrCreateInput {
  organizationId: string;
  identity: RawIdentity;
  name?: string | null;
  language?: 'pl' | 'cs' | 'en' | null;
  now: Date;
}

/**
 * Finds the customer with this identity in the organization, or creates one (idempotent under
 * concurrency: unique index + ON CONFLICT / retry). A found customer without a name or
 * language gets the ones given here; known values are never overwritten.
 */
export async function findOrCreateCustomerByIdentity(
  db: Db,
  input: FindOrCreateInput,
): Promise<{ customer: CustomerRow; created: boolean }> {
  const identity = await normalizeForOrg(db, input.organizationId, input.identity);
  // Two rounds suffice: losing the race means the winner's identity is committed and found next.
  for (let round = 0; round < 3; round++) {
    const existing = await findIdentity(db, input.organizationId, identity);
    if (existing) return { customer: await fillBlanks(db, existing.customerId, input), created: false };
    const created = await createWithIdentity(db, identity, input);
    if (created) return { customer: created, created: true };
  }
  throw new Error(`identity ${identity.kind} kept appearing and disappearing during find-or-create`);
}

class LostRace extends Error {}

/** A customer known by nothing but the identity (and perhaps a name and language). */
const blankCustomer = (input: FindOrCreateInput) => ({
  id: newId(),
  organizationId: input.organizationId,
  name: input.name?.trim().slice(0, 200) || null,
  language: input.language ?? null,
  flags: [],
  notes: '',
  attributes: {},
  createdAt: input.now,
  updatedAt: input.now,
});

/** Creates the customer and its identity together, or nothing when another writer took the identity. */
async function createWithIdentity(db: Db, identity: RawIdentity, input: FindOrCreateInput) {
  const org = input.organizationId;
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.insert(customers).values(blankCustomer(input)).returning();
      const inserted = await insertIdentity(tx, {
        id: newId(),
        organizationId: org,
        customerId: row!.id,
        ...identity,
        createdAt: input.now,
      });
      // Rolling back drops the customer we just made; the caller finds the winner's instead.
      if (!inserted) throw new LostRace();
      const data = { identity: { kind: identity.kind } };
      await recordCustomerEvent(tx, {
        organizationId: org,
        customerId: row!.id,
        type: 'customer.created',
        actor: { kind: 'system' },
        data,
        at: input.now,
      });
      return row!;
    });
  } catch (err) {
    if (err instanceof LostRace) return null;
    throw err;
  }
}

async function fillBlanks(db: Db, customerId: string, input: FindOrCreateInput): Promise<CustomerRow> {
  const row = await getCustomer(db, input.organizationId, customerId);
  const name = input.name?.trim().slice(0, 200);
  const patch = {
    ...(row.name === null && name ? { name } : {}),
    ...(row.language === null && input.language ? { language: input.language } : {}),
  };
  if (Object.keys(patch).length === 0) return row;
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(customers)
      .set({ ...patch, updatedAt: input.now })
      .where(eq(customers.id, row.id))
      .returning();
    const changes = Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, { from: null, to: v }]));
    await recordCustomerEvent(tx, {
      organizationId: input.organizationId,
      customerId: row.id,
      type: 'customer.updated',
      actor: { kind: 'system' },
      data: { changes },
      at: input.now,
    });
    return updated!;
  });
}

/**
 * Adds an identity to an existing customer (a chat visitor who gives an e-mail address is the
 * same person as that address's customer). Idempotent for the customer's own identity;
 * 409 `identity_taken` when it belongs to someone else.
 */
export async function attachIdentity(
  db: Db,
  input: { organizationId: string; customerId: string; identity: RawIdentity; now: Date },
): Promise<{ identity: CustomerIdentityRow; added: boolean }> {
  const org = input.organizationId;
  const identity = await normalizeForOrg(db, org, input.identity);
  assertLive(await getCustomer(db, org, input.customerId));
  const inserted = await insertIdentity(db, {
    id: newId(),
    organizationId: org,
    customerId: input.customerId,
    ...identity,
    createdAt: input.now,
  });
  if (inserted) return { identity: inserted, added: true };
  const owner = await findIdentity(db, org, identity);
  if (owner?.customerId === input.customerId) return { identity: owner, added: false };
  throw identityTaken(owner?.customerId);
}
