import type { ComplaintRootCauseInput, RefundPaidInput, RemedyCarriedOutInput } from '@kontakt/contracts';
import { localDateOf } from '@kontakt/domain';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { getTicketForActor, recordTicketEvents } from '../tickets/index.ts';
import { assertActiveCause } from './complaint-causes.service.ts';
import { save } from './complaint-decision.service.ts';
import { assertNoIssues } from './complaint-protocol.ts';
import { lockComplaint } from './complaints.repo.ts';
import { presentComplaint } from './complaints.presenter.ts';

const notDecided = () =>
  new AppError(409, 'complaint_not_decided', 'Decide the complaint first (accept or reject).');

/** Sets or changes the root cause (from the active taxonomy); required before the ticket closes. */
export async function setRootCause(ctx: ServiceCtx, ticketId: string, input: ComplaintRootCauseInput) {
  const ticket = await getTicketForActor(ctx.db, ctx.actor, ticketId);
  return ctx.db.transaction(async (tx) => {
    const row = await lockComplaint(tx, ctx.actor.organizationId, ticketId, input.version);
    await assertActiveCause(tx, ctx.actor.organizationId, input.rootCauseCode);
    const decision = row.decision ? { ...row.decision, rootCauseCode: input.rootCauseCode } : null;
    const updated = await save({ ...ctx, db: tx }, row, { rootCauseCode: input.rootCauseCode, decision });
    await recordTicketEvents(tx, ticket, ctx.actor, ctx.now, [
      { kind: 'complaint_root_cause', from: row.rootCauseCode, to: input.rootCauseCode },
    ]);
    return presentComplaint(updated, ticket.number, ctx.now);
  });
}

/** Records the local date the granted remedy was carried out (CZ: settles the complaint). */
export async function recordRemedyCarriedOut(
  ctx: ServiceCtx,
  ticketId: string,
  input: RemedyCarriedOutInput,
) {
  const ticket = await getTicketForActor(ctx.db, ctx.actor, ticketId);
  return ctx.db.transaction(async (tx) => {
    const row = await lockComplaint(tx, ctx.actor.organizationId, ticketId, input.version);
    if (!row.decision) throw notDecided();
    if (row.decision.outcome !== 'accepted' || !row.decision.remedy)
      throw new AppError(409, 'complaint_decided', 'A rejected complaint has no remedy to carry out.');
    const today = localDateOf(row.deadline.timeZone, ctx.now.getTime());
    const received = localDateOf(row.deadline.timeZone, row.receivedAt.getTime());
    assertNoIssues([
      ...(input.carriedOutOn > today
        ? [
            {
              code: 'date_in_future' as const,
              field: 'carriedOutOn',
              message: `The remedy cannot be carried out after today (${today}).`,
            },
          ]
        : []),
      ...(input.carriedOutOn < received
        ? [
            {
              code: 'validation_failed' as const,
              field: 'carriedOutOn',
              message: `The remedy cannot be carried out before the complaint (${received}).`,
            },
          ]
        : []),
    ]);
    const decision = { ...row.decision, carriedOutOn: input.carriedOutOn };
    const updated = await save({ ...ctx, db: tx }, row, { decision });
    await recordTicketEvents(tx, ticket, ctx.actor, ctx.now, [
      { kind: 'complaint_remedy_carried_out', to: input.carriedOutOn },
    ]);
    return presentComplaint(updated, ticket.number, ctx.now);
  });
}

/** Records the refund paid: stops the refund clock (in time or late). */
export async function recordRefundPaid(ctx: ServiceCtx, ticketId: string, input: RefundPaidInput) {
  const ticket = await getTicketForActor(ctx.db, ctx.actor, ticketId);
  return ctx.db.transaction(async (tx) => {
    const row = await lockComplaint(tx, ctx.actor.organizationId, ticketId, null);
    if (!row.refundDeadline) throw new AppError(409, 'no_refund_due', 'No refund is due on this complaint.');
    if (row.refundPaidAt) return presentComplaint(row, ticket.number, ctx.now);
    const paidAt = new Date(input.paidAt);
    const decidedAt = row.decision ? new Date(row.decision.decidedAt) : row.receivedAt;
    if (paidAt > ctx.now)
      assertNoIssues([{ code: 'date_in_future', field: 'paidAt', message: 'paidAt is in the future.' }]);
    if (paidAt < decidedAt)
      assertNoIssues([
        { code: 'validation_failed', field: 'paidAt', message: 'The refund cannot precede the decision.' },
      ]);
    const updated = await save({ ...ctx, db: tx }, row, { refundPaidAt: paidAt });
    await recordTicketEvents(tx, ticket, ctx.actor, ctx.now, [
      { kind: 'complaint_refund_paid', to: paidAt.toISOString() },
    ]);
    return presentComplaint(updated, ticket.number, ctx.now);
  });
}
