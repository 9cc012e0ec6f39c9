import type {
  ComplaintCauseRow,
  ComplaintClockState,
  ComplaintReport,
  ComplaintReportFigures,
} from '@kontakt/contracts';

/** One complaint as the report reads it. */
export interface ReportComplaint {
  /** Local receipt date in the legal zone, 'YYYY-MM-DD'. */
  receivedOn: string;
  state: ComplaintClockState;
  rootCauseCode: string | null;
  productName: string;
  productSku: string | null;
}

/** Orders placed in the period, when Kontakt knows them. */
export interface ReportOrders {
  /** Orders per month 'YYYY-MM'. */
  byMonth: ReadonlyMap<string, number>;
  /** Orders containing each SKU (lower-cased). */
  bySku: ReadonlyMap<string, number>;
}

export interface ComplaintReportInput {
  from: string;
  to: string;
  complaints: readonly ReportComplaint[];
  /** null when orders are not recorded at all. */
  orders: ReportOrders | null;
  /** Cause names by code. */
  causeNames: ReadonlyMap<string, string>;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const ENDED = new Set<ComplaintClockState>([
  'answered_in_time',
  'deemed_accepted',
  'overdue_consumer_options',
]);

/** The headline figures of a set of complaints against a number of orders (null: unknown). */
export function reportFigures(
  set: readonly ReportComplaint[],
  orders: number | null,
): ComplaintReportFigures {
  const count = (s: ComplaintClockState) => set.filter((c) => c.state === s).length;
  const clocksEnded = set.filter((c) => ENDED.has(c.state)).length;
  const answeredInTime = count('answered_in_time');
  return {
    complaints: set.length,
    orders,
    ratePer1000Orders: orders ? round((set.length / orders) * 1000, 2) : null,
    rateUnavailable: orders === null ? 'no_orders_data' : orders === 0 ? 'no_orders_in_period' : null,
    clocksEnded,
    answeredInTime,
    answeredInTimeShare: clocksEnded ? round(answeredInTime / clocksEnded, 4) : null,
    deemedAccepted: count('deemed_accepted'),
    overdueConsumerOptions: count('overdue_consumer_options'),
  };
}

/** The cause Pareto: counts by code, largest first (ties by code), with share and cumulative share. */
export function causePareto(
  set: readonly ReportComplaint[],
  names: ReadonlyMap<string, string>,
): ComplaintCauseRow[] {
  const counts = new Map<string, number>();
  for (const c of set)
    if (c.rootCauseCode) counts.set(c.rootCauseCode, (counts.get(c.rootCauseCode) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  let running = 0;
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, count]) => {
      running += count;
      return {
        code,
        name: names.get(code) ?? null,
        count,
        share: round(count / total, 4),
        cumulativeShare: round(running / total, 4),
      };
    });
}

/** Every month 'YYYY-MM' from the month of `from` to the month of `to`, oldest first. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) return out;
    out.push(month);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

/** The whole report: totals, cause Pareto, by month (all months) and by product (top 50). */
export function buildComplaintReport(input: ComplaintReportInput): ComplaintReport {
  const inPeriod = input.complaints.filter((c) => c.receivedOn >= input.from && c.receivedOn <= input.to);
  const months = monthsBetween(input.from, input.to);
  const ordersIn = (month: string) => (input.orders ? (input.orders.byMonth.get(month) ?? 0) : null);
  const totalOrders = input.orders ? sum(months.map((m) => input.orders!.byMonth.get(m) ?? 0)) : null;
  const products = new Map<string, { sku: string | null; name: string; set: ReportComplaint[] }>();
  for (const c of inPeriod) {
    const key = c.productSku ? `sku:${c.productSku.toLowerCase()}` : `name:${c.productName.toLowerCase()}`;
    const entry = products.get(key) ?? { sku: c.productSku, name: c.productName, set: [] };
    entry.set.push(c);
    products.set(key, entry);
  }
  return {
    from: input.from,
    to: input.to,
    totals: reportFigures(inPeriod, totalOrders),
    causes: causePareto(inPeriod, input.causeNames),
    uncaused: inPeriod.filter((c) => !c.rootCauseCode).length,
    byMonth: months.map((month) => ({
      month,
      ...reportFigures(
        inPeriod.filter((c) => c.receivedOn.startsWith(month)),
        ordersIn(month),
      ),
    })),
    byProduct: [...products.values()]
      .sort((a, b) => b.set.length - a.set.length || a.name.localeCompare(b.name))
      .slice(0, 50)
      .map((p) => ({
        sku: p.sku,
        name: p.name,
        ...reportFigures(
          p.set,
          input.orders && p.sku ? (input.orders.bySku.get(p.sku.toLowerCase()) ?? 0) : null,
        ),
      })),
  };
}
