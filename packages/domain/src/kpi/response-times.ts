import { businessMsBetween } from '../calendars/business-time.ts';
import type { BusinessCalendar } from '../calendars/calendar.ts';

/** A ticket message as the response-time metrics read it. */
export interface KpiMessage {
  at: number;
  /** `reply` is public; `note` is internal and never counts. */
  kind: 'reply' | 'note';
  authorType: 'customer' | 'agent' | 'system';
}

/** Both variants of a duration: wall-clock and open business time (seconds). */
export interface Durations {
  calendar: number;
  business: number;
}

const isAgentReply = (m: KpiMessage) => m.kind === 'reply' && m.authorType === 'agent';
const isCustomerMessage = (m: KpiMessage) => m.kind === 'reply' && m.authorType === 'customer';

/**
 * The instant of the first public agent reply that counts as the first response. Auto-replies and
 * bots (author `system`) and internal notes are ignored; when an agent opened the ticket with a
 * public message (the first public message, at creation, is an agent's), the next one counts.
 */
export function firstResponseAt(createdAt: number, messages: readonly KpiMessage[]): number | null {
  const sorted = [...messages].sort((a, b) => a.at - b.at);
  const publicOnes = sorted.filter((m) => m.kind === 'reply' && m.authorType !== 'system');
  let skip = publicOnes[0] && isAgentReply(publicOnes[0]) && publicOnes[0].at <= createdAt ? 1 : 0;
  for (const m of publicOnes) {
    if (!isAgentReply(m)) continue;
    if (skip > 0) {
      skip--;
      continue;
    }
    return m.at;
  }
  return null;
}

/**
 * Next response times: each customer message → the next public agent reply after it, from the
 * first agent reply on (what that reply answers is the first response). Customer messages still
 * unanswered give nothing. Returns [customer message instant, reply instant] pairs.
 */
export function nextResponsePairs(messages: readonly KpiMessage[]): Array<[number, number]> {
  const sorted = [...messages].sort((a, b) => a.at - b.at);
  const out: Array<[number, number]> = [];
  const waiting: number[] = [];
  let answeredOnce = false;
  for (const m of sorted) {
    if (isCustomerMessage(m)) waiting.push(m.at);
    else if (isAgentReply(m)) {
      // What the first reply answers is the first response time, not a next response.
      if (answeredOnce) for (const at of waiting) out.push([at, m.at]);
      answeredOnce = true;
      waiting.length = 0;
    }
  }
  return out;
}

/** Duration a → b in seconds, calendar and business (within the calendar's open hours). */
export function durationsBetween(cal: BusinessCalendar | null, a: number, b: number): Durations {
  const calendar = Math.max(0, (b - a) / 1000);
  return { calendar, business: cal ? Math.max(0, businessMsBetween(cal, a, b) / 1000) : calendar };
}

/** A ticket status change as resolution metrics read it. */
export interface StatusChange {
  at: number;
  to: string;
}

const SOLVED = new Set(['solved', 'closed']);

/**
 * Solving history: the first and last time the ticket became solved (closed directly counts as
 * solved; last is null while reopened) and how often it was reopened (solved/closed → anything else).
 */
export function solveHistory(changes: readonly StatusChange[]): {
  firstSolvedAt: number | null;
  lastSolvedAt: number | null;
  reopenCount: number;
} {
  let firstSolvedAt: number | null = null;
  let lastSolvedAt: number | null = null;
  let reopenCount = 0;
  let solved = false;
  for (const c of [...changes].sort((a, b) => a.at - b.at)) {
    const now = SOLVED.has(c.to);
    if (now && !solved) {
      firstSolvedAt ??= c.at;
      lastSolvedAt = c.at;
    } else if (!now && solved) reopenCount++;
    solved = now;
  }
  // Reopened and not solved again: not resolved now, so no last resolution.
  return { firstSolvedAt, lastSolvedAt: solved ? lastSolvedAt : null, reopenCount };
}
