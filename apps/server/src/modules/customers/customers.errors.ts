import { AppError } from '../../http/errors.ts';
import type { CustomerRow } from './customers.table.ts';

/** The identity is another customer's; `details.customerId` lets the caller offer a merge. */
export const identityTaken = (customerId: string | undefined) =>
  new AppError(
    409,
    'identity_taken',
    'This identity already belongs to another customer.',
    customerId ? { customerId } : undefined,
  );

export const customerMerged = (row: CustomerRow) =>
  new AppError(409, 'customer_merged', 'This customer was merged into another one; use that one.', {
    targetId: row.mergedIntoId,
  });

/** Writes go to live customers only; a merged one answers with where it went. */
export function assertLive(row: CustomerRow): CustomerRow {
  if (row.mergedIntoId) throw customerMerged(row);
  return row;
}
