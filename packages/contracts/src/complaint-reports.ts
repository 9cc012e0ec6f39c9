import { z } from 'zod';
import { CalendarDate, Jurisdiction } from './complaints.ts';

/** Filters of the complaints report (GET /api/v1/reports/complaints). */
export const ComplaintReportQuery = z.strictObject({
  /** First local day counted (by the complaint's receipt date in its legal zone); default: 12 months back. */
  from: CalendarDate.optional(),
  /** Last local day counted (inclusive); default: today. */
  to: CalendarDate.optional(),
  /** Product name, model or SKU contains this (case- and accent-insensitive). */
  product: z.string().trim().min(1).max(200).optional(),
  /** Only this jurisdiction. */
  jurisdiction: Jurisdiction.optional(),
});
export type ComplaintReportQuery = z.infer<typeof ComplaintReportQuery>;

/** Why the complaint rate cannot be given. */
export const ComplaintRateUnavailable = z.enum([
  /** Orders are not recorded in Kontakt (no orders table). */
  'no_orders_data',
  /** No orders in the period (a rate per zero orders is not a number). */
  'no_orders_in_period',
]);
export type ComplaintRateUnavailable = z.infer<typeof ComplaintRateUnavailable>;

/** The headline figures of one set of complaints (the whole period, one month or one product). */
export const ComplaintReportFigures = z.object({
  /** Complaints received in the set. */
  complaints: z.number().int(),
  /** Orders placed in the same period (null when orders are not known). */
  orders: z.number().int().nullable(),
  /** Complaints per 1,000 orders, two decimals; null with `rateUnavailable` saying why. */
  ratePer1000Orders: z.number().nullable(),
  /** Why the rate is null (null when it is given). */
  rateUnavailable: ComplaintRateUnavailable.nullable(),
  /** Complaints whose clock has stopped or passed (answered in time, deemed accepted, CZ overdue). */
  clocksEnded: z.number().int(),
  /** Of those, answered in time. */
  answeredInTime: z.number().int(),
  /** answeredInTime / clocksEnded, 0–1 (four decimals); null when no clock has ended ("n/a"). */
  answeredInTimeShare: z.number().nullable(),
  /** PL: deemed accepted (no answer by the end of the due day). */
  deemedAccepted: z.number().int(),
  /** CZ: the consumer may withdraw or demand a discount (no settlement in time). */
  overdueConsumerOptions: z.number().int(),
});
export type ComplaintReportFigures = z.infer<typeof ComplaintReportFigures>;

/** One bar of the cause Pareto: decided complaints by root-cause code, largest first. */
export const ComplaintCauseRow = z.object({
  /** Root-cause code ('quality.seam'); null for complaints not yet given a cause. */
  code: z.string().nullable(),
  /** The cause's name in the organization's taxonomy (null when the code is unknown or missing). */
  name: z.string().nullable(),
  /** Complaints with this cause. */
  count: z.number().int(),
  /** count / all complaints with a cause, 0–1 (four decimals). */
  share: z.number(),
  /** Running total of `share` down the list, 0–1 (four decimals; the last row is 1). */
  cumulativeShare: z.number(),
});
export type ComplaintCauseRow = z.infer<typeof ComplaintCauseRow>;

/** The figures of one month ('YYYY-MM', the receipt month in the legal zone). */
export const ComplaintReportMonth = ComplaintReportFigures.extend({ month: z.string() });
export type ComplaintReportMonth = z.infer<typeof ComplaintReportMonth>;

/** The figures of one product (grouped by SKU when given, else by name). */
export const ComplaintReportProduct = ComplaintReportFigures.extend({
  /** The SKU, or null when complaints name the product without one. */
  sku: z.string().nullable(),
  /** The product name as first recorded. */
  name: z.string(),
});
export type ComplaintReportProduct = z.infer<typeof ComplaintReportProduct>;

/** GET /api/v1/reports/complaints: complaint rate, cause Pareto, answered in time, deemed accepted. */
export const ComplaintReport = z.object({
  /** The period counted (inclusive local dates). */
  from: CalendarDate,
  to: CalendarDate,
  /** The whole period. */
  totals: ComplaintReportFigures,
  /** Root causes, largest first; complaints without a cause are counted in `uncaused`, not here. */
  causes: z.array(ComplaintCauseRow),
  /** Complaints in the period without a root-cause code yet. */
  uncaused: z.number().int(),
  /** One row per month of the period, oldest first (months without complaints included, with zeros). */
  byMonth: z.array(ComplaintReportMonth),
  /** One row per product, most complaints first (at most 50). */
  byProduct: z.array(ComplaintReportProduct),
});
export type ComplaintReport = z.infer<typeof ComplaintReport>;
