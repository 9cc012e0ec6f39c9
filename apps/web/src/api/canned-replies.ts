import type {
  CannedReply,
  CreateCannedReplyInput,
  Locale,
  RenderedCannedReply,
  UpdateCannedReplyInput,
} from '@kontakt/contracts';
import { request } from './client.ts';

const enc = encodeURIComponent;

/** Filters of `GET /canned-replies` as the web app sends them. */
export interface CannedReplyFilters {
  q?: string;
  category?: string;
  language?: Locale;
  scope?: CannedReply['scope'];
  ownerId?: string;
  active?: 'true' | 'false' | 'all';
  sort?: 'popular' | 'title';
}

export async function listCannedReplies(filters: CannedReplyFilters = {}): Promise<CannedReply[]> {
  const params = new URLSearchParams(
    Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
  );
  params.set('limit', '500');
  return (await request<{ items: CannedReply[] }>('GET', `/canned-replies?${params}`)).items;
}

/** The input as the form sends it: defaults of the contract may be left out. */
export type CannedReplyDraft = Omit<CreateCannedReplyInput, 'active' | 'category' | 'scope' | 'teamId'> &
  Partial<Pick<CreateCannedReplyInput, 'active' | 'category' | 'scope' | 'teamId'>>;

export function createCannedReply(input: CannedReplyDraft): Promise<CannedReply> {
  return request<CannedReply>('POST', '/canned-replies', { body: input });
}

export function updateCannedReply(id: string, input: UpdateCannedReplyInput): Promise<CannedReply> {
  return request<CannedReply>('PATCH', `/canned-replies/${enc(id)}`, { body: input });
}

export function deleteCannedReply(id: string): Promise<void> {
  return request<void>('DELETE', `/canned-replies/${enc(id)}`);
}

/** The reply filled in for a ticket (customer, ticket, queue, the caller as agent); counts one use. */
export function renderCannedReply(
  ticketId: string,
  id: string,
  language?: Locale,
): Promise<RenderedCannedReply> {
  return request<RenderedCannedReply>('POST', `/tickets/${enc(ticketId)}/canned-replies/${enc(id)}/render`, {
    body: language ? { language } : {},
  });
}
