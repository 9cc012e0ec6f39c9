import type { AmountInput, CreateComplaintInput } from '@kontakt/contracts';
import { toAmount, type ComplaintIssue } from '@kontakt/domain';
import { AppError } from '../../http/errors.ts';
import type { ComplaintRow, StoredProtocol } from './complaints.table.ts';

/** Refuses the request with the first issue's code; every issue is in the details. */
export function assertNoIssues(issues: ComplaintIssue[]): void {
  const [first] = issues;
  if (!first) return;
  throw new AppError(400, first.code, first.message, {
    field: first.field,
    issues: issues.map((i) => ({ code: i.code, field: i.field, message: i.message })),
  });
}

/** An amount already checked for precision (see complaintIssues). */
export const amountOf = (a: AmountInput | null) => (a ? toAmount(a) : null);

/** The protocol columns of a valid intake. */
export function storedProtocol(input: CreateComplaintInput): StoredProtocol {
  const { jurisdiction: _j, regime: _r, receivedAt: _at, price, demand, ...rest } = input;
  return { ...rest, price: amountOf(price), demand: { kind: demand.kind, amount: amountOf(demand.amount) } };
}

const backToInput = (a: { amount: string; currency: AmountInput['currency'] } | null): AmountInput | null =>
  a ? { amount: a.amount, currency: a.currency } : null;

/** The stored record as an intake, so a change is checked as the whole record it produces. */
export function inputOf(row: ComplaintRow): CreateComplaintInput {
  const p = row.protocol;
  return {
    ...p,
    jurisdiction: row.jurisdiction,
    regime: row.regime,
    receivedAt: row.receivedAt.toISOString(),
    price: backToInput(p.price),
    demand: { kind: p.demand.kind, amount: backToInput(p.demand.amount) },
  };
}

/** What the list's product filter searches (folded by the database). */
export const productText = (p: CreateComplaintInput['product']) =>
  [p.name, p.model, p.sku].filter(Boolean).join(' ');
