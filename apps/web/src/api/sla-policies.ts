import type { CreateSlaPolicyInput, SlaPolicy, UpdateSlaPolicyInput } from '@kontakt/contracts';
import { request } from './client.ts';

/** SLA policies in the order they are tried (admin). */
export async function listSlaPolicies(): Promise<SlaPolicy[]> {
  return (await request<{ items: SlaPolicy[] }>('GET', '/sla-policies')).items;
}

export function createSlaPolicy(input: CreateSlaPolicyInput): Promise<SlaPolicy> {
  return request<SlaPolicy>('POST', '/sla-policies', { body: input });
}

/** Changes a policy; `{ position }` alone moves it. */
export function updateSlaPolicy(id: string, input: UpdateSlaPolicyInput): Promise<SlaPolicy> {
  return request<SlaPolicy>('PATCH', `/sla-policies/${encodeURIComponent(id)}`, { body: input });
}

export function deleteSlaPolicy(id: string): Promise<void> {
  return request<void>('DELETE', `/sla-policies/${encodeURIComponent(id)}`);
}
