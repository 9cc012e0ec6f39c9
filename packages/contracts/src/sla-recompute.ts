import { z } from 'zod';
import { Id, Instant } from './common.ts';

/**
 * What a recomputation covers: every open ticket of the organization (a policy changed), the
 * tickets counting in one calendar (it changed or was deleted), or one queue's tickets (its
 * calendar was set or removed).
 */
export const SlaRecomputeScope = z.enum(['organization', 'calendar', 'queue']);
export type SlaRecomputeScope = z.infer<typeof SlaRecomputeScope>;

/** `pending` until a worker takes it; `superseded` when a later run covers the same tickets. */
export const SlaRecomputeState = z.enum(['pending', 'running', 'done', 'superseded']);
export type SlaRecomputeState = z.infer<typeof SlaRecomputeState>;

/** One recomputation of open tickets' SLA after a policy or calendar change (`sla.recompute` job). */
export const SlaRecomputation = z.object({
  id: Id,
  /** Why it runs, e.g. `sla_policy.updated`, `calendar.deleted`, `queue.calendar_changed`. */
  reason: z.string(),
  scope: SlaRecomputeScope,
  /** The calendar or queue of the scope; null for the organization. */
  scopeId: Id.nullable(),
  state: SlaRecomputeState,
  /** Open tickets in the scope when the run started (null before). */
  total: z.number().int().nullable(),
  /** Tickets recomputed so far, and how many of them changed. */
  processed: z.number().int(),
  changed: z.number().int(),
  createdAt: Instant,
  updatedAt: Instant,
  finishedAt: Instant.nullable(),
});
export type SlaRecomputation = z.infer<typeof SlaRecomputation>;
