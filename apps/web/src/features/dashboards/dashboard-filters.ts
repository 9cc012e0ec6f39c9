import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Channel, ReportGranularity } from '@kontakt/contracts';
import type { ReportParams } from './reports-api.ts';

export const PERIOD_PRESETS = ['last7', 'last30', 'last90', 'thisMonth', 'lastMonth', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** What the dashboards filter by, as kept in the address (so a view can be shared or reloaded). */
export interface DashboardFilters {
  period: PeriodPreset;
  /** Only with `custom`: inclusive local dates YYYY-MM-DD. */
  from?: string;
  to?: string;
  granularity: ReportGranularity;
  queueId?: string;
  teamId?: string;
  agentId?: string;
  channel?: Channel;
  /** Time metrics in business hours instead of calendar time. */
  business: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const GRANULARITIES: readonly ReportGranularity[] = ['day', 'week', 'month'];

/** Reads the filters from the query string; anything malformed falls back to the default. */
export function readFilters(params: URLSearchParams): DashboardFilters {
  const period = params.get('period') as PeriodPreset | null;
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const granularity = params.get('granularity') as ReportGranularity | null;
  const custom = period === 'custom' && !!from && DATE.test(from) && !!to && DATE.test(to);
  return {
    period: custom
      ? 'custom'
      : period && PERIOD_PRESETS.includes(period) && period !== 'custom'
        ? period
        : 'last30',
    ...(custom ? { from, to } : {}),
    granularity: granularity && GRANULARITIES.includes(granularity) ? granularity : 'day',
    ...(params.get('queue') ? { queueId: params.get('queue')! } : {}),
    ...(params.get('team') ? { teamId: params.get('team')! } : {}),
    ...(params.get('agent') ? { agentId: params.get('agent')! } : {}),
    ...(params.get('channel') ? { channel: params.get('channel') as Channel } : {}),
    business: params.get('time') === 'business',
  };
}

/** The filters as the address's query string (defaults left out). */
export function writeFilters(f: DashboardFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.period !== 'last30') p.set('period', f.period);
  if (f.period === 'custom' && f.from && f.to) {
    p.set('from', f.from);
    p.set('to', f.to);
  }
  if (f.granularity !== 'day') p.set('granularity', f.granularity);
  if (f.queueId) p.set('queue', f.queueId);
  if (f.teamId) p.set('team', f.teamId);
  if (f.agentId) p.set('agent', f.agentId);
  if (f.channel) p.set('channel', f.channel);
  if (f.business) p.set('time', 'business');
  return p;
}

const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The inclusive local dates of a preset, counted back from `today`. */
export function periodDates(f: DashboardFilters, today: Date): { from: string; to: string } {
  const day = (offset: number) => new Date(today.getFullYear(), today.getMonth(), today.getDate() + offset);
  switch (f.period) {
    case 'custom':
      return { from: f.from!, to: f.to! };
    case 'last7':
      return { from: iso(day(-6)), to: iso(today) };
    case 'last90':
      return { from: iso(day(-89)), to: iso(today) };
    case 'thisMonth':
      return { from: iso(new Date(today.getFullYear(), today.getMonth(), 1)), to: iso(today) };
    case 'lastMonth':
      return {
        from: iso(new Date(today.getFullYear(), today.getMonth() - 1, 1)),
        to: iso(new Date(today.getFullYear(), today.getMonth(), 0)),
      };
    default:
      return { from: iso(day(-29)), to: iso(today) };
  }
}

/** The report API's query parameters for these filters. */
export function reportParams(
  f: DashboardFilters,
  today: Date,
  opts: { withAgent?: boolean } = {},
): ReportParams {
  const { from, to } = periodDates(f, today);
  return {
    from,
    to,
    granularity: f.granularity,
    ...(f.queueId ? { queueId: f.queueId } : {}),
    ...(f.teamId ? { teamId: f.teamId } : {}),
    ...(f.agentId && opts.withAgent !== false ? { agentId: f.agentId } : {}),
    ...(f.channel ? { channel: f.channel } : {}),
  };
}

/** The filters in the address and a setter that replaces them (keeping the history short). */
export function useDashboardFilters(): [DashboardFilters, (next: DashboardFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const set = useCallback(
    (next: DashboardFilters) => setParams(writeFilters(next), { replace: true }),
    [setParams],
  );
  return [filters, set];
}
