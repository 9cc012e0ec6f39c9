import { and, asc, desc, eq, gt, lt, or, SQL, sql, type AnyColumn } from 'drizzle-orm';
import { Priority, TicketStatus, type TicketSort } from '@kontakt/contracts';
import { tickets, type TicketRow } from './tickets.table.ts';

type KeyValue = Date | number | string | null;

interface SortKey {
  /** What rows are ordered by. */
  expr: SQL | typeof tickets.lastActivityAt | typeof tickets.number;
  kind: 'date' | 'number' | 'text';
  /**
   * The key of a row, for the cursor. Keys computed in SQL (folded text) have none: they are
   * selected with the row, so the cursor carries exactly the value the database compared.
   */
  of?: (t: TicketRow) => KeyValue;
  /** Unique within an organization: no id needed to break ties (the number's own index serves). */
  unique?: boolean;
  /** May be null: nulls come last in ascending order and first in descending (PostgreSQL's default). */
  nullable?: boolean;
}

/** Position of a value in a fixed list, for workflow and weight orders (constants, not input). */
const rank = (column: typeof tickets.status | typeof tickets.priority, values: readonly string[]) =>
  sql<number>`array_position(ARRAY[${sql.raw(values.map((v) => `'${v}'`).join(','))}]::text[], ${column})`;

/** How a list names the customer (name, else the first identity), folded; '' without one. */
const customerKey = sql<string>`coalesce((
  SELECT kontakt_fold(coalesce(c.name, (
    SELECT i.value FROM customer_identities i WHERE i.customer_id = c.id
    ORDER BY i.created_at, i.id LIMIT 1)))
  FROM customers c WHERE c.id = ${tickets.customerId}), '')`;

const KEYS = {
  last_activity: { expr: tickets.lastActivityAt, kind: 'date', of: (t) => t.lastActivityAt },
  created: { expr: tickets.createdAt, kind: 'date', of: (t) => t.createdAt },
  number: { expr: tickets.number, kind: 'number', of: (t) => t.number, unique: true },
  subject: { expr: sql<string>`kontakt_fold(${tickets.subject})`, kind: 'text' },
  customer: { expr: customerKey, kind: 'text' },
  status: {
    expr: rank(tickets.status, TicketStatus.options),
    kind: 'number',
    of: (t) => TicketStatus.options.indexOf(t.status) + 1,
  },
  priority: {
    expr: rank(tickets.priority, Priority.options),
    kind: 'number',
    of: (t) => Priority.options.indexOf(t.priority) + 1,
  },
  // The expression of tickets_sla_due_idx (0141): running targets only (met and paused have no due column).
  due: {
    expr: sql`LEAST(${tickets.firstResponseDueAt}, ${tickets.nextResponseDueAt}, ${tickets.resolutionDueAt})`,
    kind: 'date',
    nullable: true,
    of: (t) => {
      const dues = [t.firstResponseDueAt, t.nextResponseDueAt, t.resolutionDueAt].filter((d) => d !== null);
      return dues.length ? new Date(Math.min(...dues.map((d) => d.getTime()))) : null;
    },
  },
} satisfies Record<string, SortKey>;

export interface ResolvedSort extends SortKey {
  dir: 'asc' | 'desc';
}

/** The key and direction a sort name stands for (`subject_asc` → folded subject, ascending). */
export function resolveSort(sort: TicketSort): ResolvedSort {
  const cut = sort.lastIndexOf('_');
  const key: SortKey = KEYS[sort.slice(0, cut) as keyof typeof KEYS];
  return { ...key, dir: sort.slice(cut + 1) as 'asc' | 'desc' };
}

/** ORDER BY for the sort, with the id as tie-breaker so pages never skip or repeat a row. */
export function sortOrder(s: ResolvedSort): SQL[] {
  const by = s.dir === 'desc' ? desc : asc;
  return s.unique ? [by(s.expr)] : [by(s.expr), by(tickets.id)];
}

/** `expr op value`, with columns binding the value as their own type (dates, bigints). */
function compare(op: typeof lt, expr: SortKey['expr'], value: Exclude<KeyValue, null>): SQL {
  return expr instanceof SQL ? op(expr, value) : op(expr as AnyColumn, value);
}

/** Rows strictly after the cursor's (key, id) in the sort's direction. */
export function afterCursor(s: ResolvedSort, cursor: { key: KeyValue; id: string }): SQL {
  const cmp = s.dir === 'desc' ? lt : gt;
  if (s.nullable) {
    const isNull = sql`${s.expr} IS NULL`;
    // Ascending: values, then nulls; descending: nulls, then values.
    if (cursor.key === null)
      return s.dir === 'asc'
        ? and(isNull, cmp(tickets.id, cursor.id))!
        : or(sql`${s.expr} IS NOT NULL`, and(isNull, cmp(tickets.id, cursor.id)))!;
    const tie = and(compare(eq, s.expr, cursor.key), cmp(tickets.id, cursor.id));
    return s.dir === 'asc'
      ? or(compare(cmp, s.expr, cursor.key), isNull, tie)!
      : or(compare(cmp, s.expr, cursor.key), tie)!;
  }
  if (cursor.key === null) return sql`false`;
  const beyond = compare(cmp, s.expr, cursor.key);
  if (s.unique) return beyond;
  return or(beyond, and(compare(eq, s.expr, cursor.key), cmp(tickets.id, cursor.id)))!;
}

/** Opaque cursor: the last row's sort key and id, base64url JSON. */
export function encodeSortCursor(key: KeyValue, id: string): string {
  const value = key instanceof Date ? key.toISOString() : key;
  return Buffer.from(JSON.stringify([value, id])).toString('base64url');
}

/**
 * Reads a cursor made for this sort; a damaged cursor, or one of another sort's kind, reads as
 * "from the start" (null), like every other list of the API.
 */
export function decodeSortCursor(s: ResolvedSort, cursor: string | undefined) {
  if (!cursor) return null;
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [unknown, unknown];
    if (typeof id !== 'string') return null;
    if (value === null) return s.nullable ? { key: null, id } : null;
    if (s.kind === 'number') return Number.isFinite(value) ? { key: value as number, id } : null;
    if (s.kind === 'text') return typeof value === 'string' ? { key: value, id } : null;
    const at = new Date(String(value));
    return typeof value === 'string' && !Number.isNaN(at.getTime()) ? { key: at, id } : null;
  } catch {
    return null;
  }
}
