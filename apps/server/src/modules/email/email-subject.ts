/** Reply prefixes of common clients (en, pl, cs, de, nl, nordic), stripped so they never stack. */
const PREFIX = /^\s*((re|odp|aw|sv|antw|vs|wg|fwd?|pd|tr)(\[\d+\])?\s*:\s*)+/i;

/** The default ticket reference prefix: `[#12345]`. Always recognized in inbound subjects. */
export const DEFAULT_REFERENCE_PREFIX = '#';

/** Escapes what is special in a regular expression (`-` needs none outside a class, and may not have one with `u`). */
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `[<prefix><number>]` for the organization's prefix and the default `#`, case-insensitive (a
 * client may change case); the prefix is a constrained setting, never a pattern of its own.
 */
function referencePattern(prefix: string, flags = 'iu'): RegExp {
  const prefixes = [...new Set([prefix, DEFAULT_REFERENCE_PREFIX])].map(escapeRegExp).join('|');
  return new RegExp(`\\s*\\[(?:${prefixes})(\\d{1,12})\\]\\s*`, flags);
}

/** The ticket number referenced in a subject as `[<prefix>12345]` (or `[#12345]`), or null. */
export function ticketNumberInSubject(subject: string, prefix = DEFAULT_REFERENCE_PREFIX): number | null {
  const m = referencePattern(prefix).exec(subject);
  return m ? Number(m[1]) : null;
}

/** The subject without reply prefixes and ticket references. */
export function baseSubject(subject: string, prefix = DEFAULT_REFERENCE_PREFIX): string {
  return subject
    .replace(referencePattern(prefix, 'giu'), ' ')
    .replace(PREFIX, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The ticket reference as it goes into subjects: `[#12345]`, `[Zgł#12345]`. */
export const ticketReference = (ticketNumber: number, prefix = DEFAULT_REFERENCE_PREFIX): string =>
  `[${prefix}${ticketNumber}]`;

/** `Re: <subject> [<prefix><number>]`, never stacking prefixes or references. */
export function replySubject(
  subject: string,
  ticketNumber: number,
  prefix = DEFAULT_REFERENCE_PREFIX,
): string {
  const base = baseSubject(subject, prefix) || '(no subject)';
  return `Re: ${base} ${ticketReference(ticketNumber, prefix)}`;
}

/** The subject with the ticket's reference appended unless it already names this ticket. */
export function withTicketReference(
  subject: string,
  ticketNumber: number,
  prefix = DEFAULT_REFERENCE_PREFIX,
): string {
  return ticketNumberInSubject(subject, prefix) === ticketNumber
    ? subject
    : `${subject} ${ticketReference(ticketNumber, prefix)}`;
}

/** The subject of a new ticket from an e-mail subject (prefixes kept: they tell it was a reply). */
export function ticketSubject(subject: string): string {
  return subject.replace(/\s+/g, ' ').trim().slice(0, 500) || '(no subject)';
}

/** All `<id>` tokens of an In-Reply-To / References value, in order, without duplicates. */
export function messageIdsIn(value: string | string[] | undefined | null): string[] {
  if (!value) return [];
  const joined = Array.isArray(value) ? value.join(' ') : value;
  const found = joined.match(/<[^<>\s]+>/g) ?? [];
  return [...new Set(found)];
}

/** `<id>` form of a Message-ID, or null when it does not look like one. */
export function normalizeMessageId(value: string | undefined | null): string | null {
  if (!value) return null;
  const v = value.trim();
  const inner = v.startsWith('<') && v.endsWith('>') ? v.slice(1, -1) : v;
  if (!inner || /[\s<>]/.test(inner) || inner.length > 900) return null;
  return `<${inner}>`;
}
