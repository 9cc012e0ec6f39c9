import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../http/actor.ts';
import type { AppDeps } from '../../http/deps.ts';
import type { Db } from '../../platform/db.ts';
import { agentRoom } from '../../realtime/rooms.ts';
import {
  followerIdsByTicket,
  getQueue,
  lockTicket,
  presentTicket,
  recordTicketEvents,
  tickets,
  type TicketRow,
} from '../tickets/index.ts';
import { applySla } from '../sla/index.ts';
import type { ChatSessionRow } from './chat.table.ts';
import { publishChat, toAgents, toVisitor } from './chat-events.ts';
import { chatAgentRooms } from './chat-messages.service.ts';
import { describeSession } from './sessions.service.ts';

/** What changed on the chat ticket, to announce after the commit. */
export interface TicketChange {
  row: TicketRow;
  followers: string[];
  previous: { queueId: string; assigneeId: string | null };
}

/**
 * Moves the chat's ticket to another assignee and/or queue in the caller's transaction, with
 * history (a chat ticket follows its chat: who has it, which queue it waits in).
 */
export async function moveChatTicket(
  tx: Db,
  actor: Actor | null,
  session: Pick<ChatSessionRow, 'organizationId' | 'ticketId'>,
  patch: { assigneeId: string | null; queueId?: string },
  now: Date,
): Promise<TicketChange> {
  const row = await lockTicket(tx, session.organizationId, session.ticketId);
  const previous = { queueId: row.queueId, assigneeId: row.assigneeId };
  const queue = patch.queueId ? await getQueue(tx, session.organizationId, patch.queueId) : null;
  const changes = [
    ...(row.assigneeId !== patch.assigneeId
      ? [{ field: 'assigneeId', from: row.assigneeId, to: patch.assigneeId }]
      : []),
    ...(queue && queue.id !== row.queueId ? [{ field: 'queueId', from: row.queueId, to: queue.id }] : []),
    ...(patch.assigneeId && row.status === 'new' ? [{ field: 'status', from: row.status, to: 'open' }] : []),
  ];
  const [updated] = await tx
    .update(tickets)
    .set({
      assigneeId: patch.assigneeId,
      ...(queue ? { queueId: queue.id, teamId: queue.teamId } : {}),
      ...(patch.assigneeId && row.status === 'new' ? { status: 'open' as const } : {}),
      version: sql`${tickets.version} + 1`,
      updatedAt: now,
      lastActivityAt: now,
    })
    .where(eq(tickets.id, row.id))
    .returning();
  await recordTicketEvents(
    tx,
    row,
    actor,
    now,
    changes.map((c) => ({ kind: 'field_changed', ...c })),
  );
  Object.assign(updated!, await applySla(tx, row.id, now));
  const followers = (await followerIdsByTicket(tx, [row.id])).get(row.id) ?? [];
  return { row: updated!, followers, previous };
}

/**
 * After a commit that changed a session: the visitor learns the new state (and agent), agents
 * following the chat get `chat.session_updated`, the ticket's audience `ticket.updated`.
 */
export async function announceSession(
  deps: AppDeps,
  session: ChatSessionRow,
  change: TicketChange | null,
  extraAgentIds: string[] = [],
) {
  const presented = await describeSession(deps.db, session);
  const org = session.organizationId;
  publishChat(deps.events, [
    toVisitor(org, session.id, 'chat.status', {
      session: presented,
      position: null,
      estimatedWaitSeconds: null,
    }),
    toAgents(
      org,
      [...chatAgentRooms(session), ...extraAgentIds.map(agentRoom)],
      'chat.session_updated',
      presented,
    ),
  ]);
  if (change) {
    deps.events.publish({
      type: 'ticket.updated',
      organizationId: org,
      ticket: presentTicket(change.row, change.followers),
      previous: change.previous,
    });
  }
  return presented;
}
