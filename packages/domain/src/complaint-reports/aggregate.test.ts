import { describe, expect, it } from 'vitest';
import {
  buildComplaintReport,
  causePareto,
  monthsBetween,
  reportFigures,
  type ReportComplaint,
} from './aggregate.ts';

const c = (over: Partial<ReportComplaint>): ReportComplaint => ({
  receivedOn: '2026-03-10',
  state: 'running',
  rootCauseCode: null,
  productName: 'Kettle',
  productSku: 'K-1',
  ...over,
});

describe('report figures', () => {
  it.each([
    [
      'empty set, orders unknown',
      [],
      null,
      {
        complaints: 0,
        ratePer1000Orders: null,
        rateUnavailable: 'no_orders_data',
        answeredInTimeShare: null,
      },
    ],
    [
      'empty set, no orders',
      [],
      0,
      {
        complaints: 0,
        ratePer1000Orders: null,
        rateUnavailable: 'no_orders_in_period',
        answeredInTimeShare: null,
      },
    ],
    [
      '3 complaints per 2,000 orders',
      [c({}), c({}), c({})],
      2000,
      { complaints: 3, ratePer1000Orders: 1.5, rateUnavailable: null },
    ],
    [
      '1 of 3 ended clocks in time',
      [
        c({ state: 'answered_in_time' }),
        c({ state: 'deemed_accepted' }),
        c({ state: 'overdue_consumer_options' }),
        c({ state: 'due_soon' }),
      ],
      7,
      {
        clocksEnded: 3,
        answeredInTime: 1,
        answeredInTimeShare: 0.3333,
        deemedAccepted: 1,
        overdueConsumerOptions: 1,
        ratePer1000Orders: 571.43,
      },
    ],
    [
      'only running clocks → share n/a',
      [c({ state: 'running' })],
      10,
      { clocksEnded: 0, answeredInTimeShare: null },
    ],
  ] as const)('%s', (_name, set, orders, expected) => {
    expect(reportFigures(set, orders)).toMatchObject(expected);
  });
});

describe('cause Pareto', () => {
  it.each([
    ['no causes', [c({})], []],
    [
      'sorted by count, ties by code, cumulative share ends at 1',
      [
        c({ rootCauseCode: 'quality.seam' }),
        c({ rootCauseCode: 'quality.seam' }),
        c({ rootCauseCode: 'quality.seam' }),
        c({ rootCauseCode: 'transport' }),
        c({ rootCauseCode: 'courier' }),
        c({}),
      ],
      [
        { code: 'quality.seam', name: 'Seam', count: 3, share: 0.6, cumulativeShare: 0.6 },
        { code: 'courier', name: null, count: 1, share: 0.2, cumulativeShare: 0.8 },
        { code: 'transport', name: 'Transport', count: 1, share: 0.2, cumulativeShare: 1 },
      ],
    ],
  ] as const)('%s', (_n, set, rows) => {
    const names = new Map([
      ['quality.seam', 'Seam'],
      ['transport', 'Transport'],
    ]);
    expect(causePareto(set, names)).toEqual(rows);
  });
});

describe('months', () => {
  it.each([
    ['2026-01-15', '2026-01-20', ['2026-01']],
    ['2025-11-01', '2026-02-28', ['2025-11', '2025-12', '2026-01', '2026-02']],
    ['2026-03-01', '2026-02-01', []],
  ])('%s..%s', (from, to, months) => expect(monthsBetween(from, to)).toEqual(months));
});

describe('the whole report', () => {
  it('answers n/a everywhere on an empty period, with every month listed', () => {
    const r = buildComplaintReport({
      from: '2026-01-01',
      to: '2026-02-28',
      complaints: [],
      orders: null,
      causeNames: new Map(),
    });
    expect(r.totals).toMatchObject({
      complaints: 0,
      ratePer1000Orders: null,
      rateUnavailable: 'no_orders_data',
      answeredInTimeShare: null,
    });
    expect(r.causes).toEqual([]);
    expect(r.byMonth.map((m) => [m.month, m.complaints])).toEqual([
      ['2026-01', 0],
      ['2026-02', 0],
    ]);
    expect(r.byProduct).toEqual([]);
  });

  it('counts only the period, by month and by product with orders per month and SKU', () => {
    const r = buildComplaintReport({
      from: '2026-01-01',
      to: '2026-02-28',
      complaints: [
        c({ receivedOn: '2025-12-31' }),
        c({ receivedOn: '2026-01-05', state: 'answered_in_time', rootCauseCode: 'a' }),
        c({ receivedOn: '2026-02-05', productSku: null, productName: 'Toaster' }),
        c({ receivedOn: '2026-02-06', productSku: 'k-1' }),
      ],
      orders: {
        byMonth: new Map([
          ['2026-01', 1000],
          ['2026-02', 500],
          ['2025-12', 99],
        ]),
        bySku: new Map([['k-1', 40]]),
      },
      causeNames: new Map(),
    });
    expect(r.totals).toMatchObject({
      complaints: 3,
      orders: 1500,
      ratePer1000Orders: 2,
      answeredInTimeShare: 1,
    });
    expect(r.uncaused).toBe(2);
    expect(r.byMonth.map((m) => [m.month, m.complaints, m.ratePer1000Orders])).toEqual([
      ['2026-01', 1, 1],
      ['2026-02', 2, 4],
    ]);
    expect(r.byProduct.map((p) => [p.sku, p.name, p.complaints, p.orders, p.ratePer1000Orders])).toEqual([
      ['K-1', 'Kettle', 2, 40, 50],
      [null, 'Toaster', 1, null, null],
    ]);
  });
});
