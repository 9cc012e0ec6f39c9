import type { z } from 'zod';
import type { OrganizationDetails, UpdateOrganizationInput } from '@kontakt/contracts';
import { request } from './client.ts';

export type Organization = z.infer<typeof OrganizationDetails>;

/** The organization and its settings. */
export function getOrganization(): Promise<Organization> {
  return request<Organization>('GET', '/organization');
}

export function updateOrganization(input: z.input<typeof UpdateOrganizationInput>): Promise<Organization> {
  return request<Organization>('PATCH', '/organization', { body: input });
}
