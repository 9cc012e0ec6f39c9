import { eq, inArray, sql } from 'drizzle-orm';
import type { AutomationAction, AutomationChange } from '@kontakt/contracts';
import { planActions, type ActionEffect, type ActionProblem } from '@kontakt/domain';
import type { Db } from '../../platform/db.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { applySla } from '../sla/index.ts';
import {
  followerIdsByTicket,
  notify,
  presentTicket,
  queues,
  recordTicketEvents,
  tickets,
  type TicketRow,
} from '../tickets/index.ts';
import { assertCustomFields, assertSolvable } from '../tickets/ticket-validation.ts';
import { missingReferences, referenceProblems } from './automation-references.ts';
import { automationWebhooks } from './automation.table.ts';
import { noteWebhook } from './automation-webhook.ts';
import { insertNote, recipients, renderText, sendReply, tell } from './automation-messages.ts';

/** Who applies the actions: a rule (history actor `rule`) or an agent (a macro). */
export type ActionAuthor =
  { kind: 'rule'; ruleId: string; ruleName: string } | { kind: 'agent'; actor: Actor };

/** The history's actor for an author. */
const historyActor = (by: ActionAuthor) =>
  by.kind === 'rule' ? { kind: 'rule' as const, ruleId: by.ruleId } : by.actor;

/** A history entry as recordTicketEvents takes it. */
export interface HistoryItem {
  kind: string;
  field?: string;
  from?: unknown;
  to?: unknown;
}

export interface ActionsResult {
  /** The ticket after the actions. */
  ticket: TicketRow;
  /** Fields that changed (history-style). */
  changes: AutomationChange[];
  /** Actions that could not run; the others did. */
  errors: ActionProblem[];
}

async function queueWebhook(
  tx: Db,
  ticket: TicketRow,
  by: ActionAuthor,
  now: Date,
  a: Extract<AutomationAction, { type: 'webhook' }>,
) {
  const id = newId();
  const followers = (await followerIdsByTicket(tx, [ticket.id])).get(ticket.id) ?? [];
  const payload = {
    id,
    event: 'automation.webhook',
    at: now.toISOString(),
    rule: by.kind === 'rule' ? { id: by.ruleId, name: by.ruleName } : null,
    ticket: presentTicket(ticket, followers),
  };
  await tx.insert(automationWebhooks).values({
    id,
    organizationId: ticket.organizationId,
    ruleId: by.kind === 'rule' ? by.ruleId : null,
    ticketId: ticket.id,
    url: a.url,
    secret: a.secret,
    payload,
    status: 'queued',
    attempts: 0,
    createdAt: now,
  });
  noteWebhook(ticket.id, id);
}

async function runEffect(tx: Db, ticket: TicketRow, by: ActionAuthor, now: Date, e: ActionEffect) {
  const label = by.kind === 'rule' ? `[${by.ruleName}] ` : '';
  switch (e.type) {
    case 'add_note':
      return void (await insertNote(tx, ticket, by, now, await renderText(tx, ticket, by, now, e.text)));
    case 'send_reply':
      return sendReply(tx, ticket, by, now, e.cannedReplyId);
    case 'notify': {
      const ids = await recipients(tx, ticket, e.recipients, e.agentIds);
      return tell(tx, ticket, by, now, label + (await renderText(tx, ticket, by, now, e.text)), ids);
    }
    case 'escalate': {
      const ids = await recipients(tx, ticket, ['team_lead', 'assignee'], []);
      return tell(tx, ticket, by, now, `${label}Escalated (priority ${ticket.priority}).`, ids);
    }
    case 'webhook':
      return queueWebhook(tx, ticket, by, now, e);
  }
}

/**
 * Applies actions to a ticket in the caller's transaction (rules and macros): field changes in
 * one update with history (and SLA recomputed), then notes, replies, notices and webhooks.
 * An action that cannot run (missing queue, forbidden status change, …) is skipped and reported;
 * the others still apply. The ticket row should be locked by the caller.
 */
export async function executeActions(
  tx: Db,
  ticket: TicketRow,
  actions: readonly AutomationAction[],
  by: ActionAuthor,
  now: Date,
  opts: { history?: HistoryItem[] } = {},
): Promise<ActionsResult> {
  const errors = referenceProblems(await missingReferences(tx, ticket.organizationId, actions));
  const usable = actions.filter((_, i) => !errors.some((p) => p.action === i));
  const queueIds = usable.flatMap((a) => (a.type === 'assign_queue' ? [a.queueId] : []));
  const teamOf = new Map(
    queueIds.length
      ? (
          await tx
            .select({ id: queues.id, teamId: queues.teamId })
            .from(queues)
            .where(inArray(queues.id, queueIds))
        ).map((q) => [q.id, q.teamId])
      : [],
  );
  const plan = planActions(ticket, usable, (id) => teamOf.get(id));
  // planActions numbers actions within `usable`; map back to the rule's own numbering.
  const original = actions.map((a, i) => ({ a, i })).filter(({ i }) => !errors.some((p) => p.action === i));
  errors.push(...plan.problems.map((p) => ({ ...p, action: original[p.action]!.i })));
  const { patch } = plan;
  const guard = async (index: number, fn: () => Promise<unknown>) => {
    try {
      await fn();
      return true;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const params = err.details && typeof err.details === 'object' ? (err.details as object) : {};
      errors.push({ action: index, code: err.code, params: { ...params }, message: err.message });
      return false;
    }
  };
  const indexOf = (type: string) => original.find(({ a }) => a.type === type)?.i ?? 0;
  if (
    patch.customFields &&
    !(await guard(indexOf('set_custom_field'), () =>
      assertCustomFields(tx, ticket.organizationId, patch.customFields),
    ))
  )
    delete patch.customFields;
  if (
    patch.status === 'solved' &&
    !(await guard(indexOf('set_status'), () => assertSolvable(tx, { ...ticket, ...patch })))
  )
    delete patch.status;
  const changes = plan.changes.filter((c) => c.field in patch);
  let row = ticket;
  if (changes.length) {
    const [updated] = await tx
      .update(tickets)
      .set({
        ...patch,
        ...(patch.status === 'solved' ? { solvedAt: now } : {}),
        ...(patch.status === 'closed' ? { closedAt: now } : {}),
        version: sql`${tickets.version} + 1`,
        updatedAt: now,
      })
      .where(eq(tickets.id, ticket.id))
      .returning();
    row = { ...updated!, ...(await applySla(tx, ticket.id, now)) };
    if (patch.assigneeId)
      await notify(tx, {
        organizationId: row.organizationId,
        agentIds: [patch.assigneeId],
        kind: 'assignment',
        ticketId: row.id,
        actorId: by.kind === 'agent' ? by.actor.agentId : null,
        now,
      });
  }
  // One insert: the caller's entries (e.g. `rule_applied`) first, then each changed field.
  await recordTicketEvents(tx, row, historyActor(by), now, [
    ...(opts.history ?? []),
    ...changes.map((c) => ({ kind: 'field_changed', field: c.field, from: c.from, to: c.to })),
  ]);
  for (const e of plan.effects) await guard(original[e.index]!.i, () => runEffect(tx, row, by, now, e));
  return { ticket: row, changes, errors };
}

/** The history entry that names the rule that fired (recorded before its changes). */
export const ruleAppliedEntry = (rule: { id: string; name: string }, event: string): HistoryItem => ({
  kind: 'rule_applied',
  to: { ruleId: rule.id, ruleName: rule.name, event },
});
