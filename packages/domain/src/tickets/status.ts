import type { TicketStatus } from '@kontakt/contracts';

/**
 * Which status may follow which. `closed` is final (a new contact opens a follow-up ticket);
 * a solved ticket reopens to `open` or is closed.
 */
export const STATUS_TRANSITIONS: Record<TicketStatus, readonly TicketStatus[]> = {
  new: ['open', 'pending_customer', 'pending_third_party', 'on_hold', 'solved'],
  open: ['pending_customer', 'pending_third_party', 'on_hold', 'solved'],
  pending_customer: ['open', 'pending_third_party', 'on_hold', 'solved'],
  pending_third_party: ['open', 'pending_customer', 'on_hold', 'solved'],
  on_hold: ['open', 'pending_customer', 'pending_third_party', 'solved'],
  solved: ['open', 'closed'],
  closed: [],
};

/** True when `to` may follow `from` (staying in the same status is always allowed). */
export const canTransition = (from: TicketStatus, to: TicketStatus): boolean =>
  from === to || STATUS_TRANSITIONS[from].includes(to);

/** Statuses in which a ticket still needs work. */
export const OPEN_STATUSES: readonly TicketStatus[] = [
  'new',
  'open',
  'pending_customer',
  'pending_third_party',
  'on_hold',
];
export const isOpenStatus = (s: TicketStatus): boolean => OPEN_STATUSES.includes(s);
