import { and, eq, lt, or, type AnyColumn, type SQL } from 'drizzle-orm';
/** Opaque keyset cursors: the sort key of the last row, base64url-encoded. */
export const encodeCursor = (at: Date, id: string): string =>
  Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');

/** Decodes a cursor; a damaged or foreign cursor reads as "from the start" (null). */
export function decodeCursor(c: string | undefined): { at: Date; id: string } | null {
  if (!c) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(c, 'base64url').toString()) as [unknown, unknown];
    const d = new Date(String(at));
    return Number.isNaN(d.getTime()) || typeof id !== 'string' ? null : { at: d, id };
  } catch {
    return null;
  }
}

/** Condition "strictly after the cursor" for newest-first lists ordered by (at DESC, id DESC). */
export function olderThanCursor(
  atCol: AnyColumn,
  idCol: AnyColumn,
  cursor: string | undefined,
): SQL | undefined {
  const after = decodeCursor(cursor);
  if (!after) return undefined;
  return or(lt(atCol, after.at), and(eq(atCol, after.at), lt(idCol, after.id)));
}

/** Cuts the extra row fetched to know whether another page exists. */
export function toPage<T extends { id: string }>(rows: T[], limit: number, at: (r: T) => Date) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(at(last), last.id) : null };
}
