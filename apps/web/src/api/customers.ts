import type {
  Company,
  CreateCompanyInput,
  Customer,
  CustomerAttributeDefinition,
  CustomerEvent,
  IdentityInput,
  UpdateCustomerInput,
} from '@kontakt/contracts';
import { request } from './client.ts';
import type { Page } from './types.ts';

const enc = encodeURIComponent;

/** Customers newest first (no `q`, cursor-paginated) or the fuzzy look-up (`q`, one page). */
export function listCustomers(query: { q?: string; cursor?: string | null; limit?: number }) {
  const params = new URLSearchParams({ limit: String(query.limit ?? 50) });
  if (query.q) params.set('q', query.q);
  if (query.cursor) params.set('cursor', query.cursor);
  return request<Page<Customer>>('GET', `/customers?${params}`);
}

export function updateCustomer(id: string, input: UpdateCustomerInput): Promise<Customer> {
  return request<Customer>('PATCH', `/customers/${enc(id)}`, { body: input });
}

export function addIdentity(id: string, identity: IdentityInput): Promise<Customer> {
  return request<Customer>('POST', `/customers/${enc(id)}/identities`, { body: identity });
}

export function removeIdentity(id: string, identityId: string): Promise<void> {
  return request<void>('DELETE', `/customers/${enc(id)}/identities/${enc(identityId)}`);
}

/** Merges `sourceId` into `targetId`; answers the customer that stays. */
export function mergeCustomers(targetId: string, sourceId: string): Promise<Customer> {
  return request<Customer>('POST', `/customers/${enc(targetId)}/merge`, { body: { sourceId } });
}

export function listCustomerEvents(id: string, cursor: string | null): Promise<Page<CustomerEvent>> {
  const params = new URLSearchParams({ limit: '30' });
  if (cursor) params.set('cursor', cursor);
  return request<Page<CustomerEvent>>('GET', `/customers/${enc(id)}/events?${params}`);
}

export async function listCustomerAttributes(): Promise<CustomerAttributeDefinition[]> {
  return (await request<{ items: CustomerAttributeDefinition[] }>('GET', '/customer-attributes')).items;
}

export function getCompany(id: string): Promise<Company> {
  return request<Company>('GET', `/companies/${enc(id)}`);
}

export async function searchCompanies(q: string): Promise<Company[]> {
  const params = new URLSearchParams({ q, limit: '8' });
  return (await request<Page<Company>>('GET', `/companies?${params}`)).items;
}

/** NIP and IČO are checked by their checksums on the server (400 `invalid_nip` / `invalid_ico`). */
export function createCompany(input: Partial<CreateCompanyInput> & { name: string }): Promise<Company> {
  return request<Company>('POST', '/companies', { body: input });
}
