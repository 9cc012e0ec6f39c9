import { z } from 'zod';
import { Id, Instant } from './common.ts';

export const SlaTargetName = z.enum(['first_response', 'next_response', 'resolution']);
export type SlaTargetName = z.infer<typeof SlaTargetName>;

/** Where one target of a ticket stands (instants in UTC). */
export const TicketSlaTarget = z.object({
  target: SlaTargetName,
  minutes: z.number(),
  businessHours: z.boolean(),
  /** When the target is (or was) due; null while paused. */
  dueAt: Instant.nullable(),
  warnAt: Instant.nullable(),
  metAt: Instant.nullable(),
  breachedAt: Instant.nullable(),
  /** When the warning was announced. */
  warnedAt: Instant.nullable(),
  paused: z.boolean(),
  /** Target minutes left when last computed (fixed while paused; negative when overdue). */
  remainingMinutes: z.number(),
});
export type TicketSlaTarget = z.infer<typeof TicketSlaTarget>;

/** The SLA of a ticket: the policy that applies, the calendar it counts in, and each target. */
export const TicketSla = z.object({
  policyId: Id,
  /** The queue's calendar (null: around the clock in UTC). */
  calendarId: Id.nullable(),
  targets: z.array(TicketSlaTarget),
});
export type TicketSla = z.infer<typeof TicketSla>;
