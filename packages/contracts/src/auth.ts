import { z } from 'zod';
import { Agent, Password, type Role } from './agents.ts';
import { Id, Instant, Locale, TimeZone } from './common.ts';

export const LoginInput = z.strictObject({
  email: z.string().trim().max(254),
  password: z.string().max(200),
  /** Six-digit code, required when the agent has two-factor sign-in on. */
  totp: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const Organization = z.object({ id: Id, name: z.string(), slug: z.string() });
export type Organization = z.infer<typeof Organization>;

/** The signed-in agent, the organization and the CSRF token to send as `X-CSRF-Token`. */
export const MeResponse = z.object({
  agent: Agent,
  organization: Organization,
  /** Send back as the `X-CSRF-Token` header on every state-changing request. */
  csrfToken: z.string(),
});
export type MeResponse = z.infer<typeof MeResponse>;

export const UpdateMeInput = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  locale: Locale.optional(),
});
export type UpdateMeInput = z.infer<typeof UpdateMeInput>;

export const ChangePasswordInput = z.strictObject({
  currentPassword: z.string().max(200),
  newPassword: Password,
});

export const PasswordResetRequestInput = z.strictObject({ email: z.string().trim().max(254) });
export const PasswordResetConfirmInput = z.strictObject({
  token: z.string().min(10).max(200),
  password: Password,
});

export const Session = z.object({
  id: Id,
  current: z.boolean(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  createdAt: Instant,
  lastSeenAt: Instant,
  expiresAt: Instant,
});
export type Session = z.infer<typeof Session>;

export const TotpSetupResponse = z.object({
  /** Base32 secret for manual entry. */
  secret: z.string(),
  /** otpauth:// URI for authenticator apps (QR code). */
  uri: z.string(),
});
export const TotpCodeInput = z.strictObject({ code: z.string().regex(/^\d{6}$/) });

/** What an API token may do. `admin` covers every scope. */
export const Scope = z.enum([
  'agents:read',
  'agents:write',
  'teams:read',
  'teams:write',
  'audit:read',
  'tickets:read',
  'tickets:write',
  'customers:read',
  'customers:write',
  'admin',
]);
export type Scope = z.infer<typeof Scope>;

/**
 * What each role may do through the API (the web app's roles screen shows the same table).
 * API tokens are further narrowed to their own scopes.
 */
export const ROLE_SCOPES: Record<Role, readonly Scope[]> = {
  admin: ['admin'],
  lead: ['agents:read', 'teams:read', 'tickets:read', 'tickets:write', 'customers:read', 'customers:write'],
  qa: ['agents:read', 'teams:read', 'tickets:read', 'customers:read'],
  agent: ['agents:read', 'teams:read', 'tickets:read', 'tickets:write', 'customers:read', 'customers:write'],
};

export const ApiToken = z.object({
  id: Id,
  name: z.string(),
  /** The first characters of the token, to recognize it in lists. */
  prefix: z.string(),
  scopes: z.array(Scope),
  createdAt: Instant,
  lastUsedAt: Instant.nullable(),
  expiresAt: Instant.nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;

export const CreateApiTokenInput = z.strictObject({
  name: z.string().trim().min(1).max(120),
  scopes: z.array(Scope).min(1),
  /** Days until it expires; omitted = never. */
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
/** Shown once: the full token. */
export const CreatedApiToken = ApiToken.extend({ token: z.string() });

export const AuditEntry = z.object({
  id: Id,
  actorType: z.enum(['agent', 'api_token', 'system', 'anonymous']),
  actorId: z.string().nullable(),
  action: z.string(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  createdAt: Instant,
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/**
 * What stands before the ticket number in e-mail subjects, in brackets: `#` gives `[#12345]`,
 * `Ticket#` gives `[Ticket#12345]`, `Zgł#` gives `[Zgł#12345]`. Letters, digits and `# . _ : -`,
 * up to 16 characters, ending in anything but a digit so the number stays apart.
 */
export const TicketReferencePrefix = z
  .string()
  .regex(
    /^[\p{L}\p{N}#._:-]{0,15}[\p{L}#._:-]$/u,
    'letters, digits and # . _ : - only, up to 16, not ending in a digit',
  );

/** Organization-wide settings admins change. */
export const OrganizationSettings = z.object({
  /** Agents see every queue's tickets, not only their teams'. */
  ticketsVisibleToAll: z.boolean(),
  /** A contact reason must be chosen before a ticket can be solved. */
  contactReasonRequiredToSolve: z.boolean(),
  /** IANA time zone of the organization's calendar and statutory deadlines. */
  timeZone: z.string(),
  defaultLocale: Locale,
  /** Country for phone numbers written without +prefix (ISO 3166 alpha-2). */
  defaultCountry: z.string().length(2),
  /** Ticket reference in e-mail subjects; inbound mail is threaded by it and by the default `[#N]`. */
  ticketReferencePrefix: TicketReferencePrefix,
  /** An SLA breach is also e-mailed to the assignee and the team leads (not only shown in the app). */
  slaBreachEmail: z.boolean(),
});
export type OrganizationSettings = z.infer<typeof OrganizationSettings>;

export const OrganizationDetails = Organization.extend({ settings: OrganizationSettings });
export const UpdateOrganizationInput = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  settings: z
    .strictObject({
      ticketsVisibleToAll: z.boolean().optional(),
      contactReasonRequiredToSolve: z.boolean().optional(),
      timeZone: TimeZone.optional(),
      defaultLocale: Locale.optional(),
      defaultCountry: z
        .string()
        .regex(/^[A-Z]{2}$/)
        .optional(),
      ticketReferencePrefix: TicketReferencePrefix.optional(),
      slaBreachEmail: z.boolean().optional(),
    })
    .optional(),
});
