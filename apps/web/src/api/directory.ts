import type { Agent, Customer, Queue } from '@kontakt/contracts';
import { request } from './client.ts';
import type { AppNotification, ContactReason, Page, TicketField } from './types.ts';

/** Reference data the workspace reads once and caches: agents, queues, fields, reasons. */
export async function listAgents(): Promise<Agent[]> {
  return (await request<{ items: Agent[] }>('GET', '/agents')).items;
}

export async function listQueues(): Promise<Queue[]> {
  return (await request<{ items: Queue[] }>('GET', '/queues')).items;
}

export async function listTicketFields(): Promise<TicketField[]> {
  return (await request<{ items: TicketField[] }>('GET', '/ticket-fields')).items;
}

export async function listContactReasons(): Promise<ContactReason[]> {
  return (await request<{ items: ContactReason[] }>('GET', '/contact-reasons')).items;
}

/** One customer. The server records each read in the audit log, so callers cache generously. */
export function getCustomer(id: string): Promise<Customer> {
  return request<Customer>('GET', `/customers/${encodeURIComponent(id)}`);
}

export async function searchCustomers(q: string, limit = 8): Promise<Customer[]> {
  const params = new URLSearchParams({ q, limit: String(limit) });
  return (await request<Page<Customer>>('GET', `/customers?${params}`)).items;
}

export async function listNotifications(unread: boolean): Promise<AppNotification[]> {
  return (await request<{ items: AppNotification[] }>('GET', `/notifications?unread=${unread}`)).items;
}

export function markNotificationsRead(ids: string[]): Promise<void> {
  return request<void>('POST', '/notifications/read', { body: { ids } });
}
