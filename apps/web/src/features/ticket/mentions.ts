/** Case and diacritics folded, for matching what an agent types against names and titles. */
export const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁ]/g, 'l').toLowerCase();

/** The `@query` being typed right before the caret, if any. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|\s)@([\p{L}\p{N}._-]{0,40})$/u.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[2]!.length - 1, query: match[2]! };
}

/** Agents whose name contains the query (case and diacritics ignored), best first. */
export function matchAgents<T extends { name: string }>(agents: T[], query: string, limit = 6): T[] {
  const q = fold(query);
  return agents
    .map((agent) => ({ agent, at: fold(agent.name).indexOf(q) }))
    .filter((m) => m.at >= 0)
    .sort((a, b) => a.at - b.at || a.agent.name.localeCompare(b.agent.name))
    .slice(0, limit)
    .map((m) => m.agent);
}

/** The ids of mentioned agents whose `@Name` is still in the text. */
export function mentionIdsIn(text: string, mentions: Record<string, string>): string[] {
  return Object.entries(mentions)
    .filter(([, name]) => text.includes(`@${name}`))
    .map(([id]) => id);
}
