import type { Calendar } from '@kontakt/contracts';
import { request } from './client.ts';

/** One business calendar with its public holidays (agents read it for their SLA badges). */
export function getCalendar(id: string): Promise<Calendar> {
  return request<Calendar>('GET', `/calendars/${encodeURIComponent(id)}`);
}
