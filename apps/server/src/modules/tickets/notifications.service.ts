import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import type { ServiceCtx } from '../../http/actor.ts';
import { newId } from '../../platform/crypto.ts';
import { notifications, type NotificationKind } from './tickets.table.ts';

/** In-app notifications (mention, assignment, reply on a followed ticket), in the caller's transaction. */
export async function notify(
  db: Db,
  n: {
    organizationId: string;
    agentIds: string[];
    kind: NotificationKind;
    ticketId: string;
    messageId?: string;
    actorId: string | null;
    now: Date;
  },
) {
  const ids = [...new Set(n.agentIds)].filter((id) => id !== n.actorId);
  if (ids.length === 0) return;
  await db.insert(notifications).values(
    ids.map((agentId) => ({
      id: newId(),
      organizationId: n.organizationId,
      agentId,
      kind: n.kind,
      ticketId: n.ticketId,
      messageId: n.messageId ?? null,
      actorId: n.actorId,
      createdAt: n.now,
    })),
  );
}

export async function listNotifications(ctx: ServiceCtx, unreadOnly: boolean) {
  const conds = [
    eq(notifications.agentId, ctx.actor.agentId),
    eq(notifications.organizationId, ctx.actor.organizationId),
  ];
  if (unreadOnly) conds.push(isNull(notifications.readAt));
  const rows = await ctx.db
    .select()
    .from(notifications)
    .where(and(...conds))
    .orderBy(desc(notifications.createdAt))
    .limit(100);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    ticketId: r.ticketId,
    messageId: r.messageId,
    actorId: r.actorId,
    createdAt: r.createdAt.toISOString(),
    readAt: r.readAt?.toISOString() ?? null,
  }));
}

export async function markNotificationsRead(ctx: ServiceCtx, ids: string[]) {
  if (ids.length === 0) return;
  await ctx.db
    .update(notifications)
    .set({ readAt: ctx.now })
    .where(
      and(
        eq(notifications.agentId, ctx.actor.agentId),
        inArray(notifications.id, ids),
        isNull(notifications.readAt),
      ),
    );
}
