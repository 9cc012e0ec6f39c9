import type { Db } from '../../platform/db.ts';
import type { Actor } from '../../http/actor.ts';
import { newId } from '../../platform/crypto.ts';
import { ticketEvents } from './tickets.table.ts';

export interface Change {
  field: string;
  from: unknown;
  to: unknown;
}

/** An automation rule acting on a ticket (history actor `rule`, its id as actor id). */
export interface RuleActor {
  kind: 'rule';
  ruleId: string;
}

/** Who did it, as the history records it. */
export const eventActor = (actor: Actor | RuleActor | null) =>
  actor?.kind === 'rule'
    ? { actorType: 'rule' as const, actorId: actor.ruleId }
    : actor
      ? {
          actorType: actor.kind === 'api_token' ? ('api_token' as const) : ('agent' as const),
          actorId: actor.kind === 'api_token' ? actor.tokenId : actor.agentId,
        }
      : { actorType: 'system' as const, actorId: null };

/** Records history rows in the caller's transaction: one per changed field, or one event of a kind. */
export async function recordTicketEvents(
  db: Db,
  ticket: { id: string; organizationId: string },
  actor: Actor | RuleActor | null,
  now: Date,
  items: Array<{ kind: string; field?: string; from?: unknown; to?: unknown }>,
): Promise<void> {
  if (items.length === 0) return;
  const who = eventActor(actor);
  await db.insert(ticketEvents).values(
    items.map((i) => ({
      id: newId(),
      organizationId: ticket.organizationId,
      ticketId: ticket.id,
      ...who,
      kind: i.kind,
      field: i.field ?? null,
      oldValue: i.from === undefined ? null : i.from,
      newValue: i.to === undefined ? null : i.to,
      createdAt: now,
    })),
  );
}
