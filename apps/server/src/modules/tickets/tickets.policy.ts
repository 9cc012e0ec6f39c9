import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import type { Actor } from '../../http/actor.ts';
import { hasScope } from '../../http/actor.ts';
import { authCache } from '../../http/auth-cache.ts';
import { teamMembers } from '../agents/index.ts';
import { organizations } from '../organizations/index.ts';
import { queues, type TicketRow } from './tickets.table.ts';

/** The queues whose tickets an actor sees: all for leads, QA and admins (or when the organization opens all), else their teams' queues. */
export async function visibleQueueIds(db: Db, actor: Actor): Promise<'all' | string[]> {
  if (actor.role !== 'agent') return 'all';
  return authCache.queues('visible', actor, () => loadVisibleQueueIds(db, actor));
}

async function loadVisibleQueueIds(db: Db, actor: Actor): Promise<'all' | string[]> {
  const [org] = await db
    .select({ settings: organizations.settings })
    .from(organizations)
    .where(eq(organizations.id, actor.organizationId));
  if (org?.settings?.ticketsVisibleToAll === true) return 'all';
  return loadTeamQueueIds(db, actor);
}

/** The queues of the actor's teams ("my queues"), whatever their role. */
export async function teamQueueIds(db: Db, actor: Actor): Promise<string[]> {
  return (await authCache.queues('team', actor, () => loadTeamQueueIds(db, actor))) as string[];
}

async function loadTeamQueueIds(db: Db, actor: Actor): Promise<string[]> {
  const rows = await db
    .select({ id: queues.id })
    .from(queues)
    .innerJoin(
      teamMembers,
      and(eq(teamMembers.teamId, queues.teamId), eq(teamMembers.agentId, actor.agentId)),
    )
    .where(eq(queues.organizationId, actor.organizationId));
  return rows.map((r) => r.id);
}

/** Pure: may this actor see the ticket, given the queues they see? Assignees always see their tickets. */
export const canSee = (
  ticket: Pick<TicketRow, 'organizationId' | 'queueId' | 'assigneeId'>,
  actor: Actor,
  visible: 'all' | string[],
): boolean =>
  ticket.organizationId === actor.organizationId &&
  (visible === 'all' || visible.includes(ticket.queueId) || ticket.assigneeId === actor.agentId);

/** What the actor may do with a ticket they can see (returned with the ticket). */
export function abilities(ticket: Pick<TicketRow, 'status' | 'mergedIntoId'>, actor: Actor) {
  const write = hasScope(actor.scopes, 'tickets:write');
  const live = ticket.status !== 'closed' && !ticket.mergedIntoId;
  return { update: write && !ticket.mergedIntoId, reply: write && live, note: write, merge: write && live };
}
