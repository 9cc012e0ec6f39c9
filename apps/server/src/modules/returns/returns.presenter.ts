import type { ReturnRecord } from '@kontakt/contracts';
import { returnRefundState, withdrawalState } from '@kontakt/domain';
import type { ReturnRow } from './returns.table.ts';

/** The one JSON shape of a return; the states are computed at `now`. */
export function presentReturn(row: ReturnRow, ticketNumber: number, now: Date): ReturnRecord {
  const w = row.withdrawalDeadline;
  const r = row.refundDeadline;
  return {
    id: row.id,
    ticketId: row.ticketId,
    number: ticketNumber,
    version: row.version,
    jurisdiction: row.jurisdiction,
    contractKind: row.contractKind,
    orderId: row.orderId,
    orderNumber: row.orderNumber,
    items: row.items,
    startAt: row.startAt.toISOString(),
    informed: row.informed,
    noticeAt: row.noticeAt?.toISOString() ?? null,
    price: row.price,
    refundAmount: row.refundAmount,
    trackingNumber: row.trackingNumber,
    withdrawalDeadline: w,
    withdrawalState: withdrawalState(
      {
        timeZone: w.timeZone,
        dueDate: w.dueDate,
        deadlineAt: Date.parse(w.deadlineAt),
        noticeAt: row.noticeAt?.getTime() ?? null,
      },
      now.getTime(),
    ),
    refundDeadline: r,
    refundState: returnRefundState(
      r
        ? {
            timeZone: r.timeZone,
            dueDate: r.dueDate,
            deadlineAt: Date.parse(r.deadlineAt),
            paidAt: row.refundedAt?.getTime() ?? null,
          }
        : null,
      now.getTime(),
    ),
    refundedAt: row.refundedAt?.toISOString() ?? null,
    shipmentStatus: row.shipmentStatus,
    shipmentHistory: row.shipmentHistory,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
