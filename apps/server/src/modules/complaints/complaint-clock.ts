import {
  complaintClockState,
  computeStatutoryDeadline,
  dueComplaintAlerts,
  REGIME_RULES,
  type ComplaintClockFacts,
  type HolidayLookup,
  type PaymentClockFacts,
} from '@kontakt/domain';
import type { ComplaintRegime, Jurisdiction, StatutoryDeadline, StatutoryRuleId } from '@kontakt/contracts';
import { publicHolidays } from '../sla/index.ts';
import type { ComplaintRow, StoredDecision } from './complaints.table.ts';

/** The jurisdiction's public holidays (date-holidays, public only) as the domain's look-up. */
export function holidayLookup(jurisdiction: Jurisdiction): HolidayLookup {
  return (date) => {
    const hit = publicHolidays(jurisdiction, Number(date.slice(0, 4))).find((h) => h.date === date);
    return hit ? hit.name : null;
  };
}

/** Any statutory deadline of DOMAIN.md §1 in the jurisdiction's calendar. */
export function statutoryDeadline(opts: {
  ruleId: StatutoryRuleId;
  jurisdiction: Jurisdiction;
  startAt: Date;
  extended?: boolean;
  informed?: boolean;
  agreedDueDate?: string | null;
}): StatutoryDeadline {
  return computeStatutoryDeadline({ ...opts, holidayOn: holidayLookup(opts.jurisdiction) });
}

/** The deadline of a complaint under its regime. */
export const complaintDeadline = (
  regime: ComplaintRegime,
  receivedAt: Date,
  extended: boolean,
  agreedDueDate: string | null = null,
): StatutoryDeadline => {
  const { ruleId, jurisdiction } = REGIME_RULES[regime];
  return statutoryDeadline({ ruleId, jurisdiction, startAt: receivedAt, extended, agreedDueDate });
};

/** The columns that store a deadline. */
export const deadlineColumns = (d: StatutoryDeadline) => ({
  deadline: d,
  ruleId: d.ruleId,
  ruleVersion: d.ruleVersion,
  dueDate: d.dueDate,
  deadlineAt: new Date(d.deadlineAt),
});

type ClockRow = Pick<
  ComplaintRow,
  | 'regime'
  | 'deadline'
  | 'answerSentAt'
  | 'answerDeliveredAt'
  | 'decision'
  | 'alertD3At'
  | 'alertD1At'
  | 'missedAt'
>;

/** What the pure clock reads from a stored complaint. */
export const clockFacts = (row: ClockRow): ComplaintClockFacts => ({
  regime: row.regime,
  timeZone: row.deadline.timeZone,
  dueDate: row.deadline.dueDate,
  deadlineAt: Date.parse(row.deadline.deadlineAt),
  answerSentAt: row.answerSentAt?.getTime() ?? null,
  answerDeliveredAt: row.answerDeliveredAt?.getTime() ?? null,
  decision: row.decision ? { outcome: row.decision.outcome, carriedOutOn: row.decision.carriedOutOn } : null,
});

const ms = (d: Date | null) => d?.getTime() ?? null;

/**
 * The stored state and the next instant the sweep must look (now, when an alert is due and not
 * yet announced), after any change of the record.
 */
export function clockColumns(row: ClockRow, now: Date) {
  const facts = clockFacts(row);
  const markers = { alertD3At: ms(row.alertD3At), alertD1At: ms(row.alertD1At), missedAt: ms(row.missedAt) };
  const { due, nextCheckAt } = dueComplaintAlerts(facts, markers, now.getTime());
  return {
    state: complaintClockState(facts, now.getTime()),
    nextCheckAt: due.length ? now : nextCheckAt === null ? null : new Date(nextCheckAt),
  };
}

/**
 * The refund clock a decision starts: a price reduction or a withdrawal granted must be refunded
 * within 14 days of the decision (rule eu_refund, next working day). The amount is the decision's,
 * or the price paid on withdrawal.
 */
export function refundClockColumns(
  row: Pick<ComplaintRow, 'jurisdiction' | 'protocol'>,
  decision: Pick<StoredDecision, 'outcome' | 'remedy' | 'amount'>,
  decidedAt: Date,
) {
  const due =
    decision.outcome === 'accepted' &&
    (decision.remedy === 'price_reduction' || decision.remedy === 'withdrawal');
  if (!due) return { refundDeadline: null, refundDeadlineAt: null, refundAmount: null };
  const deadline = statutoryDeadline({
    ruleId: 'eu_refund',
    jurisdiction: row.jurisdiction,
    startAt: decidedAt,
  });
  return {
    refundDeadline: deadline,
    refundDeadlineAt: new Date(deadline.deadlineAt),
    refundAmount: decision.amount ?? (decision.remedy === 'withdrawal' ? row.protocol.price : null),
  };
}

/** What the pure refund clock reads from a stored complaint (null: no refund due). */
export const refundFacts = (
  row: Pick<ComplaintRow, 'refundDeadline' | 'refundPaidAt'>,
): PaymentClockFacts | null =>
  row.refundDeadline
    ? {
        timeZone: row.refundDeadline.timeZone,
        dueDate: row.refundDeadline.dueDate,
        deadlineAt: Date.parse(row.refundDeadline.deadlineAt),
        paidAt: row.refundPaidAt?.getTime() ?? null,
      }
    : null;
