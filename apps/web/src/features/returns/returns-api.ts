import type { z } from 'zod';
import type {
  CreateReturnInput,
  ReturnRecord,
  ReturnRefundState,
  ReturnShipmentInput,
  ReturnShipmentStatus,
  UpdateReturnInput,
} from '@kontakt/contracts';
import { request } from '../../api/client.ts';

const enc = encodeURIComponent;

/** Filters of `GET /returns`. */
export interface ReturnFilters {
  shipment?: ReturnShipmentStatus[];
  refund?: ReturnRefundState[];
}

export const returnKeys = {
  all: ['returns'] as const,
  ofTicket: (ticketId: string) => ['returns', 'ticket', ticketId] as const,
  list: (filters: ReturnFilters) => ['returns', 'list', filters] as const,
};

/** The return of a ticket (404 `not_found` when it has none). */
export function getTicketReturn(ticketId: string): Promise<ReturnRecord> {
  return request<ReturnRecord>('GET', `/tickets/${enc(ticketId)}/return`);
}

export function createTicketReturn(ticketId: string, input: z.input<typeof CreateReturnInput>) {
  return request<ReturnRecord>('POST', `/tickets/${enc(ticketId)}/return`, { body: input });
}

export function updateTicketReturn(ticketId: string, input: z.input<typeof UpdateReturnInput>) {
  return request<ReturnRecord>('PATCH', `/tickets/${enc(ticketId)}/return`, { body: input });
}

export function moveReturnShipment(ticketId: string, input: ReturnShipmentInput) {
  return request<ReturnRecord>('POST', `/tickets/${enc(ticketId)}/return/shipment`, { body: input });
}

export async function listReturns(filters: ReturnFilters = {}): Promise<ReturnRecord[]> {
  const params = new URLSearchParams();
  if (filters.shipment?.length) params.set('shipment', filters.shipment.join(','));
  if (filters.refund?.length) params.set('refund', filters.refund.join(','));
  params.set('limit', '200');
  return (await request<{ items: ReturnRecord[] }>('GET', `/returns?${params}`)).items;
}
