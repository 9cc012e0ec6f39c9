import { TicketSort } from '@kontakt/contracts';

/** Columns the list can be ordered by, as the server names them. */
export type SortField =
  'number' | 'subject' | 'customer' | 'status' | 'priority' | 'last_activity' | 'created' | 'due';

/** The direction a column starts in: newest, most urgent and A first. */
const FIRST_DIRECTION: Record<SortField, 'asc' | 'desc'> = {
  number: 'desc',
  subject: 'asc',
  customer: 'asc',
  status: 'asc',
  priority: 'desc',
  last_activity: 'desc',
  created: 'desc',
  due: 'asc',
};

/** A sort from the address bar, or null when it is missing or not one the server knows. */
export function parseSort(value: string | null): TicketSort | null {
  const parsed = TicketSort.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Which column a sort orders by and in which direction. */
export function splitSort(sort: TicketSort): { field: SortField; dir: 'asc' | 'desc' } {
  const cut = sort.lastIndexOf('_');
  return { field: sort.slice(0, cut) as SortField, dir: sort.slice(cut + 1) as 'asc' | 'desc' };
}

/** A click on a column: the same column flips its direction, another starts in its natural one. */
export function nextSort(current: TicketSort, field: SortField): TicketSort {
  const now = splitSort(current);
  const dir = now.field === field ? (now.dir === 'asc' ? 'desc' : 'asc') : FIRST_DIRECTION[field];
  return `${field}_${dir}` as TicketSort;
}
