import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { olderThanCursor, toPage } from '../../platform/cursor.ts';
import { agents } from '../agents/index.ts';
import { apiTokens } from '../auth/index.ts';
import { customerEvents, type CustomerEventRow } from './customers.table.ts';

/** A customer's history, newest first, keyset-paginated on (created_at, id). */
export async function listCustomerEvents(
  db: Db,
  organizationId: string,
  customerId: string,
  q: { limit: number; cursor?: string | undefined },
) {
  const conds = [
    eq(customerEvents.organizationId, organizationId),
    eq(customerEvents.customerId, customerId),
  ];
  const older = olderThanCursor(customerEvents.createdAt, customerEvents.id, q.cursor);
  if (older) conds.push(older);
  const rows = await db
    .select()
    .from(customerEvents)
    .where(and(...conds))
    .orderBy(desc(customerEvents.createdAt), desc(customerEvents.id))
    .limit(q.limit + 1);
  return toPage(rows, q.limit, (r) => r.createdAt);
}

/** Names of the agents and API tokens that acted in these events, by id (this organization's only). */
export async function eventActorNames(
  db: Db,
  organizationId: string,
  rows: CustomerEventRow[],
): Promise<Map<string, string>> {
  const idsOf = (type: CustomerEventRow['actorType']) => [
    ...new Set(rows.filter((r) => r.actorType === type && r.actorId).map((r) => r.actorId!)),
  ];
  const agentIds = idsOf('agent');
  const tokenIds = idsOf('api_token');
  const [agentRows, tokenRows] = await Promise.all([
    agentIds.length
      ? db
          .select({ id: agents.id, name: agents.name })
          .from(agents)
          .where(and(eq(agents.organizationId, organizationId), inArray(agents.id, agentIds)))
      : [],
    tokenIds.length
      ? db
          .select({ id: apiTokens.id, name: apiTokens.name })
          .from(apiTokens)
          .where(and(eq(apiTokens.organizationId, organizationId), inArray(apiTokens.id, tokenIds)))
      : [],
  ]);
  return new Map([...agentRows, ...tokenRows].map((r) => [r.id, r.name]));
}
