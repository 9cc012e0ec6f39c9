import { z } from 'zod';
import { Id, Instant, Locale } from './common.ts';
import { Channel, TicketStatus, TicketType } from './tickets.ts';
// Service-level variants (named on the report) are the wallboard's, so both count alike.
import { ServiceLevelVariant } from './wallboard.ts';

/**
 * Reports and KPIs (DOMAIN.md §3). Every number is computed from the recorded history (through
 * rollups that a rebuild recomputes); a ratio or average over an empty set is `null`, which the
 * app shows as "n/a" (never 0 %). Durations are in seconds. Local dates are in the
 * organization's time zone.
 */

/** A local calendar date 'YYYY-MM-DD' in the organization's time zone. */
export const ReportDate = z.iso.date();

/** How the volume series is grouped. */
export const ReportGranularity = z.enum(['day', 'week', 'month']);
export type ReportGranularity = z.infer<typeof ReportGranularity>;

/** Abandonment variants: all abandons ÷ offered, or abandons under 5 s left out of both. */
export const ReportAbandonmentVariant = z.enum(['all', 'exclude_short']);
export type ReportAbandonmentVariant = z.infer<typeof ReportAbandonmentVariant>;

/** Query string of every report endpoint (overview, agents, drill-down, export). */
export const ReportFilters = z.strictObject({
  /** First local day of the period (default: 29 days before `to`). */
  from: ReportDate.optional(),
  /** Last local day of the period, inclusive (default: today). */
  to: ReportDate.optional(),
  /** Grouping of the volume series (default `day`). */
  granularity: ReportGranularity.default('day'),
  queueId: Id.optional(),
  teamId: Id.optional(),
  agentId: Id.optional(),
  channel: Channel.optional(),
  /** FCR window N in days (default 7). */
  fcrDays: z.coerce.number().int().min(1).max(90).default(7),
  /** Service-level threshold Y in seconds (default 20). */
  slThresholdSeconds: z.coerce.number().int().min(1).max(3600).default(20),
  slVariant: ServiceLevelVariant.default('abandons_missed'),
  abandonmentVariant: ReportAbandonmentVariant.default('all'),
});
export type ReportFilters = z.infer<typeof ReportFilters>;

/** The filters as applied (defaults filled in), echoed in every report. */
export const AppliedReportFilters = z.object({
  from: ReportDate,
  to: ReportDate,
  timeZone: z.string(),
  granularity: ReportGranularity,
  queueId: Id.nullable(),
  teamId: Id.nullable(),
  agentId: Id.nullable(),
  channel: Channel.nullable(),
  fcrDays: z.number().int(),
  slThresholdSeconds: z.number().int(),
  slVariant: ServiceLevelVariant,
  abandonmentVariant: ReportAbandonmentVariant,
});
export type AppliedReportFilters = z.infer<typeof AppliedReportFilters>;

/** A share: numerator ÷ denominator; `value` (0–1) is null when the denominator is 0. */
export const ReportRatio = z.object({
  numerator: z.number().int(),
  denominator: z.number().int(),
  value: z.number().nullable(),
});
export type ReportRatio = z.infer<typeof ReportRatio>;

/** Mean and median of durations in seconds over `count` events (null when count is 0). */
export const ReportDuration = z.object({
  count: z.number().int(),
  mean: z.number().nullable(),
  median: z.number().nullable(),
});
export type ReportDuration = z.infer<typeof ReportDuration>;

/** A time metric in both variants: calendar (wall-clock) and business (open hours of the queue's calendar). */
export const ReportTimeMetric = z.object({ calendar: ReportDuration, business: ReportDuration });
export type ReportTimeMetric = z.infer<typeof ReportTimeMetric>;

/** One bar of a breakdown; `key` is what `bucket` takes in a drill-down (e.g. `channel:email`). */
export const ReportCountBucket = z.object({
  key: z.string(),
  /** The raw value (a channel, type, id or period start); null for "none". */
  value: z.string().nullable(),
  /** A display name for ids (queue, reason, agent); the value itself otherwise. */
  label: z.string().nullable(),
  count: z.number().int(),
});
export type ReportCountBucket = z.infer<typeof ReportCountBucket>;

/** One point of the period series (period = first local day of the day/week/month). */
export const ReportPeriodPoint = z.object({
  period: ReportDate,
  created: z.number().int(),
  solved: z.number().int(),
});

/** Backlog age buckets (age at the end of the period since creation). */
export const BacklogAgeBucket = z.enum(['lt_1d', 'd1_3', 'd3_7', 'd7_30', 'gt_30d']);
export type BacklogAgeBucket = z.infer<typeof BacklogAgeBucket>;

/** Average handle time: (talk + hold + after-contact work) ÷ handled contacts. */
export const ReportAht = z.object({
  contacts: z.number().int(),
  talkSeconds: z.number(),
  holdSeconds: z.number(),
  afterContactSeconds: z.number(),
  /** Seconds per contact; null when no contact was handled. */
  value: z.number().nullable(),
});
export type ReportAht = z.infer<typeof ReportAht>;

/** The KPI block shared by the overview and the personal report. */
export const ReportKpis = z.object({
  volume: z.object({
    /** Tickets created in the period (merged tickets left out). */
    created: z.number().int(),
    solved: z.number().int(),
    byChannel: z.array(ReportCountBucket),
    byQueue: z.array(ReportCountBucket),
    byType: z.array(ReportCountBucket),
    byReason: z.array(ReportCountBucket),
    byPeriod: z.array(ReportPeriodPoint),
  }),
  times: z.object({
    /** Over tickets whose first public agent reply fell in the period. */
    firstResponse: ReportTimeMetric,
    /** Over customer messages answered in the period. */
    nextResponse: ReportTimeMetric,
    /** First solved − created, over tickets first solved in the period. */
    resolutionFirst: ReportTimeMetric,
    /** Last solved − created, over tickets last solved in the period. */
    resolutionLast: ReportTimeMetric,
  }),
  sla: z.object({
    /** met ÷ (met + breached) per target; running targets past due count as breached. */
    firstResponse: ReportRatio,
    nextResponse: ReportRatio,
    resolution: ReportRatio,
    overall: ReportRatio,
  }),
  backlog: z.object({
    /** Created ≤ T and not solved by T, T = end of the period (or now when earlier). */
    at: Instant,
    total: z.number().int(),
    buckets: z.array(z.object({ bucket: BacklogAgeBucket, count: z.number().int() })),
  }),
  /** Reopened ÷ solved in the period. */
  reopen: ReportRatio,
  /** Issues created in the period without a repeat contact for the same reason within N days ÷ issues (with a reason). */
  fcr: ReportRatio.extend({ windowDays: z.number().int() }),
  aht: z.object({ chat: ReportAht, phone: ReportAht }),
  chat: z.object({
    offered: z.number().int(),
    answered: z.number().int(),
    abandoned: z.number().int(),
    serviceLevel: ReportRatio.extend({ thresholdSeconds: z.number().int(), variant: ServiceLevelVariant }),
    abandonment: ReportRatio.extend({ variant: ReportAbandonmentVariant }),
    /** Average speed of answer: queue wait of answered ÷ answered (seconds; null when none). */
    asaSeconds: z.number().nullable(),
  }),
  presence: z.object({
    /** Chat talk time plus after-contact work (presence reason `after_contact_work`). */
    handleSeconds: z.number(),
    /** Online and not handling. */
    availableSeconds: z.number(),
    /** Logged-in time (any state but offline): the basis of utilization. */
    loggedInSeconds: z.number(),
    /** handle ÷ (handle + available). */
    occupancy: z.number().nullable(),
    /** (handle + available) ÷ logged-in time. */
    utilization: z.number().nullable(),
    utilizationBasis: z.literal('logged_in'),
  }),
  satisfaction: z.object({
    /** Share of 4–5 answers on 1–5. */
    csat: ReportRatio,
    /** % 9–10 minus % 0–6 on 0–10, as −100…100; null without answers. */
    nps: z.object({
      responses: z.number().int(),
      promoters: z.number().int(),
      passives: z.number().int(),
      detractors: z.number().int(),
      value: z.number().nullable(),
    }),
    /** Mean on 1–7; null without answers. */
    ces: z.object({ responses: z.number().int(), mean: z.number().nullable() }),
  }),
});
export type ReportKpis = z.infer<typeof ReportKpis>;

/** `GET /api/v1/reports/overview` (leads, QA, admins). */
export const ReportOverview = z.object({
  filters: AppliedReportFilters,
  /** When the rollups were last brought up to date (null: never built). */
  freshAt: Instant.nullable(),
  kpis: ReportKpis,
});
export type ReportOverview = z.infer<typeof ReportOverview>;

/** `GET /api/v1/reports/agents/me`: the signed-in agent's own numbers (tickets assigned to them). */
export const AgentReport = z.object({
  agent: z.object({ id: Id, name: z.string() }),
  filters: AppliedReportFilters,
  freshAt: Instant.nullable(),
  kpis: ReportKpis,
});
export type AgentReport = z.infer<typeof AgentReport>;

/** One row of `GET /api/v1/reports/agents` (leads): per-agent comparison over the period. */
export const AgentReportRow = z.object({
  agentId: Id,
  name: z.string(),
  solved: z.number().int(),
  firstResponseMedianSeconds: z.number().nullable(),
  resolutionMedianSeconds: z.number().nullable(),
  slaCompliance: z.number().nullable(),
  reopenRate: z.number().nullable(),
  ahtSeconds: z.number().nullable(),
  csat: z.number().nullable(),
  occupancy: z.number().nullable(),
});
export const AgentReportList = z.object({ filters: AppliedReportFilters, items: z.array(AgentReportRow) });
export type AgentReportList = z.infer<typeof AgentReportList>;

/**
 * What a drill-down lists. Buckets per metric:
 * `created` — none, `channel:<c>`, `queue:<id>`, `type:<t>`, `reason:<id>|reason:none`, `period:<date>`;
 * `solved` — none or `period:<date>`; `first_response`, `resolution` — none;
 * `sla` — `met`|`breached`, optionally prefixed by a target (`first_response:breached`);
 * `backlog` — none or an age bucket; `reopened` — none; `fcr` — `resolved`|`repeat`;
 * `csat` — none, `satisfied`, `unsatisfied` or a score `1`–`5`; `chat` — `answered`, `abandoned`, `within_threshold`.
 */
export const ReportDrillMetric = z.enum([
  'created',
  'solved',
  'first_response',
  'resolution',
  'sla',
  'backlog',
  'reopened',
  'fcr',
  'csat',
  'chat',
]);
export type ReportDrillMetric = z.infer<typeof ReportDrillMetric>;

/** `GET /api/v1/reports/drill` query: the report filters plus the number to explain and a page. */
export const ReportDrillQuery = ReportFilters.extend({
  metric: ReportDrillMetric,
  bucket: z.string().max(80).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ReportDrillQuery = z.infer<typeof ReportDrillQuery>;

/** SLA outcome of a ticket's targets: met, breached, running (not yet due), or none (no target). */
export const ReportSlaOutcome = z.enum(['met', 'breached', 'running', 'none']);
export type ReportSlaOutcome = z.infer<typeof ReportSlaOutcome>;

/** One ticket behind a number, with its metric columns (the same columns as the export). */
export const ReportTicketRow = z.object({
  ticketId: Id,
  number: z.number().int(),
  subject: z.string(),
  status: TicketStatus,
  type: TicketType,
  channel: Channel,
  queueId: Id,
  queueName: z.string().nullable(),
  teamId: Id.nullable(),
  assigneeId: Id.nullable(),
  assigneeName: z.string().nullable(),
  contactReasonId: Id.nullable(),
  contactReasonName: z.string().nullable(),
  createdAt: Instant,
  firstResponseAt: Instant.nullable(),
  firstSolvedAt: Instant.nullable(),
  lastSolvedAt: Instant.nullable(),
  firstResponseSeconds: z.number().nullable(),
  firstResponseBusinessSeconds: z.number().nullable(),
  resolutionSeconds: z.number().nullable(),
  resolutionBusinessSeconds: z.number().nullable(),
  reopenCount: z.number().int(),
  slaFirstResponse: ReportSlaOutcome,
  slaResolution: ReportSlaOutcome,
  /** Another ticket of the same customer and reason within the FCR window (null: no reason). */
  repeatContact: z.boolean().nullable(),
  csatRating: z.number().int().nullable(),
});
export type ReportTicketRow = z.infer<typeof ReportTicketRow>;

export const ReportDrillPage = z.object({
  items: z.array(ReportTicketRow),
  nextCursor: z.string().nullable(),
});
export type ReportDrillPage = z.infer<typeof ReportDrillPage>;

export const ReportExportFormat = z.enum(['csv', 'xlsx']);
export type ReportExportFormat = z.infer<typeof ReportExportFormat>;

/**
 * `GET /api/v1/reports/export?format=csv|xlsx&…filters[&metric&bucket]` streams the rows
 * directly (one row per ticket, columns of ReportTicketRow). For long exports,
 * `POST /api/v1/reports/exports` starts a job instead.
 */
export const ReportExportQuery = ReportFilters.extend({
  format: ReportExportFormat.default('csv'),
  metric: ReportDrillMetric.default('created'),
  bucket: z.string().max(80).optional(),
});
export type ReportExportQuery = z.infer<typeof ReportExportQuery>;

/** `POST /api/v1/reports/exports` body. */
export const CreateReportExportInput = z.strictObject({
  format: ReportExportFormat,
  metric: ReportDrillMetric.default('created'),
  bucket: z.string().max(80).optional(),
  filters: ReportFilters.prefault({}),
});
export type CreateReportExportInput = z.infer<typeof CreateReportExportInput>;

/** An export job; poll `GET /api/v1/reports/exports/:id`, then download from `downloadUrl`. */
export const ReportExport = z.object({
  id: Id,
  format: ReportExportFormat,
  status: z.enum(['queued', 'running', 'done', 'failed']),
  /** Rows written so far and the total expected (total null until counted). */
  rowsDone: z.number().int(),
  rowsTotal: z.number().int().nullable(),
  error: z.string().nullable(),
  /** `GET` this for the file once done (null before). */
  downloadUrl: z.string().nullable(),
  createdAt: Instant,
  finishedAt: Instant.nullable(),
});
export type ReportExport = z.infer<typeof ReportExport>;

export const ReportScheduleFrequency = z.enum(['weekly', 'monthly']);
export const ReportScheduleFormat = z.enum(['pdf', 'xlsx']);

/** The filters a schedule keeps (the period comes from the frequency: last week or last month). */
export const ReportScheduleFilters = z.strictObject({
  queueId: Id.optional(),
  teamId: Id.optional(),
  agentId: Id.optional(),
  channel: Channel.optional(),
});

/** A scheduled report: sent Monday (weekly, for the week before) or on the 1st (monthly), 07:00 local. */
export const ReportSchedule = z.object({
  id: Id,
  name: z.string(),
  frequency: ReportScheduleFrequency,
  format: ReportScheduleFormat,
  recipients: z.array(z.email()),
  filters: ReportScheduleFilters,
  locale: Locale,
  active: z.boolean(),
  nextRunAt: Instant,
  lastSentAt: Instant.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type ReportSchedule = z.infer<typeof ReportSchedule>;

/** `POST /api/v1/report-schedules` (leads, admins). */
export const CreateReportScheduleInput = z.strictObject({
  name: z.string().trim().min(1).max(120),
  frequency: ReportScheduleFrequency,
  format: ReportScheduleFormat,
  recipients: z.array(z.email()).min(1).max(50),
  filters: ReportScheduleFilters.default({}),
  locale: Locale.default('en'),
  active: z.boolean().default(true),
});
export type CreateReportScheduleInput = z.infer<typeof CreateReportScheduleInput>;

/** `PATCH /api/v1/report-schedules/:id`. */
export const UpdateReportScheduleInput = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  frequency: ReportScheduleFrequency.optional(),
  format: ReportScheduleFormat.optional(),
  recipients: z.array(z.email()).min(1).max(50).optional(),
  filters: ReportScheduleFilters.optional(),
  locale: Locale.optional(),
  active: z.boolean().optional(),
});
export type UpdateReportScheduleInput = z.infer<typeof UpdateReportScheduleInput>;
