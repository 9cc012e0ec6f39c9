import type { Company, Customer, CustomerAttributeDefinition } from '@kontakt/contracts';
import type {
  CompanyRow,
  CustomerAttributeDefinitionRow,
  CustomerIdentityRow,
  CustomerRow,
} from './customers.table.ts';

/** The one JSON shape of a customer, for REST, realtime and webhooks alike. */
export const presentCustomer = (
  c: CustomerRow,
  identities: CustomerIdentityRow[],
  company?: CompanyRow | null,
): Customer => ({
  id: c.id,
  name: c.name,
  identities: identities.map((i) => ({
    id: i.id,
    kind: i.kind,
    value: i.value,
    createdAt: i.createdAt.toISOString(),
  })),
  companyId: c.companyId,
  company: company && company.id === c.companyId ? { id: company.id, name: company.name } : null,
  language: c.language,
  preferredChannel: c.preferredChannel,
  flags: c.flags,
  notes: c.notes,
  attributes: c.attributes,
  version: c.version,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});

export const presentCompany = (c: CompanyRow): Company => ({
  id: c.id,
  name: c.name,
  nip: c.nip,
  ico: c.ico,
  vatId: c.vatId,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});

export const presentAttributeDefinition = (
  d: CustomerAttributeDefinitionRow,
): CustomerAttributeDefinition => ({
  id: d.id,
  key: d.key,
  label: d.label,
  type: d.type,
  options: d.options,
  createdAt: d.createdAt.toISOString(),
  updatedAt: d.updatedAt.toISOString(),
});
