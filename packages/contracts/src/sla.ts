import { z } from 'zod';
import { Id, Instant, TimeZone } from './common.ts';
import { CustomerFlag } from './customers.ts';
import { Channel, Priority, TicketType } from './tickets.ts';
import { SlaTargetName } from './ticket-sla.ts';

/** Wall-clock time 'HH:MM' (00:00–23:59, or 24:00 for the end of the day). */
const WallTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'a time as HH:MM');
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const LocalDate = z.iso.date();

/** Open hours on an ISO weekday (1 = Monday … 7 = Sunday), local time; end after start. */
export const WeeklyInterval = z
  .strictObject({ day: z.number().int().min(1).max(7), start: WallTime, end: WallTime })
  .refine((w) => minutesOf(w.end) > minutesOf(w.start), {
    message: 'end must be after start',
    path: ['end'],
  });
export type WeeklyInterval = z.infer<typeof WeeklyInterval>;

/** A dated exception; without start and end it covers the whole local day. */
export const DatedRange = z
  .strictObject({ date: LocalDate, start: WallTime.optional(), end: WallTime.optional() })
  .refine((r) => (r.start === undefined) === (r.end === undefined), {
    message: 'give both start and end, or neither',
    path: ['end'],
  })
  .refine((r) => !r.start || !r.end || minutesOf(r.end) > minutesOf(r.start), {
    message: 'end must be after start',
    path: ['end'],
  });
export type DatedRange = z.infer<typeof DatedRange>;

const CalendarFields = {
  name: z.string().trim().min(1).max(120),
  timeZone: TimeZone,
  /** Weekly open intervals; several per day allowed; at least one. */
  weekly: z.array(WeeklyInterval).min(1).max(70),
  /** ISO 3166 country whose public holidays close the calendar (e.g. PL, CZ); null for none. */
  holidayCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  /** Tenant closures: whole days or hours. */
  closures: z.array(DatedRange).max(500),
  /** Extra openings outside the weekly hours (they also open a public holiday). */
  extraOpenings: z.array(DatedRange).max(500),
};

export const Calendar = z.object({
  id: Id,
  ...CalendarFields,
  /** Public holidays (local dates) of the holiday country from last year to two years ahead. */
  holidays: z.array(z.object({ date: LocalDate, name: z.string() })),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Calendar = z.infer<typeof Calendar>;

export const CreateCalendarInput = z.strictObject({
  ...CalendarFields,
  holidayCountry: CalendarFields.holidayCountry.default(null),
  closures: CalendarFields.closures.default([]),
  extraOpenings: CalendarFields.extraOpenings.default([]),
});
export type CreateCalendarInput = z.infer<typeof CreateCalendarInput>;
export const UpdateCalendarInput = z.strictObject(CalendarFields).partial();
export type UpdateCalendarInput = z.infer<typeof UpdateCalendarInput>;

/** Up to ten years of minutes. */
const Minutes = z.number().int().min(0).max(5_256_000);

/** Ask for a due instant (start + minutes), the minutes between two instants, or both. */
export const CalendarPreviewInput = z
  .strictObject({
    start: Instant.optional(),
    /** Up to a year of minutes. */
    minutes: z.number().int().min(0).max(525_600).optional(),
    from: Instant.optional(),
    to: Instant.optional(),
  })
  .refine((p) => (p.start === undefined) === (p.minutes === undefined), {
    message: 'give start and minutes together',
    path: ['minutes'],
  })
  .refine((p) => (p.from === undefined) === (p.to === undefined), {
    message: 'give from and to together',
    path: ['to'],
  })
  .refine((p) => p.start !== undefined || p.from !== undefined, {
    message: 'give start and minutes, or from and to',
  });
export type CalendarPreviewInput = z.infer<typeof CalendarPreviewInput>;

export const CalendarPreview = z.object({
  /** start + minutes of open time (null when not asked). */
  dueAt: Instant.nullable(),
  /** Open minutes between from and to (null when not asked). */
  businessMinutes: z.number().nullable(),
  /** Elapsed minutes between from and to (null when not asked). */
  calendarMinutes: z.number().nullable(),
  /** The next 30 local days from start (or from): open spans as instants and the holiday name. */
  days: z.array(
    z.object({
      date: LocalDate,
      open: z.array(z.object({ from: Instant, to: Instant })),
      holiday: z.string().nullable(),
    }),
  ),
});
export type CalendarPreview = z.infer<typeof CalendarPreview>;

/** One promise of a policy: a target for a priority, in open hours or around the clock. */
export const SlaPolicyTarget = z.strictObject({
  priority: Priority,
  target: SlaTargetName,
  minutes: Minutes.min(1),
  /** true: counted in the queue calendar's open hours; false: around the clock. */
  businessHours: z.boolean().default(true),
});
export type SlaPolicyTarget = z.infer<typeof SlaPolicyTarget>;

/** Which tickets a policy covers; an empty list matches anything. */
export const SlaConditions = z.strictObject({
  queueIds: z.array(Id).max(100).default([]),
  priorities: z.array(Priority).max(4).default([]),
  types: z.array(TicketType).max(6).default([]),
  channels: z.array(Channel).max(9).default([]),
  /** The ticket's customer carries one of these flags. */
  customerFlags: z.array(CustomerFlag).max(3).default([]),
  /** The ticket's customer belongs to one of these organizations (companies). */
  companyIds: z.array(Id).max(100).default([]),
});
export type SlaConditions = z.infer<typeof SlaConditions>;

const PolicyFields = {
  name: z.string().trim().min(1).max(120),
  active: z.boolean(),
  conditions: SlaConditions,
  targets: z
    .array(SlaPolicyTarget)
    .min(1)
    .max(12)
    .refine((ts) => new Set(ts.map((t) => `${t.priority}:${t.target}`)).size === ts.length, {
      message: 'one target per priority and kind',
    }),
  /** Share of a target after which it warns (0.05–0.99). */
  warningShare: z.number().min(0.05).max(0.99),
};

export const SlaPolicy = z.object({
  id: Id,
  ...PolicyFields,
  /** Policies are tried in this order; the first that matches applies. */
  position: z.number().int(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type SlaPolicy = z.infer<typeof SlaPolicy>;

export const CreateSlaPolicyInput = z.strictObject({
  ...PolicyFields,
  active: PolicyFields.active.default(true),
  conditions: SlaConditions.default({
    queueIds: [],
    priorities: [],
    types: [],
    channels: [],
    customerFlags: [],
    companyIds: [],
  }),
  warningShare: PolicyFields.warningShare.default(0.8),
  /** Where to insert it (0 = first); default last. */
  position: z.number().int().min(0).optional(),
});
export type CreateSlaPolicyInput = z.infer<typeof CreateSlaPolicyInput>;
export const UpdateSlaPolicyInput = z
  .strictObject({ ...PolicyFields, position: z.number().int().min(0) })
  .partial();
export type UpdateSlaPolicyInput = z.infer<typeof UpdateSlaPolicyInput>;
