import type { AppliedReportFilters, ReportKpis, ReportRatio, ReportTicketRow } from '@kontakt/contracts';
import { QUEUE_ID } from '../../test/factories.ts';

const ratio = (numerator: number, denominator: number): ReportRatio => ({
  numerator,
  denominator,
  value: denominator ? numerator / denominator : null,
});
const duration = (count: number, mean: number | null, median: number | null) => ({ count, mean, median });
const time = (count: number, mean: number | null, median: number | null) => ({
  calendar: duration(count, mean, median),
  business: duration(count, mean === null ? null : mean / 2, median === null ? null : median / 2),
});

export const FILTERS: AppliedReportFilters = {
  from: '2026-10-01',
  to: '2026-10-30',
  timeZone: 'Europe/Warsaw',
  granularity: 'day',
  queueId: null,
  teamId: null,
  agentId: null,
  channel: null,
  fcrDays: 7,
  slThresholdSeconds: 20,
  slVariant: 'abandons_missed',
  abandonmentVariant: 'all',
};

/** A KPI block with some numbers, or (empty) one over no events at all. */
export function buildKpis(empty = false): ReportKpis {
  const n = empty ? 0 : 1;
  return {
    volume: {
      created: 30 * n,
      solved: 20 * n,
      byChannel: empty
        ? []
        : [
            { key: 'channel:email', value: 'email', label: null, count: 20 },
            { key: 'channel:chat', value: 'chat', label: null, count: 10 },
          ],
      byQueue: empty ? [] : [{ key: `queue:${QUEUE_ID}`, value: QUEUE_ID, label: 'Support', count: 30 }],
      byType: empty ? [] : [{ key: 'type:question', value: 'question', label: null, count: 30 }],
      byReason: empty ? [] : [{ key: 'reason:none', value: null, label: null, count: 30 }],
      byPeriod: empty
        ? []
        : [
            { period: '2026-10-01', created: 10, solved: 5 },
            { period: '2026-10-02', created: 20, solved: 15 },
          ],
    },
    times: {
      firstResponse: empty ? time(0, null, null) : time(25, 3600, 1800),
      nextResponse: empty ? time(0, null, null) : time(10, 600, 300),
      resolutionFirst: empty ? time(0, null, null) : time(20, 86400, 43200),
      resolutionLast: empty ? time(0, null, null) : time(20, 90000, 50000),
    },
    sla: {
      firstResponse: empty ? ratio(0, 0) : ratio(18, 20),
      nextResponse: ratio(0, 0),
      resolution: empty ? ratio(0, 0) : ratio(15, 20),
      overall: empty ? ratio(0, 0) : ratio(33, 40),
    },
    backlog: {
      at: '2026-10-30T23:00:00.000Z',
      total: 10 * n,
      buckets: [
        { bucket: 'lt_1d', count: 4 * n },
        { bucket: 'd1_3', count: 3 * n },
        { bucket: 'd3_7', count: 2 * n },
        { bucket: 'd7_30', count: 1 * n },
        { bucket: 'gt_30d', count: 0 },
      ],
    },
    reopen: empty ? ratio(0, 0) : ratio(2, 20),
    fcr: { ...(empty ? ratio(0, 0) : ratio(16, 20)), windowDays: 7 },
    aht: {
      chat: { contacts: 0, talkSeconds: 0, holdSeconds: 0, afterContactSeconds: 0, value: null },
      phone: { contacts: 0, talkSeconds: 0, holdSeconds: 0, afterContactSeconds: 0, value: null },
    },
    chat: {
      offered: 10 * n,
      answered: 8 * n,
      abandoned: 2 * n,
      serviceLevel: {
        ...(empty ? ratio(0, 0) : ratio(6, 10)),
        thresholdSeconds: 20,
        variant: 'abandons_missed',
      },
      abandonment: { ...(empty ? ratio(0, 0) : ratio(2, 10)), variant: 'all' },
      asaSeconds: empty ? null : 12,
    },
    presence: {
      handleSeconds: 0,
      availableSeconds: 0,
      loggedInSeconds: 0,
      occupancy: null,
      utilization: null,
      utilizationBasis: 'logged_in',
    },
    satisfaction: {
      csat: empty ? ratio(0, 0) : ratio(9, 10),
      nps: { responses: 0, promoters: 0, passives: 0, detractors: 0, value: null },
      ces: { responses: 0, mean: null },
    },
  };
}

export function buildTicketRow(n: number, over: Partial<ReportTicketRow> = {}): ReportTicketRow {
  return {
    ticketId: `0190a000-0000-7000-8000-0000000010${String(n).padStart(2, '0')}`,
    number: n,
    subject: `Order ${n} is late`,
    status: 'open',
    type: 'question',
    channel: 'email',
    queueId: QUEUE_ID,
    queueName: 'Support',
    teamId: null,
    assigneeId: null,
    assigneeName: null,
    contactReasonId: null,
    contactReasonName: null,
    createdAt: '2026-10-02T08:00:00.000Z',
    firstResponseAt: null,
    firstSolvedAt: null,
    lastSolvedAt: null,
    firstResponseSeconds: null,
    firstResponseBusinessSeconds: null,
    resolutionSeconds: null,
    resolutionBusinessSeconds: null,
    reopenCount: 0,
    slaFirstResponse: 'running',
    slaResolution: 'none',
    repeatContact: null,
    csatRating: null,
    ...over,
  };
}
