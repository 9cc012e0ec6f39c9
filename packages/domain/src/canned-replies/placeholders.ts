import type { Locale } from '@kontakt/contracts';

/** What a placeholder stands for: text as it is, or an instant formatted by a filter. */
export type PlaceholderType = 'text' | 'instant';

/** One placeholder a canned reply may contain, e.g. `{{customer.first_name}}`. */
export interface PlaceholderDefinition {
  /** The name between the braces. */
  name: string;
  type: PlaceholderType;
  /**
   * The SLA module fills it: a ticket without a due time (no policy applies, the clock is paused,
   * or SLA is not computed) renders {@link MISSING_INSTANT} instead.
   */
  dependsOn?: 'sla';
}

/** Every placeholder the renderer knows; anything else is rejected when a reply is saved. */
export const PLACEHOLDERS: readonly PlaceholderDefinition[] = [
  { name: 'customer.first_name', type: 'text' },
  { name: 'customer.name', type: 'text' },
  { name: 'ticket.number', type: 'text' },
  { name: 'ticket.subject', type: 'text' },
  { name: 'agent.name', type: 'text' },
  { name: 'agent.first_name', type: 'text' },
  { name: 'queue.name', type: 'text' },
  { name: 'organization.name', type: 'text' },
  { name: 'sla.resolution_due_at', type: 'instant', dependsOn: 'sla' },
];

/** Filters that format an instant in the reply's language and the organization's time zone. */
export const PLACEHOLDER_FILTERS = ['date', 'datetime'] as const;
export type PlaceholderFilter = (typeof PLACEHOLDER_FILTERS)[number];

/** What an instant with no value renders as (e.g. a ticket without an SLA due time). */
export const MISSING_INSTANT = '—';

const BY_NAME = new Map(PLACEHOLDERS.map((p) => [p.name, p]));

/** The placeholder of this name, or undefined when it is unknown. */
export const findPlaceholder = (name: string): PlaceholderDefinition | undefined => BY_NAME.get(name);

export const isPlaceholderFilter = (name: string): name is PlaceholderFilter =>
  (PLACEHOLDER_FILTERS as readonly string[]).includes(name);

/** The values a reply is rendered with; a missing or null value renders empty (instants: "—"). */
export type PlaceholderValues = Partial<Record<string, string | Date | null>>;

const INTL_LOCALE: Record<Locale, string> = { pl: 'pl-PL', cs: 'cs-CZ', en: 'en-GB' };

/** An instant as a person of this language reads it, in the given IANA time zone. */
export function formatInstant(at: Date, filter: PlaceholderFilter, locale: Locale, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions =
    filter === 'date' ? { dateStyle: 'long', timeZone } : { dateStyle: 'long', timeStyle: 'short', timeZone };
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], options).format(at);
}

/** The first word of a full name ("Jana Nowak" → "Jana"); empty for no name. */
export const firstName = (name: string | null | undefined): string => name?.trim().split(/\s+/)[0] ?? '';
