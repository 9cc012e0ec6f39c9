import type {
  Calendar,
  CalendarPreview,
  CalendarPreviewInput,
  CreateCalendarInput,
  UpdateCalendarInput,
} from '@kontakt/contracts';
import { request } from './client.ts';

/** One business calendar with its public holidays (agents read it for their SLA badges). */
export function getCalendar(id: string): Promise<Calendar> {
  return request<Calendar>('GET', `/calendars/${encodeURIComponent(id)}`);
}

/** The organization's business calendars (admin screen). */
export async function listCalendars(): Promise<Calendar[]> {
  return (await request<{ items: Calendar[] }>('GET', '/calendars')).items;
}

export function createCalendar(input: CreateCalendarInput): Promise<Calendar> {
  return request<Calendar>('POST', '/calendars', { body: input });
}

export function updateCalendar(id: string, input: UpdateCalendarInput): Promise<Calendar> {
  return request<Calendar>('PATCH', `/calendars/${encodeURIComponent(id)}`, { body: input });
}

export function deleteCalendar(id: string): Promise<void> {
  return request<void>('DELETE', `/calendars/${encodeURIComponent(id)}`);
}

/** Due instant of start + open minutes, and the open hours and holidays of the next 30 days. */
export function previewCalendar(id: string, input: CalendarPreviewInput): Promise<CalendarPreview> {
  return request<CalendarPreview>('POST', `/calendars/${encodeURIComponent(id)}/preview`, { body: input });
}

/** Sets the calendar a queue's SLA clocks count in (null: around the clock). */
export function setQueueCalendar(queueId: string, calendarId: string | null): Promise<unknown> {
  return request('PUT', `/queues/${encodeURIComponent(queueId)}/calendar`, { body: { calendarId } });
}
