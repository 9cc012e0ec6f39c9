import type {
  CreateMessageInput,
  Message,
  Ticket,
  TicketFilters,
  TicketSort,
  TicketStatus,
  UpdateTicketInput,
  View,
} from '@kontakt/contracts';
import { request } from './client.ts';
import type { BulkResult, Page, SearchHit, TimelineItem } from './types.ts';

const enc = encodeURIComponent;

export async function listViews(): Promise<View[]> {
  return (await request<{ items: View[] }>('GET', '/views')).items;
}

export interface TicketListQuery {
  view?: string;
  filters?: TicketFilters;
  /** Overrides the view's order. */
  sort?: TicketSort;
  cursor?: string | null;
  limit?: number;
}

/** `GET /tickets` for a view and/or filters (`filters` travels as one JSON parameter). */
export function listTickets(query: TicketListQuery): Promise<Page<Ticket>> {
  const params = new URLSearchParams();
  if (query.view) params.set('view', query.view);
  if (query.filters) params.set('filters', JSON.stringify(query.filters));
  if (query.sort) params.set('sort', query.sort);
  if (query.cursor) params.set('cursor', query.cursor);
  params.set('limit', String(query.limit ?? 50));
  return request<Page<Ticket>>('GET', `/tickets?${params}`);
}

export function getTicket(id: string): Promise<Ticket> {
  return request<Ticket>('GET', `/tickets/${enc(id)}`);
}

export function updateTicket(id: string, input: UpdateTicketInput): Promise<Ticket> {
  return request<Ticket>('PATCH', `/tickets/${enc(id)}`, { body: input });
}

export async function getTimeline(id: string): Promise<TimelineItem[]> {
  return (await request<{ items: TimelineItem[] }>('GET', `/tickets/${enc(id)}/timeline`)).items;
}

/** The message as the composer sends it; defaults of the contract may be left out. */
export type NewMessage = Pick<CreateMessageInput, 'kind' | 'body'> &
  Partial<Pick<CreateMessageInput, 'mentionIds' | 'attachmentIds'>> & { status?: TicketStatus };

export function addMessage(ticketId: string, input: NewMessage): Promise<Message> {
  return request<Message>('POST', `/tickets/${enc(ticketId)}/messages`, { body: input });
}

export interface UploadedAttachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  url: string;
}

/** Uploads one file onto the ticket; its id then goes into the next message's `attachmentIds`. */
export function uploadAttachment(ticketId: string, file: File): Promise<UploadedAttachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  return request<UploadedAttachment>('POST', `/tickets/${enc(ticketId)}/attachments`, { body: form });
}

export interface BulkChanges {
  status?: TicketStatus;
  assigneeId?: string | null;
  addTags?: string[];
}

export function bulkUpdate(ids: string[], changes: BulkChanges): Promise<BulkResult> {
  return request<BulkResult>('POST', '/tickets/bulk', { body: { ids, changes } });
}

export async function searchTickets(q: string, limit = 10): Promise<SearchHit[]> {
  const params = new URLSearchParams({ q, limit: String(limit) });
  return (await request<{ tickets: SearchHit[] }>('GET', `/search?${params}`)).tickets;
}
