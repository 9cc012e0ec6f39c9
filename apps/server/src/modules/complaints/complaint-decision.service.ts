import { eq } from 'drizzle-orm';
import type {
  ComplaintAnswerInput,
  ComplaintDecisionInput,
  ComplaintExtensionInput,
} from '@kontakt/contracts';
import { amountIssues, localDateOf, type ComplaintIssue } from '@kontakt/domain';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { getTicketForActor, recordTicketEvents } from '../tickets/index.ts';
import { clockColumns, complaintDeadline, deadlineColumns, refundClockColumns } from './complaint-clock.ts';
import { activeTemplate, assertActiveCause } from './complaint-causes.service.ts';
import { amountOf, assertNoIssues, inputOf } from './complaint-protocol.ts';
import { lockComplaint } from './complaints.repo.ts';
import { complaints, type ComplaintRow } from './complaints.table.ts';
import { presentComplaint } from './complaints.presenter.ts';

const issue = (code: ComplaintIssue['code'], field: string, message: string): ComplaintIssue => ({
  code,
  field,
  message,
});

/** A decision's own rules: reasons for a rejection, a remedy for an acceptance, amounts against the price. */
function decisionIssues(row: ComplaintRow, d: ComplaintDecisionInput, now: Date): ComplaintIssue[] {
  const out: ComplaintIssue[] = [];
  if (d.outcome === 'rejected' && !d.reasons)
    out.push(issue('complaint_incomplete', 'reasons', 'A rejection needs its written reasons.'));
  if (d.outcome === 'accepted' && !d.remedy)
    out.push(issue('complaint_incomplete', 'remedy', 'An accepted complaint needs its remedy.'));
  if (d.remedy === 'price_reduction' && !d.amount)
    out.push(issue('complaint_incomplete', 'amount', 'A price reduction needs its amount.'));
  const today = localDateOf(row.deadline.timeZone, now.getTime());
  if (d.carriedOutOn && d.carriedOutOn > today)
    out.push(
      issue('date_in_future', 'carriedOutOn', `The remedy cannot be carried out after today (${today}).`),
    );
  return [...out, ...amountIssues('amount', d.amount, inputOf(row).price)];
}

export async function save(ctx: ServiceCtx, row: ComplaintRow, changes: Partial<ComplaintRow>) {
  const next = { ...row, ...changes };
  const [updated] = await ctx.db
    .update(complaints)
    .set({ ...changes, ...clockColumns(next, ctx.now), version: row.version + 1, updatedAt: ctx.now })
    .where(eq(complaints.id, row.id))
    .returning();
  return updated!;
}

/** Accepts or rejects the complaint with reasons, remedy and root cause; made once. */
export async function decideComplaint(ctx: ServiceCtx, ticketId: string, input: ComplaintDecisionInput) {
  const ticket = await getTicketForActor(ctx.db, ctx.actor, ticketId);
  return ctx.db.transaction(async (tx) => {
    const row = await lockComplaint(tx, ctx.actor.organizationId, ticketId, input.version);
    if (row.decision) throw new AppError(409, 'complaint_decided', 'This complaint is already decided.');
    const template = input.rejectionTemplateId
      ? await activeTemplate(tx, ctx.actor.organizationId, input.rejectionTemplateId)
      : null;
    const reasons = input.reasons || template?.body || '';
    assertNoIssues(decisionIssues(row, { ...input, reasons }, ctx.now));
    if (input.rootCauseCode) await assertActiveCause(tx, ctx.actor.organizationId, input.rootCauseCode);
    const decision = {
      outcome: input.outcome,
      reasons,
      remedy: input.outcome === 'accepted' ? input.remedy : null,
      amount: amountOf(input.amount),
      carriedOutOn: input.carriedOutOn,
      answerChannel: input.answerChannel,
      rootCauseCode: input.rootCauseCode,
      decidedAt: ctx.now.toISOString(),
      decidedById: ctx.actor.agentId,
    };
    const refund = refundClockColumns(row, decision, ctx.now);
    const updated = await save({ ...ctx, db: tx }, row, {
      decision,
      rootCauseCode: input.rootCauseCode,
      ...refund,
    });
    await recordTicketEvents(tx, ticket, ctx.actor, ctx.now, [
      { kind: 'complaint_decided', to: input.outcome },
      ...(refund.refundDeadline ? [{ kind: 'complaint_refund_due', to: refund.refundDeadline.dueDate }] : []),
    ]);
    return presentComplaint(updated, ticket.number, ctx.now);
  });
}

/**
 * Records when the answer was sent and (when known) delivered: the events that stop the clock.
 * The first recorded instant of each stays (a resend does not move it).
 */
export async function recordComplaintAnswer(ctx: ServiceCtx, ticketId: string, input: ComplaintAnswerInput) {
  const ticket = await getTicketForActor(ctx.db, ctx.actor, ticketId);
  return ctx.db.transaction(async (tx) => {
    const row = await lockComplaint(tx, ctx.actor.organizationId, ticketId, null);
    const sentAt = row.answerSentAt ?? (input.sentAt ? new Date(input.sentAt) : null);
    const deliveredAt = row.answerDeliveredAt ?? (input.deliveredAt ? new Date(input.deliveredAt) : null);
    const issues: ComplaintIssue[] = [];
    for (const [field, at] of [
      ['sentAt', sentAt],
      ['deliveredAt', deliveredAt],
    ] as const) {
      if (at && at > ctx.now) issues.push(issue('date_in_future', field, `${field} is in the future.`));
      if (at && at < row.receivedAt)
        issues.push(issue('validation_failed', field, `${field} is before the complaint was received.`));
    }
    if (sentAt && deliveredAt && deliveredAt < sentAt)
      issues.push(
        issue('validation_failed', 'deliveredAt', 'The answer cannot be delivered before it was sent.'),
      );
    assertNoIssues(issues);
    const updated = await save({ ...ctx, db: tx }, row, {
      answerSentAt: sentAt,
      answerDeliveredAt: deliveredAt,
    });
    await recordTicketEvents(tx, ticket, ctx.actor, ctx.now, [
      ...(sentAt && !row.answerSentAt ? [{ kind: 'complaint_answer_sent', to: sentAt.toISOString() }] : []),
      ...(deliveredAt && !row.answerDeliveredAt
        ? [{ kind: 'complaint_answer_delivered', to: deliveredAt.toISOString() }]
        : []),
    ]);
    return presentComplaint(updated, ticket.number, ctx.now);
  });
}

/** CZ only: a later due date by the consumer's recorded agreement, made while the clock runs; audited. */
export async function extendComplaint(ctx: ServiceCtx, ticketId: string, input: ComplaintExtensionInput) {
  const ticket = await getTicketForActor(ctx.db, ctx.actor, ticketId);
  return ctx.db.transaction(async (tx) => {
    const row = await lockComplaint(tx, ctx.actor.organizationId, ticketId, input.version);
    const refuse = (message: string) => new AppError(409, 'extension_not_allowed', message);
    if (row.regime !== 'cz_consumer')
      throw refuse('Only a Czech complaint can be extended, and only by agreement.');
    if (new Date(input.agreedAt) > ctx.now)
      assertNoIssues([issue('date_in_future', 'agreedAt', 'The agreement cannot be in the future.')]);
    if (
      new Date(input.agreedAt) >= new Date(row.deadline.deadlineAt) ||
      ctx.now >= new Date(row.deadline.deadlineAt)
    )
      throw refuse('The agreement must be made before the deadline passed.');
    if (input.agreedDueDate <= row.deadline.dueDate)
      throw refuse(`The agreed date must be after ${row.deadline.dueDate}.`);
    const deadline = complaintDeadline(
      row.regime,
      row.receivedAt,
      row.protocol.extended,
      input.agreedDueDate,
    );
    const updated = await save({ ...ctx, db: tx }, row, {
      extension: {
        agreedDueDate: input.agreedDueDate,
        agreedAt: input.agreedAt,
        agreement: input.agreement,
        recordedById: ctx.actor.agentId,
      },
      ...deadlineColumns(deadline),
      // The new due date gets its own D−3 and D−1 alerts.
      alertD3At: null,
      alertD1At: null,
    });
    await recordTicketEvents(tx, ticket, ctx.actor, ctx.now, [
      { kind: 'complaint_extended', from: row.deadline.dueDate, to: input.agreedDueDate },
    ]);
    await recordAudit(tx, {
      organizationId: ctx.actor.organizationId,
      actor: ctx.actor,
      action: 'complaint.extended',
      subjectType: 'complaint',
      subjectId: row.id,
      meta: ctx.meta,
      details: { from: row.deadline.dueDate, to: input.agreedDueDate, agreedAt: input.agreedAt },
      at: ctx.now,
    });
    return presentComplaint(updated, ticket.number, ctx.now);
  });
}
