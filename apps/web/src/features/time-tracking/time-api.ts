import type {
  ActivityCategory,
  CreateActivityCategoryInput,
  CreateTimeEntryInput,
  TimeEntry,
  TimeGroupBy,
  TimeReport,
  UpdateActivityCategoryInput,
  UpdateTimeEntryInput,
} from '@kontakt/contracts';
import { request } from '../../api/client.ts';

const enc = encodeURIComponent;

export const timeKeys = {
  categories: ['activity-categories'] as const,
  entries: ['time-entries'] as const,
  entriesIn: (from: string, to: string) => ['time-entries', from, to] as const,
  report: (from: string, to: string, groupBy: readonly TimeGroupBy[]) =>
    ['time-report', from, to, groupBy.join(',')] as const,
};

export async function listActivityCategories(): Promise<ActivityCategory[]> {
  return (await request<{ items: ActivityCategory[] }>('GET', '/activity-categories')).items;
}

export function createActivityCategory(input: CreateActivityCategoryInput): Promise<ActivityCategory> {
  return request<ActivityCategory>('POST', '/activity-categories', { body: input });
}

export function updateActivityCategory(
  id: string,
  input: UpdateActivityCategoryInput,
): Promise<ActivityCategory> {
  return request<ActivityCategory>('PATCH', `/activity-categories/${enc(id)}`, { body: input });
}

export function startTimer(ticketId: string, categoryId?: string): Promise<TimeEntry> {
  return request<TimeEntry>('POST', '/time-entries/timer', {
    body: categoryId ? { ticketId, categoryId } : { ticketId },
  });
}

export function beatTimer(id: string): Promise<TimeEntry> {
  return request<TimeEntry>('POST', `/time-entries/${enc(id)}/heartbeat`);
}

/** Stops a timer; null when the stretch was too short to keep. */
export async function stopTimer(id: string): Promise<TimeEntry | null> {
  return (await request<TimeEntry | undefined>('POST', `/time-entries/${enc(id)}/stop`)) ?? null;
}

export async function listTimeEntries(from: string, to: string): Promise<TimeEntry[]> {
  const q = new URLSearchParams({ from, to });
  return (await request<{ items: TimeEntry[] }>('GET', `/time-entries?${q.toString()}`)).items;
}

export function createTimeEntry(input: CreateTimeEntryInput): Promise<TimeEntry> {
  return request<TimeEntry>('POST', '/time-entries', { body: input });
}

export function updateTimeEntry(id: string, input: UpdateTimeEntryInput): Promise<TimeEntry> {
  return request<TimeEntry>('PATCH', `/time-entries/${enc(id)}`, { body: input });
}

export function deleteTimeEntry(id: string): Promise<void> {
  return request<void>('DELETE', `/time-entries/${enc(id)}`);
}

export function getTimeReport(
  from: string,
  to: string,
  groupBy: readonly TimeGroupBy[],
): Promise<TimeReport> {
  const q = new URLSearchParams({ from, to, groupBy: groupBy.join(',') });
  return request<TimeReport>('GET', `/reports/time?${q.toString()}`);
}
