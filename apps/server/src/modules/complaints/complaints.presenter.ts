import type { Complaint } from '@kontakt/contracts';
import { complaintClockState, daysLeft, refundClockState } from '@kontakt/domain';
import { clockFacts, refundFacts } from './complaint-clock.ts';
import type { ComplaintRow } from './complaints.table.ts';

/** The one JSON shape of a complaint; the state is computed at `now` (the stored one may lag the sweep). */
export function presentComplaint(row: ComplaintRow, ticketNumber: number, now: Date): Complaint {
  const p = row.protocol;
  const facts = clockFacts(row);
  const state = complaintClockState(facts, now.getTime());
  const refund = refundFacts(row);
  return {
    id: row.id,
    ticketId: row.ticketId,
    number: ticketNumber,
    version: row.version,
    jurisdiction: row.jurisdiction,
    regime: row.regime,
    receivedAt: row.receivedAt.toISOString(),
    channel: p.channel,
    recordedById: row.recordedById,
    consumer: p.consumer,
    product: p.product,
    orderNumber: p.orderNumber,
    purchaseDate: p.purchaseDate,
    deliveryDate: p.deliveryDate,
    price: p.price,
    proofOfPurchase: p.proofOfPurchase,
    description: p.description,
    noticedOn: p.noticedOn,
    demand: p.demand,
    condition: p.condition,
    attachmentIds: p.attachmentIds,
    refundAccount: p.refundAccount,
    answerChannel: p.answerChannel,
    language: p.language,
    extended: p.extended,
    deadline: row.deadline,
    state,
    daysLeft: daysLeft(facts, now.getTime()),
    mustCarryOutDemand: state === 'deemed_accepted',
    extension: row.extension,
    decision: row.decision,
    rootCauseCode: row.rootCauseCode,
    answerLetter:
      row.answerMessageId && row.answerDelivery
        ? {
            attachmentId: row.answerAttachmentId,
            messageId: row.answerMessageId,
            delivery: row.answerDelivery,
            bouncedAt: row.answerBouncedAt?.toISOString() ?? null,
            viewedAt: row.answerViewedAt?.toISOString() ?? null,
          }
        : null,
    refund: refund
      ? {
          amount: row.refundAmount,
          deadline: row.refundDeadline!,
          state: refundClockState(refund, now.getTime()),
          paidAt: row.refundPaidAt?.toISOString() ?? null,
        }
      : null,
    answerSentAt: row.answerSentAt?.toISOString() ?? null,
    answerDeliveredAt: row.answerDeliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
