import {
  and,
  arrayContains,
  eq,
  getTableColumns,
  gte,
  inArray,
  isNull,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { TicketFilters, TicketSort } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import type { Actor } from '../../http/actor.ts';
import { teamMembers } from '../agents/index.ts';
import { queues, tickets, type TicketRow } from './tickets.table.ts';
import { teamQueueIds } from './tickets.policy.ts';
import { afterCursor, decodeSortCursor, encodeSortCursor, resolveSort, sortOrder } from './ticket-sort.ts';

/** The condition that keeps a list to what the actor may see. */
export function visibilityCondition(actor: Actor, visible: 'all' | string[]): SQL {
  const org = eq(tickets.organizationId, actor.organizationId);
  if (visible === 'all') return org;
  const mine = eq(tickets.assigneeId, actor.agentId);
  return and(org, visible.length ? or(inArray(tickets.queueId, visible), mine) : mine)!;
}

/**
 * SQL for a set of filters; `me` in assignees means the reader. `myQueues` are the reader's team
 * queues when already known: as literal ids the planner can walk an index in the view's order and
 * stop at the page size, which a subquery hides from it.
 */
export function filterConditions(f: TicketFilters, actor: Actor, myQueues?: string[]): SQL[] {
  const c: SQL[] = [];
  if (f.status?.length) c.push(inArray(tickets.status, f.status));
  if (f.priority?.length) c.push(inArray(tickets.priority, f.priority));
  if (f.type?.length) c.push(inArray(tickets.type, f.type));
  if (f.channel?.length) c.push(inArray(tickets.channel, f.channel));
  if (f.queueIds?.length) c.push(inArray(tickets.queueId, f.queueIds));
  if (f.teamIds?.length) c.push(inArray(tickets.teamId, f.teamIds));
  if (f.customerId) c.push(eq(tickets.customerId, f.customerId));
  if (f.tags?.length) c.push(arrayContains(tickets.tags, f.tags));
  if (f.contactReasonIds?.length) c.push(inArray(tickets.contactReasonId, f.contactReasonIds));
  if (f.createdAfter) c.push(gte(tickets.createdAt, new Date(f.createdAfter)));
  if (f.createdBefore) c.push(lte(tickets.createdAt, new Date(f.createdBefore)));
  if (f.assignees?.length) {
    const ids = f.assignees.map((a) => (a === 'me' ? actor.agentId : a)).filter((a) => a !== 'none');
    const parts: SQL[] = [];
    if (ids.length) parts.push(inArray(tickets.assigneeId, ids));
    if (f.assignees.includes('none')) parts.push(isNull(tickets.assigneeId));
    c.push(parts.length === 1 ? parts[0]! : or(...parts)!);
  }
  if (f.myQueuesOnly && myQueues) {
    c.push(myQueues.length ? inArray(tickets.queueId, myQueues) : sql`false`);
  } else if (f.myQueuesOnly) {
    c.push(
      inArray(
        tickets.queueId,
        sql`(SELECT ${queues.id} FROM ${queues} JOIN ${teamMembers} ON ${teamMembers.teamId} = ${queues.teamId} WHERE ${teamMembers.agentId} = ${actor.agentId})`,
      ),
    );
  }
  return c;
}

/** One page of tickets, keyset-paginated on (sort key, id). */
export async function listTickets(
  db: Db,
  opts: {
    actor: Actor;
    visible: 'all' | string[];
    filters: TicketFilters;
    sort: TicketSort;
    limit: number;
    cursor?: string | undefined;
  },
) {
  const s = resolveSort(opts.sort);
  const myQueues = opts.filters.myQueuesOnly ? await teamQueueIds(db, opts.actor) : undefined;
  const conds = [
    visibilityCondition(opts.actor, opts.visible),
    ...filterConditions(opts.filters, opts.actor, myQueues),
  ];
  const after = decodeSortCursor(s, opts.cursor);
  if (after) conds.push(afterCursor(s, after));
  // Keys computed in SQL come back with the row, so the cursor holds what was compared.
  const columns = s.of ? getTableColumns(tickets) : { ...getTableColumns(tickets), sortKey: s.expr };
  const rows = (await db
    .select(columns)
    .from(tickets)
    .where(and(...conds))
    .orderBy(...sortOrder(s))
    .limit(opts.limit + 1)) as Array<TicketRow & { sortKey?: string }>;
  const items: TicketRow[] = rows.slice(0, opts.limit).map(({ sortKey, ...row }) => (void sortKey, row));
  const last = rows[opts.limit - 1];
  if (rows.length <= opts.limit || !last) return { items, nextCursor: null };
  return { items, nextCursor: encodeSortCursor(s.of ? s.of(last) : String(last.sortKey), last.id) };
}

/** The rows a count looks at: matching tickets, at most `cap` + 1 of them (a subquery to count). */
export function countQuery(
  db: Db,
  actor: Actor,
  visible: 'all' | string[],
  filters: TicketFilters,
  cap: number,
  myQueues?: string[],
) {
  return db
    .select({ one: sql`1` })
    .from(tickets)
    .where(and(visibilityCondition(actor, visible), ...filterConditions(filters, actor, myQueues)))
    .limit(cap + 1);
}
