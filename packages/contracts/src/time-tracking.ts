import { z } from 'zod';
import { Id, Instant } from './common.ts';

/**
 * Time per activity: admin-defined activity categories, time entries recorded by the ticket
 * timer or by hand, and reports of time per activity, agent and queue.
 */

/** Categories every organization starts with; renamed or deactivated, never deleted. */
export const ActivitySystemKey = z.enum(['handling', 'complaint_assessment', 'order_entry', 'training']);
export type ActivitySystemKey = z.infer<typeof ActivitySystemKey>;

export const ActivityCategory = z.object({
  id: Id,
  name: z.string(),
  systemKey: ActivitySystemKey.nullable(),
  /** The category the ticket timer starts with (exactly one). */
  isDefault: z.boolean(),
  active: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type ActivityCategory = z.infer<typeof ActivityCategory>;

const CategoryName = z.string().trim().min(1).max(80);
export const CreateActivityCategoryInput = z.strictObject({
  name: CategoryName,
  active: z.boolean().default(true),
});
export type CreateActivityCategoryInput = z.input<typeof CreateActivityCategoryInput>;
export const UpdateActivityCategoryInput = z.strictObject({
  name: CategoryName.optional(),
  active: z.boolean().optional(),
  /** true makes it the timer's default (the previous default stops being one). */
  isDefault: z.literal(true).optional(),
});
export type UpdateActivityCategoryInput = z.infer<typeof UpdateActivityCategoryInput>;

export const TimeEntrySource = z.enum(['timer', 'manual']);
export type TimeEntrySource = z.infer<typeof TimeEntrySource>;

export const TimeEntry = z.object({
  id: Id,
  agentId: Id,
  categoryId: Id,
  ticketId: Id.nullable(),
  ticketNumber: z.number().int().nullable(),
  queueId: Id.nullable(),
  source: TimeEntrySource,
  startedAt: Instant,
  /** For a running timer: its last heartbeat. */
  endedAt: Instant,
  durationSeconds: z.number().int(),
  running: z.boolean(),
  note: z.string(),
});
export type TimeEntry = z.infer<typeof TimeEntry>;

/** Starts the ticket timer; any other running timer of the agent stops first. */
export const StartTimerInput = z.strictObject({
  ticketId: Id,
  /** Default: the organization's default category (handling). */
  categoryId: Id.optional(),
});
export type StartTimerInput = z.infer<typeof StartTimerInput>;

const Duration = z.number().int().min(1).max(86_400);
const Note = z.string().trim().max(500);

/** A manual entry, with or without a ticket (e.g. training). */
export const CreateTimeEntryInput = z.strictObject({
  categoryId: Id,
  ticketId: Id.nullable().default(null),
  startedAt: Instant,
  durationSeconds: Duration,
  note: Note.default(''),
});
export type CreateTimeEntryInput = z.input<typeof CreateTimeEntryInput>;

export const UpdateTimeEntryInput = z.strictObject({
  categoryId: Id.optional(),
  startedAt: Instant.optional(),
  durationSeconds: Duration.optional(),
  note: Note.optional(),
});
export type UpdateTimeEntryInput = z.infer<typeof UpdateTimeEntryInput>;

export const TimeEntryListQuery = z.strictObject({
  from: Instant,
  to: Instant,
  /** Leads and admins only; agents always see their own. */
  agentId: Id.optional(),
  ticketId: Id.optional(),
});
export type TimeEntryListQuery = z.infer<typeof TimeEntryListQuery>;

export const TimeGroupBy = z.enum(['category', 'agent', 'queue']);
export type TimeGroupBy = z.infer<typeof TimeGroupBy>;

export const TimeReportQuery = z.strictObject({
  from: Instant,
  to: Instant,
  /** One or more of category, agent, queue, comma-separated (default category). */
  groupBy: z
    .string()
    .default('category')
    .transform((s) => [...new Set(s.split(',').map((x) => x.trim()))])
    .pipe(z.array(TimeGroupBy).min(1).max(3)),
  agentId: Id.optional(),
  queueId: Id.optional(),
});
export type TimeReportQuery = z.input<typeof TimeReportQuery>;

export const TimeReportRow = z.object({
  categoryId: Id.nullable(),
  categoryName: z.string().nullable(),
  agentId: Id.nullable(),
  agentName: z.string().nullable(),
  queueId: Id.nullable(),
  queueName: z.string().nullable(),
  seconds: z.number().int(),
  entries: z.number().int(),
});
export type TimeReportRow = z.infer<typeof TimeReportRow>;

/** Entries that started in [from, to); agents see only their own time. */
export const TimeReport = z.object({
  from: Instant,
  to: Instant,
  groupBy: z.array(TimeGroupBy),
  rows: z.array(TimeReportRow),
  totalSeconds: z.number().int(),
});
export type TimeReport = z.infer<typeof TimeReport>;
