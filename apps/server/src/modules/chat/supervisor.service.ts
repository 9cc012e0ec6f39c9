import { and, asc, eq, inArray } from 'drizzle-orm';
import type { SupervisorSnapshot } from '@kontakt/contracts';
import type { Actor } from '../../http/actor.ts';
import type { Db } from '../../platform/db.ts';
import { forbidden } from '../../http/errors.ts';
import { agents } from '../agents/index.ts';
import { listQueues } from '../tickets/index.ts';
import { listAgentPresence } from '../presence/presence.service.ts';
import { chatSessions } from './chat.table.ts';
import { presentSession } from './chat.presenter.ts';

const seconds = (from: Date, to: Date) => Math.max(0, Math.floor((to.getTime() - from.getTime()) / 1000));

/**
 * The live picture for leads and admins: per queue how many chats wait and for how long the
 * longest has, every agent's state and load, and the chats waiting or in progress.
 */
export async function supervisorSnapshot(db: Db, actor: Actor, now: Date): Promise<SupervisorSnapshot> {
  if (actor.role !== 'lead' && actor.role !== 'admin') throw forbidden('Only leads and admins see this.');
  const org = actor.organizationId;
  const open = await db
    .select({ session: chatSessions, agentName: agents.name })
    .from(chatSessions)
    .leftJoin(agents, eq(agents.id, chatSessions.agentId))
    .where(and(eq(chatSessions.organizationId, org), inArray(chatSessions.state, ['waiting', 'active'])))
    .orderBy(asc(chatSessions.enqueuedAt));
  const queues = await listQueues(db, org);
  const waiting = open.filter((o) => o.session.state === 'waiting');
  return {
    at: now.toISOString(),
    queues: queues
      .map((q) => {
        const here = waiting.filter((w) => w.session.queueId === q.id);
        return {
          queueId: q.id,
          name: q.name,
          waiting: here.length,
          longestWaitSeconds: here.length ? seconds(here[0]!.session.enqueuedAt, now) : 0,
        };
      })
      .filter((q) => q.waiting > 0 || open.some((o) => o.session.queueId === q.queueId)),
    agents: await listAgentPresence(db, org),
    chats: open.map(({ session, agentName }) => ({
      session: presentSession(session, agentName),
      visitorName: session.visitorName ?? session.visitorEmail,
      waitedSeconds: seconds(session.enqueuedAt, session.acceptedAt ?? now),
    })),
  };
}
