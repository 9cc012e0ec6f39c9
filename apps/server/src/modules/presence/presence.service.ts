import { and, asc, eq, sql } from 'drizzle-orm';
import type {
  AgentPresence,
  CreatePresenceReasonInput,
  PresenceReason,
  SetAgentStateInput,
  UpdatePresenceReasonInput,
} from '@kontakt/contracts';
import type { Actor, ServiceCtx } from '../../http/actor.ts';
import type { AppDeps } from '../../http/deps.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/crypto.ts';
import { orgRoom } from '../../realtime/rooms.ts';
import { agents } from '../agents/index.ts';
import {
  agentPresence,
  agentPresenceLog,
  DEFAULT_CHAT_CAPACITY,
  presenceReasons,
  type PresenceReasonRow,
} from './presence.table.ts';

const presentReason = (r: PresenceReasonRow): PresenceReason => ({
  id: r.id,
  code: r.code,
  label: r.label,
  states: r.states,
  active: r.active,
});

export async function listReasons(db: Db, organizationId: string) {
  const rows = await db
    .select()
    .from(presenceReasons)
    .where(eq(presenceReasons.organizationId, organizationId))
    .orderBy(asc(presenceReasons.createdAt));
  return rows.map(presentReason);
}

export async function createReason(ctx: ServiceCtx, input: CreatePresenceReasonInput) {
  const [row] = await ctx.db
    .insert(presenceReasons)
    .values({
      id: newId(),
      organizationId: ctx.actor.organizationId,
      code: input.code,
      label: input.label,
      states: [...new Set(input.states)],
      active: true,
      createdAt: ctx.now,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new AppError(409, 'conflict', 'A reason with this code exists already.', { field: 'code' });
  return presentReason(row);
}

export async function updateReason(ctx: ServiceCtx, id: string, input: UpdatePresenceReasonInput) {
  const [row] = await ctx.db
    .update(presenceReasons)
    .set({
      ...(input.label !== undefined ? { label: input.label } : {}),
      ...(input.states !== undefined ? { states: [...new Set(input.states)] } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
    })
    .where(and(eq(presenceReasons.organizationId, ctx.actor.organizationId), eq(presenceReasons.id, id)))
    .returning();
  if (!row) throw notFound('Presence reason');
  return presentReason(row);
}

/** Every active agent of the organization (or one) with state, reason and chat load. */
export async function listAgentPresence(
  db: Db,
  organizationId: string,
  agentId?: string,
): Promise<AgentPresence[]> {
  const rows = await db
    .select({
      id: agents.id,
      name: agents.name,
      createdAt: agents.createdAt,
      state: agentPresence.state,
      since: agentPresence.since,
      capacity: agentPresence.chatCapacity,
      reason: presenceReasons,
      activeChats: sql<number>`(SELECT count(*)::int FROM chat_sessions s
        WHERE s.agent_id = ${agents.id} AND s.state = 'active')`,
    })
    .from(agents)
    .leftJoin(agentPresence, eq(agentPresence.agentId, agents.id))
    .leftJoin(presenceReasons, eq(presenceReasons.id, agentPresence.reasonId))
    .where(
      and(
        eq(agents.organizationId, organizationId),
        eq(agents.active, true),
        ...(agentId ? [eq(agents.id, agentId)] : []),
      ),
    )
    .orderBy(asc(agents.name));
  return rows.map((r) => ({
    agent: { id: r.id, name: r.name },
    state: r.state ?? 'offline',
    reason: r.reason ? { id: r.reason.id, code: r.reason.code, label: r.reason.label } : null,
    since: (r.since ?? r.createdAt).toISOString(),
    chatCapacity: r.capacity ?? DEFAULT_CHAT_CAPACITY,
    activeChats: Number(r.activeChats),
  }));
}

export async function presenceOf(db: Db, organizationId: string, agentId: string): Promise<AgentPresence> {
  const [p] = await listAgentPresence(db, organizationId, agentId);
  if (!p) throw notFound('Agent');
  return p;
}

/** The `agent_presence.changed` event for the organization's connections. */
const changedEvent = (organizationId: string, presence: AgentPresence) => ({
  type: 'chat.emit' as const,
  organizationId,
  namespace: 'agents' as const,
  rooms: [orgRoom(organizationId)],
  event: 'agent_presence.changed',
  payload: presence,
});

/**
 * Changes the caller's state; every change is appended to the log with its time and reason.
 * A reason must be the organization's, active, and allowed for the state; `online` takes none.
 */
export async function setAgentState(deps: AppDeps, actor: Actor, input: SetAgentStateInput) {
  const org = actor.organizationId;
  const now = deps.clock.now();
  let reason: PresenceReasonRow | null = null;
  if (input.reasonId) {
    if (input.state === 'online')
      throw new AppError(400, 'validation_failed', 'Online takes no reason.', { field: 'reasonId' });
    const [row] = await deps.db
      .select()
      .from(presenceReasons)
      .where(and(eq(presenceReasons.organizationId, org), eq(presenceReasons.id, input.reasonId)));
    if (!row || !row.active) throw new AppError(404, 'not_found', 'Reason not found.', { field: 'reasonId' });
    if (!row.states.includes(input.state as Exclude<typeof input.state, 'online'>))
      throw new AppError(400, 'validation_failed', `This reason is not for "${input.state}".`, {
        field: 'reasonId',
      });
    reason = row;
  }
  await deps.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(agentPresence)
      .where(eq(agentPresence.agentId, actor.agentId))
      .for('update');
    const becomesOnline = input.state === 'online' && before?.state !== 'online';
    await tx
      .insert(agentPresence)
      .values({
        agentId: actor.agentId,
        organizationId: org,
        state: input.state,
        reasonId: reason?.id ?? null,
        since: now,
        chatCapacity: DEFAULT_CHAT_CAPACITY,
        idleSince: now,
      })
      .onConflictDoUpdate({
        target: agentPresence.agentId,
        set: {
          state: input.state,
          reasonId: reason?.id ?? null,
          since: now,
          ...(becomesOnline ? { idleSince: now } : {}),
        },
      });
    await tx.insert(agentPresenceLog).values({
      id: newId(),
      organizationId: org,
      agentId: actor.agentId,
      state: input.state,
      reasonId: reason?.id ?? null,
      reasonCode: reason?.code ?? null,
      changedAt: now,
    });
  });
  const presence = await presenceOf(deps.db, org, actor.agentId);
  deps.events.publish(changedEvent(org, presence));
  return presence;
}

/** Sets an agent's chat capacity (admins). */
export async function setChatCapacity(
  ctx: ServiceCtx,
  events: AppDeps['events'],
  agentId: string,
  capacity: number,
) {
  const org = ctx.actor.organizationId;
  const [agent] = await ctx.db
    .select({ id: agents.id })
    .from(agents)
    .where(and(eq(agents.organizationId, org), eq(agents.id, agentId)));
  if (!agent) throw notFound('Agent');
  await ctx.db
    .insert(agentPresence)
    .values({
      agentId,
      organizationId: org,
      state: 'offline',
      reasonId: null,
      since: ctx.now,
      chatCapacity: capacity,
      idleSince: ctx.now,
    })
    .onConflictDoUpdate({ target: agentPresence.agentId, set: { chatCapacity: capacity } });
  const presence = await presenceOf(ctx.db, org, agentId);
  events.publish(changedEvent(org, presence));
  return presence;
}
