import type { z } from 'zod';
import type { CreateViewInput, TicketFilters, TicketSort, View } from '@kontakt/contracts';

/** The list filters the editor offers, each a set of values (empty: any). */
export const LIST_FILTERS = [
  'status',
  'priority',
  'type',
  'channel',
  'queueIds',
  'teamIds',
  'assignees',
  'tags',
  'contactReasonIds',
] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

export interface ViewFormValues extends Record<string, unknown> {
  name: string;
  filters: Record<ListFilter, string[]> & {
    /** `YYYY-MM-DD` in the admin's time zone, or empty. */
    createdAfter: string;
    createdBefore: string;
    myQueuesOnly: boolean;
  };
  sort: TicketSort;
  columns: string[];
}

export const DEFAULT_COLUMNS: View['columns'] = [
  'number',
  'subject',
  'customer',
  'status',
  'priority',
  'assignee',
  'last_activity',
];

/** An instant as the date input shows it (local day). */
function toDay(instant: string | undefined): string {
  if (!instant) return '';
  const d = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The start of a local day as an instant; an unreadable day is passed on for the contract to refuse. */
function fromDay(day: string): string | undefined {
  if (day === '') return undefined;
  const d = new Date(`${day}T00:00:00`);
  return Number.isNaN(d.getTime()) ? day : d.toISOString();
}

export function viewToForm(view: View | null): ViewFormValues {
  const f = view?.filters ?? {};
  const lists = Object.fromEntries(LIST_FILTERS.map((key) => [key, [...(f[key] ?? [])]])) as Record<
    ListFilter,
    string[]
  >;
  return {
    name: view?.name ?? '',
    filters: {
      ...lists,
      createdAfter: toDay(f.createdAfter),
      createdBefore: toDay(f.createdBefore),
      myQueuesOnly: f.myQueuesOnly ?? false,
    },
    sort: view?.sort ?? 'last_activity_desc',
    columns: [...(view?.columns ?? DEFAULT_COLUMNS)],
  };
}

/**
 * The request body: empty conditions left out. `kept` carries conditions the editor does not show
 * (a customer), so editing a view never drops them.
 */
export function viewInput(values: ViewFormValues, kept: TicketFilters = {}): z.input<typeof CreateViewInput> {
  const filters: Record<string, unknown> = kept.customerId ? { customerId: kept.customerId } : {};
  for (const key of LIST_FILTERS) if (values.filters[key].length > 0) filters[key] = values.filters[key];
  const after = fromDay(values.filters.createdAfter);
  const before = fromDay(values.filters.createdBefore);
  if (after) filters.createdAfter = after;
  if (before) filters.createdBefore = before;
  if (values.filters.myQueuesOnly) filters.myQueuesOnly = true;
  return {
    name: values.name,
    filters: filters as TicketFilters,
    sort: values.sort,
    columns: values.columns as View['columns'],
  };
}
