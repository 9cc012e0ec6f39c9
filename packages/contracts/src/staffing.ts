import { z } from 'zod';
import { Id, Instant } from './common.ts';

/**
 * Staffing (DOMAIN.md §4): Erlang C, or Erlang A when a mean patience is given. Either a number
 * of agents (→ service level, ASA, occupancy, probability of waiting, abandonment) or a
 * service-level target (→ agents required and, with shrinkage, staff to schedule).
 */

/** Loads above this many Erlangs are refused (no single queue interval is that large). */
export const MAX_STAFFING_LOAD = 5000;

export const ErlangInput = z
  .strictObject({
    /** Contacts offered in the interval. */
    contacts: z.number().min(0).max(1_000_000),
    /** Interval length in seconds (default 1800 = 30 minutes). */
    intervalSeconds: z.number().int().min(60).max(86_400).default(1800),
    /** Average handle time in seconds (talk + hold + after-contact work). */
    ahtSeconds: z.number().positive().max(86_400),
    /** Agents handling contacts: asks "how good is the service with this many?". */
    agents: z.number().int().min(0).max(10_000).optional(),
    /** Share to answer within the threshold (0–1, e.g. 0.8): asks "how many agents?". */
    serviceLevelTarget: z.number().gt(0).lt(1).optional(),
    /** Service-level threshold in seconds (default 20). */
    thresholdSeconds: z.number().min(0).max(86_400).default(20),
    /** Mean patience in seconds: switches to Erlang A (abandonment). */
    patienceSeconds: z.number().positive().max(86_400).optional(),
    /** Share of paid time not available for contacts (0–0.95). */
    shrinkage: z.number().min(0).max(0.95).default(0),
  })
  .refine((v) => (v.agents === undefined) !== (v.serviceLevelTarget === undefined), {
    message: 'give either agents or serviceLevelTarget',
    path: ['agents'],
  });
export type ErlangInput = z.input<typeof ErlangInput>;

export const StaffingModel = z.enum(['erlang_c', 'erlang_a']);
export type StaffingModel = z.infer<typeof StaffingModel>;

/** One point of the service-level curve. */
export const ServiceLevelPoint = z.object({
  agents: z.number().int(),
  serviceLevel: z.number(),
});

export const ErlangResult = z.object({
  model: StaffingModel,
  /** Offered load in Erlangs. */
  load: z.number(),
  /** The agents the figures below describe (given, or the required number). */
  agents: z.number().int(),
  /** With a target: the smallest number reaching it (null when none up to 100,000 does). */
  agentsRequired: z.number().int().nullable(),
  /** agents ÷ (1 − shrinkage), rounded up. */
  scheduledStaff: z.number().int().nullable(),
  serviceLevel: z.number(),
  thresholdSeconds: z.number(),
  /** Erlang C: average speed of answer; Erlang A: mean wait of answered contacts. Null when unstable. */
  asaSeconds: z.number().nullable(),
  occupancy: z.number(),
  probabilityOfWaiting: z.number(),
  /** Erlang A only. */
  probabilityOfAbandon: z.number().nullable(),
  /** False when agents ≤ load under Erlang C: the queue grows without end. */
  stable: z.boolean(),
  /** Service level for agent counts around the answer, for charts. */
  curve: z.array(ServiceLevelPoint),
});
export type ErlangResult = z.infer<typeof ErlangResult>;

/** An organization's staffing assumptions (service-level target, default AHT, shrinkage). */
export const StaffingSettings = z.object({
  serviceLevelTarget: z.number().gt(0).lt(1),
  thresholdSeconds: z.number().int().min(0).max(3600),
  /** Used when no handling time was recorded. */
  defaultAhtSeconds: z.number().int().min(1).max(86_400),
  shrinkage: z.number().min(0).max(0.95),
});
export type StaffingSettings = z.infer<typeof StaffingSettings>;
export const UpdateStaffingSettingsInput = StaffingSettings.partial().strict();
export type UpdateStaffingSettingsInput = z.infer<typeof UpdateStaffingSettingsInput>;

export const ForecastQuery = z.strictObject({
  /** A queue; all queues when omitted. */
  queue: Id.optional(),
  /** Weeks of history to average (1–12, default 4). */
  weeks: z.coerce.number().int().min(1).max(12).default(4),
});
export type ForecastQuery = z.infer<typeof ForecastQuery>;

/** Where the forecast's handle time came from. */
export const AhtSource = z.enum(['time_entries', 'chat_durations', 'organization_default']);
export type AhtSource = z.infer<typeof AhtSource>;

export const ForecastSlot = z.object({
  /** 1 = Monday … 7 = Sunday, in the organization's time zone. */
  weekday: z.number().int().min(1).max(7),
  /** 0–47: half hours from midnight. */
  slot: z.number().int(),
  /** "HH:MM" local. */
  start: z.string(),
  expectedContacts: z.number(),
  agentsRequired: z.number().int(),
  scheduledStaff: z.number().int(),
  serviceLevel: z.number().nullable(),
});
export type ForecastSlot = z.infer<typeof ForecastSlot>;

export const StaffingForecast = z.object({
  queueId: Id.nullable(),
  weeks: z.number().int(),
  timeZone: z.string(),
  /** The history averaged: [from, to). */
  historyFrom: Instant,
  historyTo: Instant,
  contactsInHistory: z.number().int(),
  ahtSeconds: z.number(),
  ahtSource: AhtSource,
  settings: StaffingSettings,
  slots: z.array(ForecastSlot),
});
export type StaffingForecast = z.infer<typeof StaffingForecast>;
