import { z } from 'zod';
import { Instant } from './common.ts';
import { Jurisdiction } from './complaints.ts';

/** Preview of an EU withdrawal or refund deadline (Directive 2011/83 art. 9, 10 and 13). */
export const ReturnDeadlineInput = z.discriminatedUnion('kind', [
  z.strictObject({
    /** Withdrawal from a distance contract: 14 days from the start event. */
    kind: z.literal('withdrawal'),
    /** The country whose calendar and zone count. */
    jurisdiction: Jurisdiction,
    /** Goods: possession of the last parcel; services: conclusion of the contract. */
    startAt: Instant,
    /** Whether the consumer was informed of the right; if not, the period runs 12 months longer. */
    informed: z.boolean().default(true),
  }),
  z.strictObject({
    /** Refund after withdrawal: 14 days from the trader being informed. */
    kind: z.literal('refund'),
    /** The country whose calendar and zone count. */
    jurisdiction: Jurisdiction,
    /** When the trader was informed of the withdrawal. */
    startAt: Instant,
  }),
]);
export type ReturnDeadlineInput = z.infer<typeof ReturnDeadlineInput>;
