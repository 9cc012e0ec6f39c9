import { AUTOMATION_MAX_DEPTH, type AutomationEvent } from '@kontakt/contracts';

/** A field change as the history records it. */
export interface ChainChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** What one level of the chain reacts to. */
export interface ChainStep {
  event: AutomationEvent;
  /** `ticket.updated`: what changed. */
  changes: ChainChange[] | null;
  /** 0 for the original event, +1 for each level of rule-made changes. */
  depth: number;
}

/** Folds changes of the same field into one (first `from`, last `to`); drops no-ops. */
export function mergeChanges(changes: readonly ChainChange[]): ChainChange[] {
  const byField = new Map<string, ChainChange>();
  for (const c of changes) {
    const prev = byField.get(c.field);
    byField.set(c.field, prev ? { field: c.field, from: prev.from, to: c.to } : { ...c });
  }
  return [...byField.values()].filter((c) => JSON.stringify(c.from) !== JSON.stringify(c.to));
}

/**
 * Runs a chain of rules. At each level the rules of the level's event run in order; each rule
 * fires at most once in the whole chain (so two rules cannot ping-pong and a rule never reacts to
 * its own change); the changes a level made become a `ticket.updated` step one level deeper, up
 * to `maxDepth`. `fire` evaluates and applies one rule, answering its changes or null when its
 * conditions did not hold. Returns the ids of the rules that fired, in order.
 */
export async function runRuleChain<R extends { id: string }>(
  first: Omit<ChainStep, 'depth'>,
  rulesFor: (event: AutomationEvent) => readonly R[],
  fire: (rule: R, step: ChainStep) => Promise<ChainChange[] | null>,
  maxDepth: number = AUTOMATION_MAX_DEPTH,
): Promise<string[]> {
  const fired: string[] = [];
  let step: ChainStep | null = { ...first, depth: 0 };
  while (step && step.depth <= maxDepth) {
    const made: ChainChange[] = [];
    for (const rule of rulesFor(step.event)) {
      if (fired.includes(rule.id)) continue;
      const changes = await fire(rule, step);
      if (changes === null) continue;
      fired.push(rule.id);
      made.push(...changes);
    }
    const merged = mergeChanges(made);
    step = merged.length ? { event: 'ticket.updated', changes: merged, depth: step.depth + 1 } : null;
  }
  return fired;
}
