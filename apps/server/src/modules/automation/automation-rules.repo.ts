import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AutomationEvent } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import { notFound } from '../../http/errors.ts';
import { automationRules, automationRuns, type AutomationRuleRow } from './automation.table.ts';

/** The organization's rules in run order. */
export const listRules = (db: Db, organizationId: string) =>
  db
    .select()
    .from(automationRules)
    .where(eq(automationRules.organizationId, organizationId))
    .orderBy(asc(automationRules.position), asc(automationRules.createdAt));

export async function getRule(db: Db, organizationId: string, id: string): Promise<AutomationRuleRow> {
  const [row] = await db
    .select()
    .from(automationRules)
    .where(and(eq(automationRules.organizationId, organizationId), eq(automationRules.id, id)));
  if (!row) throw notFound('Automation rule');
  return row;
}

/** When each rule last ran (rules that never ran are absent). */
export async function lastRunsOf(db: Db, ruleIds: string[]): Promise<Map<string, Date>> {
  if (ruleIds.length === 0) return new Map();
  const rows = await db
    .select({ ruleId: automationRuns.ruleId, at: sql<string>`max(${automationRuns.createdAt})` })
    .from(automationRuns)
    .where(inArray(automationRuns.ruleId, ruleIds))
    .groupBy(automationRuns.ruleId);
  return new Map(rows.map((r) => [r.ruleId, new Date(r.at)]));
}

/** The newest runs of a rule, with the ticket number. */
export const runsOf = (db: Db, organizationId: string, ruleId: string, limit: number) =>
  db
    .select({
      run: automationRuns,
      ticketNumber: sql<
        number | null
      >`(SELECT number FROM tickets WHERE tickets.id = ${automationRuns.ticketId})`,
    })
    .from(automationRuns)
    .where(and(eq(automationRuns.organizationId, organizationId), eq(automationRuns.ruleId, ruleId)))
    .orderBy(desc(automationRuns.createdAt), desc(automationRuns.id))
    .limit(limit);

type ByEvent = Map<AutomationEvent, AutomationRuleRow[]>;
const CACHE_MS = 10_000;
const cache = new Map<string, { at: number; byEvent: ByEvent }>();

/**
 * The active rules of an event in run order, cached per organization: with no rules an event
 * costs no query at all. Changes through the API clear the cache at once; other instances see
 * them within 10 s.
 */
export async function activeRulesFor(
  db: Db,
  organizationId: string,
  event: AutomationEvent,
): Promise<AutomationRuleRow[]> {
  let hit = cache.get(organizationId);
  if (!hit || Date.now() - hit.at > CACHE_MS) {
    const rows = await db
      .select()
      .from(automationRules)
      .where(and(eq(automationRules.organizationId, organizationId), eq(automationRules.active, true)))
      .orderBy(asc(automationRules.position), asc(automationRules.createdAt));
    const byEvent: ByEvent = new Map();
    for (const r of rows) byEvent.set(r.event, [...(byEvent.get(r.event) ?? []), r]);
    hit = { at: Date.now(), byEvent };
    cache.set(organizationId, hit);
  }
  return hit.byEvent.get(event) ?? [];
}

/** Forgets the cached rules of an organization (after any change to its rules). */
export const forgetRules = (organizationId: string): void => void cache.delete(organizationId);
