import type { RefundClockState, ReturnRefundState, WithdrawalState } from '@kontakt/contracts';
import { addDays, zonedInstant } from '../calendars/zoned-time.ts';

/** A 14-day payment clock (EU art. 13 refund; PL art. 43f refund after a complaint). */
export interface PaymentClockFacts {
  timeZone: string;
  dueDate: string;
  /** The end of the due date (epoch ms). */
  deadlineAt: number;
  /** When it was paid (epoch ms), or null. */
  paidAt: number | null;
}

/** The start of the local day n days before the due date: the due-soon alert. */
const dueSoonAt = (f: Pick<PaymentClockFacts, 'timeZone' | 'dueDate'>, daysBefore = 3) =>
  zonedInstant(f.timeZone, addDays(f.dueDate, -daysBefore), 0);

/**
 * Where a refund clock stands at `now`: paid in time or late once paid (a payment after `now`
 * does not count yet); otherwise overdue after the deadline, due soon from D−3, else running.
 */
export function refundClockState(f: PaymentClockFacts, now: number): RefundClockState {
  if (f.paidAt !== null && f.paidAt <= now) return f.paidAt <= f.deadlineAt ? 'paid_in_time' : 'paid_late';
  if (now >= f.deadlineAt) return 'overdue';
  if (now >= dueSoonAt(f)) return 'due_soon';
  return 'running';
}

/** The refund alerts due at `now` and not yet announced: `due_soon` from D−3, `overdue` after. */
export function dueRefundAlerts(
  f: PaymentClockFacts,
  m: { alertAt: number | null; missedAt: number | null },
  now: number,
): { due: Array<'due_soon' | 'overdue'>; nextCheckAt: number | null } {
  const state = refundClockState(f, now);
  if (state === 'paid_in_time' || state === 'paid_late') return { due: [], nextCheckAt: null };
  if (state === 'overdue') return { due: m.missedAt === null ? ['overdue'] : [], nextCheckAt: null };
  const due: Array<'due_soon' | 'overdue'> = state === 'due_soon' && m.alertAt === null ? ['due_soon'] : [];
  const soon = dueSoonAt(f);
  return { due, nextCheckAt: now < soon ? soon : f.deadlineAt };
}

/** The refund of a return: not started until the trader is informed of the withdrawal. */
export function returnRefundState(f: PaymentClockFacts | null, now: number): ReturnRefundState {
  return f === null ? 'not_started' : refundClockState(f, now);
}

/**
 * The withdrawal period (art. 9): used in time when the statement was sent by the end of the
 * due day, late when after; otherwise open (due soon from D−3) until it lapses.
 */
export function withdrawalState(
  f: { timeZone: string; dueDate: string; deadlineAt: number; noticeAt: number | null },
  now: number,
): WithdrawalState {
  if (f.noticeAt !== null && f.noticeAt <= now)
    return f.noticeAt <= f.deadlineAt ? 'exercised_in_time' : 'exercised_late';
  if (now >= f.deadlineAt) return 'lapsed';
  if (now >= dueSoonAt(f)) return 'due_soon';
  return 'open';
}

/** Shipment statuses in their order; a status may only move forward. */
export const SHIPMENT_ORDER = ['awaiting', 'in_transit', 'received', 'inspected', 'refunded'] as const;

export const shipmentMovesForward = (
  from: (typeof SHIPMENT_ORDER)[number],
  to: (typeof SHIPMENT_ORDER)[number],
): boolean => SHIPMENT_ORDER.indexOf(to) > SHIPMENT_ORDER.indexOf(from);
