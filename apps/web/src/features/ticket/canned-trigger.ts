import { fold } from './mentions.ts';

/**
 * The canned-reply query being typed right before the caret: `/query` at the start of a line, or
 * `::query` anywhere. `start` is where the trigger begins (it is replaced by the reply).
 */
export function cannedQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const slash = /(?:^|\n)\/([\p{L}\p{N}_.-]{0,40})$/u.exec(before);
  if (slash) return { start: caret - slash[1]!.length - 1, query: slash[1]! };
  const colons = /::([\p{L}\p{N}_.-]{0,40})$/u.exec(before);
  if (colons) return { start: caret - colons[1]!.length - 2, query: colons[1]! };
  return null;
}

/**
 * Replies whose shortcut or title matches the query (case and diacritics ignored): shortcut
 * prefixes first, then other shortcut matches, then title word prefixes, then anything in the
 * title; within a rank the given (most used first) order stays.
 */
export function matchCannedReplies<T extends { shortcut: string; title: string }>(
  replies: T[],
  query: string,
  limit = 8,
): T[] {
  const q = fold(query);
  const rank = (r: T) => {
    const shortcut = fold(r.shortcut);
    const title = fold(r.title);
    if (shortcut.startsWith(q)) return 0;
    if (shortcut.includes(q)) return 1;
    if (title.split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(q))) return 2;
    return title.includes(q) ? 3 : -1;
  };
  return replies
    .map((reply, order) => ({ reply, order, rank: rank(reply) }))
    .filter((m) => m.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map((m) => m.reply);
}
