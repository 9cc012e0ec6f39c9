import type { Ticket } from '@kontakt/contracts';

/** How urgent a due time is: colour and icon follow it (normal, warning, breached). */
export type DueState = 'normal' | 'warning' | 'breached';

export interface Due {
  at: string;
  state: DueState;
  /** Which SLA target is due next; null when only the ticket's due fields are known. */
  target: 'first_response' | 'next_response' | 'resolution' | null;
}

/**
 * The SLA target a ticket must meet next: the earliest running (not met, not paused) target, with
 * its state at `now` as the server set its warning and breach instants. Null without a running
 * target. Statutory (complaint) deadlines are not ticket fields yet, so they do not show here.
 */
export function nextDue(ticket: Ticket, now: number): Due | null {
  const running = (ticket.sla?.targets ?? []).filter((t) => t.dueAt && !t.metAt && !t.paused);
  if (running.length > 0) {
    const next = running.reduce((a, b) => (Date.parse(a.dueAt!) <= Date.parse(b.dueAt!) ? a : b));
    const breached = next.breachedAt !== null || now >= Date.parse(next.dueAt!);
    const warned = next.warnAt !== null && now >= Date.parse(next.warnAt);
    return {
      at: next.dueAt!,
      state: breached ? 'breached' : warned ? 'warning' : 'normal',
      target: next.target,
    };
  }
  const dues = [ticket.firstResponseDueAt, ticket.nextResponseDueAt, ticket.resolutionDueAt].filter(
    (d): d is string => typeof d === 'string',
  );
  if (dues.length === 0) return null;
  const at = dues.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));
  return { at, state: now >= Date.parse(at) ? 'breached' : 'normal', target: null };
}
