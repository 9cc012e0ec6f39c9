import type { ContactReason } from '../../../api/types.ts';

/** Reason › sub-reason › outcome: the server refuses a fourth level. */
export const MAX_REASON_DEPTH = 3;

export interface ReasonNode {
  reason: ContactReason;
  /** 1 for a reason, 2 for a sub-reason, 3 for an outcome. */
  depth: number;
  children: ReasonNode[];
}

const byOrder = (a: ContactReason, b: ContactReason) =>
  a.position - b.position || a.name.localeCompare(b.name);

/** The flat list as a tree, each level in the order agents see it (position, then name). */
export function buildReasonTree(reasons: readonly ContactReason[]): ReasonNode[] {
  const children = new Map<string | null, ContactReason[]>();
  const ids = new Set(reasons.map((r) => r.id));
  for (const reason of reasons) {
    // A reason whose parent is missing is shown at the top rather than lost.
    const parent = reason.parentId && ids.has(reason.parentId) ? reason.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), reason]);
  }
  const build = (parent: string | null, depth: number): ReasonNode[] =>
    (children.get(parent) ?? [])
      .sort(byOrder)
      .map((reason) => ({ reason, depth, children: build(reason.id, depth + 1) }));
  return build(null, 1);
}

/**
 * Positions after moving one reason a step up (-1) or down (+1) among its siblings: every sibling
 * gets its place × 10 (so ties by name become explicit), and only the changed ones are returned.
 */
export function moveAmongSiblings(
  siblings: readonly ContactReason[],
  id: string,
  step: -1 | 1,
): Array<{ id: string; position: number }> {
  const order = [...siblings];
  const from = order.findIndex((r) => r.id === id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= order.length) return [];
  [order[from], order[to]] = [order[to]!, order[from]!];
  return order
    .map((reason, index) => ({ id: reason.id, position: index * 10, before: reason.position }))
    .filter((r) => r.position !== r.before)
    .map(({ id: changed, position }) => ({ id: changed, position }));
}
