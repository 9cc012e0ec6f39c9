import type { z } from 'zod';
import type {
  CreateContactReasonInput,
  CreateTicketFieldInput,
  CreateViewInput,
  UpdateContactReasonInput,
  UpdateTicketFieldInput,
  UpdateViewInput,
  View,
} from '@kontakt/contracts';
import { request } from './client.ts';
import type { ContactReason, TicketField } from './types.ts';

/**
 * Writes of the admin screens for ticket fields, contact reasons and shared views. Reads are in
 * `directory.ts` and `tickets.ts`, which the workspace uses too.
 */
const enc = encodeURIComponent;

export function createTicketField(input: z.input<typeof CreateTicketFieldInput>): Promise<TicketField> {
  return request<TicketField>('POST', '/ticket-fields', { body: input });
}

export function updateTicketField(
  id: string,
  input: z.input<typeof UpdateTicketFieldInput>,
): Promise<TicketField> {
  return request<TicketField>('PATCH', `/ticket-fields/${enc(id)}`, { body: input });
}

export function createContactReason(input: z.input<typeof CreateContactReasonInput>): Promise<ContactReason> {
  return request<ContactReason>('POST', '/contact-reasons', { body: input });
}

export function updateContactReason(
  id: string,
  input: z.input<typeof UpdateContactReasonInput>,
): Promise<ContactReason> {
  return request<ContactReason>('PATCH', `/contact-reasons/${enc(id)}`, { body: input });
}

export function createView(input: z.input<typeof CreateViewInput>): Promise<View> {
  return request<View>('POST', '/views', { body: input });
}

export function updateView(id: string, input: z.input<typeof UpdateViewInput>): Promise<View> {
  return request<View>('PATCH', `/views/${enc(id)}`, { body: input });
}

export function deleteView(id: string): Promise<void> {
  return request<void>('DELETE', `/views/${enc(id)}`);
}
