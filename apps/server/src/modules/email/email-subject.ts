/** Reply prefixes of common clients (en, pl, cs, de, nl, nordic), stripped so they never stack. */
const PREFIX = /^\s*((re|odp|aw|sv|antw|vs|wg|fwd?|pd|tr)(\[\d+\])?\s*:\s*)+/i;
const TICKET_REF = /\s*\[#(\d{1,12})\]\s*/;

/** The ticket number referenced in a subject as `[#12345]`, or null. */
export function ticketNumberInSubject(subject: string): number | null {
  const m = TICKET_REF.exec(subject);
  return m ? Number(m[1]) : null;
}

/** The subject without reply prefixes and ticket references. */
export function baseSubject(subject: string): string {
  return subject.replace(TICKET_REF, ' ').replace(PREFIX, '').replace(/\s+/g, ' ').trim();
}

/** `Re: <subject> [#<number>]`, never stacking prefixes or references. */
export function replySubject(subject: string, ticketNumber: number): string {
  const base = baseSubject(subject) || '(no subject)';
  return `Re: ${base} [#${ticketNumber}]`;
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
