import { ratio, type Ratio } from './stats.ts';

const DAY = 86_400_000;

/** Where an SLA target stands for reports. */
export type SlaOutcome = 'met' | 'breached' | 'running' | 'none';

/**
 * The report outcome of one SLA target at `now`: met or breached when decided; a running target
 * already past due counts as breached; else running (or none without a target).
 */
export function slaOutcome(
  t: { metAt: number | null; breachedAt: number | null; dueAt: number | null } | null,
  now: number,
): SlaOutcome {
  if (!t) return 'none';
  if (t.breachedAt !== null) return 'breached';
  if (t.metAt !== null) return 'met';
  if (t.dueAt === null) return 'running';
  return t.dueAt <= now ? 'breached' : 'running';
}

/** SLA compliance: met ÷ (met + breached); running and none are left out. */
export function slaCompliance(outcomes: readonly SlaOutcome[]): Ratio {
  const met = outcomes.filter((o) => o === 'met').length;
  const breached = outcomes.filter((o) => o === 'breached').length;
  return ratio(met, met + breached);
}

/** Backlog age buckets (age since creation). */
export const BACKLOG_BUCKETS = ['lt_1d', 'd1_3', 'd3_7', 'd7_30', 'gt_30d'] as const;
export type BacklogBucket = (typeof BACKLOG_BUCKETS)[number];

/** The bucket of an age in ms: < 1 day, 1–3, 3–7, 7–30 days, over 30 days (lower bounds inclusive). */
export function backlogBucket(ageMs: number): BacklogBucket {
  if (ageMs < DAY) return 'lt_1d';
  if (ageMs < 3 * DAY) return 'd1_3';
  if (ageMs < 7 * DAY) return 'd3_7';
  if (ageMs < 30 * DAY) return 'd7_30';
  return 'gt_30d';
}

/** A ticket's life for the backlog: created, and solved intervals ([solvedAt, reopenedAt|null]). */
export interface BacklogTicket {
  createdAt: number;
  solvedSpans: ReadonlyArray<readonly [number, number | null]>;
}

/** Is the ticket in the backlog at T: created ≤ T and not solved at T. */
export function inBacklogAt(t: BacklogTicket, at: number): boolean {
  if (t.createdAt > at) return false;
  return !t.solvedSpans.some(([from, to]) => from <= at && (to === null || to > at));
}

/** Backlog at T with its age buckets. */
export function backlogAt(tickets: readonly BacklogTicket[], at: number) {
  const buckets = Object.fromEntries(BACKLOG_BUCKETS.map((b) => [b, 0])) as Record<BacklogBucket, number>;
  let total = 0;
  for (const t of tickets) {
    if (!inBacklogAt(t, at)) continue;
    total++;
    buckets[backlogBucket(at - t.createdAt)]++;
  }
  return { total, buckets };
}

/** Reopen rate: reopened ÷ solved. */
export const reopenRate = (reopened: number, solved: number): Ratio => ratio(reopened, solved);

/** An issue for FCR: who raised it, for which reason, when (any channel). */
export interface FcrIssue {
  id: string;
  customerId: string | null;
  reasonId: string | null;
  createdAt: number;
}

/**
 * Is there a repeat contact for the same reason within N days after this issue (another issue of
 * the same customer and contact reason, on any channel, created in (createdAt, createdAt + N days])?
 * Null when the issue has no customer or no reason (it cannot be judged).
 */
export function hasRepeatContact(
  issue: FcrIssue,
  others: readonly FcrIssue[],
  windowDays: number,
): boolean | null {
  if (!issue.customerId || !issue.reasonId) return null;
  const until = issue.createdAt + windowDays * DAY;
  return others.some(
    (o) =>
      o.id !== issue.id &&
      o.customerId === issue.customerId &&
      o.reasonId === issue.reasonId &&
      o.createdAt > issue.createdAt &&
      o.createdAt <= until,
  );
}

/** FCR: issues with no repeat contact for the same reason within N days ÷ issues that can be judged. */
export function firstContactResolution(
  issues: readonly FcrIssue[],
  allIssues: readonly FcrIssue[],
  windowDays: number,
): Ratio {
  let judged = 0;
  let resolved = 0;
  for (const i of issues) {
    const repeat = hasRepeatContact(i, allIssues, windowDays);
    if (repeat === null) continue;
    judged++;
    if (!repeat) resolved++;
  }
  return ratio(resolved, judged);
}
