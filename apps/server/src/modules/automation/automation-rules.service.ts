import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  automationRuleIssues,
  type AutomationDryRunResult,
  type AutomationRule,
  type AutomationRun,
  type CreateAutomationRuleInput,
  type UpdateAutomationRuleInput,
} from '@kontakt/contracts';
import {
  anchorOf,
  describeEffect,
  effectParams,
  evaluateConditions,
  planActions,
  timeTriggerDueAt,
} from '@kontakt/domain';
import type { ServiceCtx } from '../../http/actor.ts';
import type { Db } from '../../platform/db.ts';
import { AppError, conflict } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { getTicketForActor, queues, tickets } from '../tickets/index.ts';
import { missingReferences, referenceProblems } from './automation-references.ts';
import { FactsLoader } from './automation-engine.ts';
import { forgetRules, getRule, lastRunsOf, listRules, runsOf } from './automation-rules.repo.ts';
import { automationRules, type AutomationRuleRow } from './automation.table.ts';

export function presentRule(r: AutomationRuleRow, lastRunAt: Date | null): AutomationRule {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    active: r.active,
    event: r.event,
    conditions: r.conditions,
    timeTrigger: r.timeTrigger ?? null,
    actions: r.actions,
    position: r.position,
    version: r.version,
    lastRunAt: lastRunAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

async function present(db: Db, rows: AutomationRuleRow[]) {
  const last = await lastRunsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentRule(r, last.get(r.id) ?? null));
}

export const listAutomationRules = async (ctx: ServiceCtx) =>
  present(ctx.db, await listRules(ctx.db, ctx.actor.organizationId));

export const getAutomationRule = async (ctx: ServiceCtx, id: string) =>
  (await present(ctx.db, [await getRule(ctx.db, ctx.actor.organizationId, id)]))[0]!;

/** Refuses a rule that is inconsistent or names something the organization does not have. */
async function assertValid(
  ctx: ServiceCtx,
  rule: Pick<AutomationRuleRow, 'event' | 'timeTrigger' | 'conditions' | 'actions'>,
) {
  const issues = automationRuleIssues({ ...rule, timeTrigger: rule.timeTrigger ?? null });
  if (issues.length)
    throw new AppError(400, 'validation_failed', issues.map((i) => i.message).join('; '), { issues });
  const missing = await missingReferences(ctx.db, ctx.actor.organizationId, rule.actions, rule.conditions);
  if (missing.length)
    throw new AppError(
      400,
      'unknown_reference',
      `Not found: ${missing.map((m) => `${m.kind} ${m.ref}`).join(', ')}.`,
      {
        issues: missing,
      },
    );
}

/** Numbers the rules 0, 1, 2… in the given order. */
async function renumber(tx: Db, ids: string[], now: Date) {
  for (const [i, id] of ids.entries())
    await tx.update(automationRules).set({ position: i, updatedAt: now }).where(eq(automationRules.id, id));
}

export async function createAutomationRule(ctx: ServiceCtx, input: CreateAutomationRuleInput) {
  const org = ctx.actor.organizationId;
  const { position, ...fields } = input;
  await assertValid(ctx, fields);
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(automationRules).values({
      id,
      organizationId: org,
      ...fields,
      position: 1_000_000,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    const ids = (await listRules(tx, org)).map((r) => r.id).filter((x) => x !== id);
    ids.splice(Math.min(position ?? ids.length, ids.length), 0, id);
    await renumber(tx, ids, ctx.now);
  });
  forgetRules(org);
  return getAutomationRule(ctx, id);
}

export async function updateAutomationRule(ctx: ServiceCtx, id: string, input: UpdateAutomationRuleInput) {
  const org = ctx.actor.organizationId;
  const current = await getRule(ctx.db, org, id);
  const { version, ...fields } = input;
  await assertValid(ctx, { ...current, ...fields });
  const [row] = await ctx.db
    .update(automationRules)
    .set({ ...fields, version: sql`${automationRules.version} + 1`, updatedAt: ctx.now })
    .where(
      and(
        eq(automationRules.organizationId, org),
        eq(automationRules.id, id),
        eq(automationRules.version, version),
      ),
    )
    .returning();
  if (!row)
    throw conflict(`Someone changed this rule (now version ${current.version}). Reload to see their change.`);
  forgetRules(org);
  return getAutomationRule(ctx, id);
}

export async function deleteAutomationRule(ctx: ServiceCtx, id: string) {
  const org = ctx.actor.organizationId;
  await getRule(ctx.db, org, id);
  await ctx.db
    .delete(automationRules)
    .where(and(eq(automationRules.organizationId, org), eq(automationRules.id, id)));
  forgetRules(org);
}

/** Puts every rule of the organization in the given order (the list must name each exactly once). */
export async function reorderAutomationRules(ctx: ServiceCtx, ids: string[]) {
  const org = ctx.actor.organizationId;
  await ctx.db.transaction(async (tx) => {
    const have = (await listRules(tx, org)).map((r) => r.id);
    if (ids.length !== have.length || new Set(ids).size !== ids.length || !ids.every((i) => have.includes(i)))
      throw new AppError(400, 'validation_failed', 'Name every rule of the organization exactly once.', {
        field: 'ids',
      });
    await renumber(tx, ids, ctx.now);
  });
  forgetRules(org);
  return listAutomationRules(ctx);
}

export async function automationRuns(ctx: ServiceCtx, id: string, limit: number): Promise<AutomationRun[]> {
  await getRule(ctx.db, ctx.actor.organizationId, id);
  const rows = await runsOf(ctx.db, ctx.actor.organizationId, id, limit);
  return rows.map(({ run, ticketNumber }) => ({
    id: run.id,
    ruleId: run.ruleId,
    ticketId: run.ticketId,
    ticketNumber: ticketNumber === null ? null : Number(ticketNumber),
    event: run.event,
    depth: run.depth,
    result: run.result,
    changes: run.changes,
    errors: run.errors,
    at: run.createdAt.toISOString(),
  }));
}

/**
 * What a rule would do to a ticket now: each condition's outcome, the fields that would change
 * and the other effects. Reads only. Change conditions see no change (there is no event).
 */
export async function dryRunAutomationRule(
  ctx: ServiceCtx,
  id: string,
  ticketId: string,
): Promise<AutomationDryRunResult> {
  const rule = await getRule(ctx.db, ctx.actor.organizationId, id);
  const ticket = await getTicketForActor(ctx.db, ctx.actor, ticketId);
  const facts = await new FactsLoader(ctx.db, ctx.now).load(ticket, rule, { changes: null, message: null });
  const evaluation = evaluateConditions(rule.conditions, facts);
  let timeTrigger: AutomationDryRunResult['timeTrigger'] = null;
  if (rule.timeTrigger) {
    const [row] = await ctx.db
      .select({ at: sql<string>`status_changed_at` })
      .from(tickets)
      .where(eq(tickets.id, ticket.id));
    const anchors = {
      statusChangedAt: new Date(row!.at),
      lastActivityAt: ticket.lastActivityAt,
      createdAt: ticket.createdAt,
    };
    const dueAt = timeTriggerDueAt(rule.timeTrigger, anchors);
    timeTrigger = {
      matched: dueAt <= ctx.now && anchorOf(rule.timeTrigger, anchors) <= ctx.now,
      dueAt: dueAt.toISOString(),
    };
  }
  const errors = referenceProblems(await missingReferences(ctx.db, ctx.actor.organizationId, rule.actions));
  const kept = rule.actions.map((_, i) => i).filter((i) => !errors.some((e) => e.action === i));
  const usable = kept.map((i) => rule.actions[i]!);
  const queueIds = usable.flatMap((a) => (a.type === 'assign_queue' ? [a.queueId] : []));
  const teams = queueIds.length
    ? await ctx.db
        .select({ id: queues.id, teamId: queues.teamId })
        .from(queues)
        .where(inArray(queues.id, queueIds))
    : [];
  const plan = planActions(ticket, usable, (q) => teams.find((t) => t.id === q)?.teamId);
  return {
    ruleId: rule.id,
    ticketId: ticket.id,
    matched: evaluation.matched && (timeTrigger?.matched ?? true),
    conditions: evaluation.results,
    timeTrigger,
    changes: plan.changes,
    effects: plan.effects.map((e) => ({ type: e.type, params: effectParams(e), summary: describeEffect(e) })),
    // planActions numbers the usable actions; answer with the rule's own numbering.
    errors: [...errors, ...plan.problems.map((p) => ({ ...p, action: kept[p.action]! }))],
  };
}
