import type {
  AgentReport,
  ComplaintReport,
  CreateReportScheduleInput,
  ReportDrillMetric,
  ReportDrillPage,
  ReportExport,
  ReportExportFormat,
  ReportOverview,
  ReportSchedule,
  UpdateReportScheduleInput,
} from '@kontakt/contracts';
import { request } from '../../api/client.ts';

/** Report filters as query parameters (only those set). */
export type ReportParams = Record<string, string>;

const qs = (params: ReportParams) => {
  const s = new URLSearchParams(params).toString();
  return s ? `?${s}` : '';
};

export const reportKeys = {
  overview: (p: ReportParams) => ['reports', 'overview', p] as const,
  mine: (p: ReportParams) => ['reports', 'me', p] as const,
  drill: (p: ReportParams) => ['reports', 'drill', p] as const,
  complaints: (p: ReportParams) => ['reports', 'complaints', p] as const,
  schedules: ['report-schedules'] as const,
  exportJob: (id: string) => ['reports', 'exports', id] as const,
};

export const getOverview = (p: ReportParams) => request<ReportOverview>('GET', `/reports/overview${qs(p)}`);
export const getMyReport = (p: ReportParams) => request<AgentReport>('GET', `/reports/agents/me${qs(p)}`);
export const getComplaintReport = (p: ReportParams) =>
  request<ComplaintReport>('GET', `/reports/complaints${qs(p)}`);

export const getDrill = (p: ReportParams) => request<ReportDrillPage>('GET', `/reports/drill${qs(p)}`);

/** Starts an export job of the rows behind a number (or all tickets of the filters). */
export const startExport = (input: {
  format: ReportExportFormat;
  metric: ReportDrillMetric;
  bucket?: string;
  filters: ReportParams;
}) => request<ReportExport>('POST', '/reports/exports', { body: input });
export const getExport = (id: string) => request<ReportExport>('GET', `/reports/exports/${id}`);

export const listSchedules = async () =>
  (await request<{ items: ReportSchedule[] }>('GET', '/report-schedules')).items;
export const createSchedule = (input: CreateReportScheduleInput) =>
  request<ReportSchedule>('POST', '/report-schedules', { body: input });
export const updateSchedule = (id: string, input: UpdateReportScheduleInput) =>
  request<ReportSchedule>('PATCH', `/report-schedules/${id}`, { body: input });
export const deleteSchedule = (id: string) => request<void>('DELETE', `/report-schedules/${id}`);
export const sendScheduleNow = (id: string) =>
  request<{ outboxIds: string[] }>('POST', `/report-schedules/${id}/send`);
