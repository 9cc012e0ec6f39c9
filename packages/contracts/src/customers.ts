import { z } from 'zod';
import { Id, Instant, Locale } from './common.ts';

/** How a customer is recognized on a channel. */
export const IdentityKind = z.enum([
  'email',
  'phone',
  'visitor',
  'whatsapp',
  'messenger',
  'telegram',
  'other',
]);
export type IdentityKind = z.infer<typeof IdentityKind>;

/** Markers agents must notice before answering. */
export const CustomerFlag = z.enum(['vip', 'vulnerable', 'legal_hold']);
export type CustomerFlag = z.infer<typeof CustomerFlag>;

/** The channel a customer prefers to be contacted on. */
export const PreferredChannel = z.enum(['email', 'chat', 'phone', 'whatsapp', 'messenger', 'telegram']);
export type PreferredChannel = z.infer<typeof PreferredChannel>;

/** Values of admin-defined customer attributes, by key; `null` removes a value. */
export const CustomerAttributeValues = z.record(
  z.string().max(63),
  z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]),
);
export type CustomerAttributeValues = z.infer<typeof CustomerAttributeValues>;

export const IdentityInput = z.strictObject({
  kind: IdentityKind,
  /**
   * E-mail addresses are lower-cased; phone numbers are normalized to E.164, national formats
   * being read in the organization's default country (`601 234 567` → `+48601234567`).
   */
  value: z.string().trim().min(1).max(320),
});
export type IdentityInput = z.infer<typeof IdentityInput>;

export const CustomerIdentity = z.object({
  id: Id,
  kind: IdentityKind,
  /** Normalized: lower-cased e-mail, E.164 phone, other kinds as given. */
  value: z.string(),
  createdAt: Instant,
});
export type CustomerIdentity = z.infer<typeof CustomerIdentity>;

/** A company as shown inside a customer. */
export const CompanyRef = z.object({ id: Id, name: z.string() });

/** A customer as every endpoint presents it. */
export const Customer = z.object({
  id: Id,
  /** Null until someone learns it (e.g. a chat visitor who gave no name). */
  name: z.string().nullable(),
  identities: z.array(CustomerIdentity),
  companyId: Id.nullable(),
  company: CompanyRef.nullable(),
  /** Language to answer in. */
  language: Locale.nullable(),
  preferredChannel: PreferredChannel.nullable(),
  flags: z.array(CustomerFlag),
  /** Internal notes, never shown to the customer. */
  notes: z.string(),
  /** Values of the organization's customer attributes, by key. */
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  /**
   * Present only when the customer was asked for by an id that has since been merged into this
   * one: that old id. Clients should switch to `id`.
   */
  mergedFrom: Id.optional(),
  /** Counts changes of the customer's fields (not of its identities); send it back on PATCH. */
  version: z.number().int(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Customer = z.infer<typeof Customer>;

const Name = z.string().trim().min(1).max(200);
const Notes = z.string().max(10_000);

export const CreateCustomerInput = z.strictObject({
  name: Name.nullable().default(null),
  /** Each (kind, value) may belong to one customer of the organization only. */
  identities: z.array(IdentityInput).max(20).default([]),
  companyId: Id.nullable().default(null),
  language: Locale.nullable().default(null),
  preferredChannel: PreferredChannel.nullable().default(null),
  flags: z.array(CustomerFlag).max(3).default([]),
  notes: Notes.default(''),
  attributes: CustomerAttributeValues.default({}),
});
export type CreateCustomerInput = z.infer<typeof CreateCustomerInput>;

/** Rectification: only the fields sent change; the old values are kept in the customer's history. */
export const UpdateCustomerInput = z.strictObject({
  /**
   * The version the change is based on. When sent and stale, the answer is 409 `conflict` with
   * the current customer in `details.current`, so a colleague's change is never overwritten.
   */
  version: z.number().int().min(1).optional(),
  name: Name.nullable().optional(),
  companyId: Id.nullable().optional(),
  language: Locale.nullable().optional(),
  preferredChannel: PreferredChannel.nullable().optional(),
  flags: z.array(CustomerFlag).max(3).optional(),
  notes: Notes.optional(),
  /** Keys sent replace their values; `null` removes one; keys not sent stay. */
  attributes: CustomerAttributeValues.optional(),
});
export type UpdateCustomerInput = z.infer<typeof UpdateCustomerInput>;

export const MergeCustomerInput = z.strictObject({
  /** The customer merged into this one; it keeps answering as a redirect to this one. */
  sourceId: Id,
});

/** What happened to a customer (its history). */
export const CustomerEventType = z.enum([
  'customer.created',
  'customer.updated',
  'customer.identity_added',
  'customer.identity_removed',
  /** Another customer was merged into this one (`merge.customer` is that other one). */
  'customer.merged',
  /** This customer was merged into another (`merge.customer`) and now redirects there. */
  'customer.merged_into',
]);
export type CustomerEventType = z.infer<typeof CustomerEventType>;

export const CustomerEvent = z.object({
  id: Id,
  type: CustomerEventType,
  /** Who: an agent, an API token (named by its name), or Kontakt itself (`system`, e.g. a channel). */
  actor: z.object({
    type: z.enum(['agent', 'api_token', 'system']),
    id: z.string().nullable(),
    /** The agent's or token's name now; null for `system` or when it no longer exists. */
    name: z.string().nullable(),
  }),
  /** `customer.updated`: each field (or `attributes`) that changed, with its old and new value. */
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).optional(),
  /** `customer.identity_added` / `_removed`, and `customer.created` by a channel: the identity. */
  identity: z.object({ kind: IdentityKind, value: z.string().optional() }).optional(),
  /** `customer.merged` / `customer.merged_into`: the other customer and what moved. */
  merge: z
    .object({
      /** The other customer: its id and what to call it (null when nothing is known). */
      customer: z.object({ id: Id, label: z.string().nullable() }),
      identitiesMoved: z.number().int().nullable(),
      ticketsMoved: z.number().int().nullable(),
    })
    .optional(),
  createdAt: Instant,
});
export type CustomerEvent = z.infer<typeof CustomerEvent>;

export const CustomerSearchQuery = z.strictObject({
  /**
   * Fuzzy look-up by name, e-mail or phone, insensitive to case and diacritics (`zolw` finds
   * `Żółwiński`). Exact identity matches come first. Search results are one page (no cursor).
   */
  q: z.string().trim().min(1).max(200).optional(),
  /** Opaque cursor returned as `nextCursor` by the previous page (lists without `q`). */
  cursor: z.string().max(200).optional(),
  /** Page size, 1–200 (default 50). */
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const Company = z.object({
  id: Id,
  name: z.string(),
  /** Polish tax id, 10 digits. */
  nip: z.string().nullable(),
  /** Czech company id, 8 digits. */
  ico: z.string().nullable(),
  /** EU VAT id with its country prefix, e.g. `PL5260250274`. */
  vatId: z.string().nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Company = z.infer<typeof Company>;

const TaxId = z.string().trim().min(1).max(20);

export const CreateCompanyInput = z.strictObject({
  name: Name,
  /** Checked by its checksum; dashes, spaces and a `PL` prefix are accepted. Unique in the organization. */
  nip: TaxId.nullable().default(null),
  /** Checked by its checksum; spaces accepted. Unique in the organization. */
  ico: TaxId.nullable().default(null),
  /** Country prefix and number, e.g. `CZ25596641`. */
  vatId: TaxId.nullable().default(null),
});
export type CreateCompanyInput = z.infer<typeof CreateCompanyInput>;

export const UpdateCompanyInput = z.strictObject({
  name: Name.optional(),
  nip: TaxId.nullable().optional(),
  ico: TaxId.nullable().optional(),
  vatId: TaxId.nullable().optional(),
});
export type UpdateCompanyInput = z.infer<typeof UpdateCompanyInput>;

export const CompanySearchQuery = z.strictObject({
  /** Fuzzy look-up by name (case and diacritics ignored), or an exact NIP / IČO. */
  q: z.string().trim().min(1).max(200).optional(),
  /** Opaque cursor returned as `nextCursor` by the previous page (lists without `q`). */
  cursor: z.string().max(200).optional(),
  /** Page size, 1–200 (default 50). */
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const AttributeType = z.enum(['text', 'number', 'date', 'select', 'boolean']);
export type AttributeType = z.infer<typeof AttributeType>;

export const CustomerAttributeDefinition = z.object({
  id: Id,
  /** The key under which values are stored in `attributes`. */
  key: z.string(),
  /** What agents see next to the value. */
  label: z.string(),
  /** Dates are `YYYY-MM-DD`. */
  type: AttributeType,
  /** The choices of a `select`; empty for other types. */
  options: z.array(z.string()),
  createdAt: Instant,
  updatedAt: Instant,
});
export type CustomerAttributeDefinition = z.infer<typeof CustomerAttributeDefinition>;

const Option = z.string().trim().min(1).max(100);

export const CreateCustomerAttributeInput = z
  .strictObject({
    /** Lower-case letters, digits and `_`, starting with a letter; cannot change later. */
    key: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/),
    label: z.string().trim().min(1).max(120),
    /** Cannot change later: stored values would no longer fit. */
    type: AttributeType,
    /** Required (and only allowed) for `select`. */
    options: z.array(Option).max(100).default([]),
  })
  .refine((d) => (d.type === 'select') === d.options.length > 0, {
    message: 'a select needs options, and only a select may have them',
    path: ['options'],
  });
export type CreateCustomerAttributeInput = z.infer<typeof CreateCustomerAttributeInput>;

export const UpdateCustomerAttributeInput = z.strictObject({
  label: z.string().trim().min(1).max(120).optional(),
  /** Only for `select`. Removing an option leaves values already stored as they are. */
  options: z.array(Option).min(1).max(100).optional(),
});
export type UpdateCustomerAttributeInput = z.infer<typeof UpdateCustomerAttributeInput>;
