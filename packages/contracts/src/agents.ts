import { z } from 'zod';
import { Id, Instant, Locale } from './common.ts';

/** What an agent may do: agents work tickets, leads supervise, QA reviews, admins configure. */
export const Role = z.enum(['agent', 'lead', 'qa', 'admin']);
export type Role = z.infer<typeof Role>;

/** Seniority; junior replies may need approval (later issue). */
export const Level = z.enum(['junior', 'regular', 'senior']);
export type Level = z.infer<typeof Level>;

const Skill = z.string().trim().min(1).max(60);
const Email = z
  .email()
  .max(254)
  .transform((e) => e.toLowerCase());
/** Passwords: at least 10 characters; no composition rules (NIST 800-63B). */
export const Password = z.string().min(10).max(200);

/** An agent as every endpoint presents it. */
export const Agent = z.object({
  id: Id,
  email: z.string(),
  name: z.string(),
  role: Role,
  level: Level,
  /** Languages the agent serves customers in. */
  languages: z.array(Locale),
  skills: z.array(z.string()),
  /** UI language. */
  locale: Locale,
  active: z.boolean(),
  totpEnabled: z.boolean(),
  teamIds: z.array(Id),
  createdAt: Instant,
  updatedAt: Instant,
  /** Last successful sign-in (null: never); only shown to those who may manage agents. */
  lastLoginAt: Instant.nullable().optional(),
});
export type Agent = z.infer<typeof Agent>;

export const CreateAgentInput = z.strictObject({
  email: Email,
  name: z.string().trim().min(1).max(200),
  role: Role.default('agent'),
  level: Level.default('regular'),
  languages: z.array(Locale).max(3).default([]),
  skills: z.array(Skill).max(50).default([]),
  locale: Locale.default('en'),
  /** Initial password; when omitted the agent sets one through the reset e-mail. */
  password: Password.optional(),
  teamIds: z.array(Id).max(50).default([]),
});
export type CreateAgentInput = z.infer<typeof CreateAgentInput>;

export const UpdateAgentInput = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  role: Role.optional(),
  level: Level.optional(),
  languages: z.array(Locale).max(3).optional(),
  skills: z.array(Skill).max(50).optional(),
  locale: Locale.optional(),
  active: z.boolean().optional(),
  teamIds: z.array(Id).max(50).optional(),
});
export type UpdateAgentInput = z.infer<typeof UpdateAgentInput>;

export const Team = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  memberIds: z.array(Id),
  createdAt: Instant,
});
export type Team = z.infer<typeof Team>;

export const CreateTeamInput = z.strictObject({
  name: z.string().trim().min(1).max(120),
  description: z.string().max(2000).default(''),
  memberIds: z.array(Id).max(500).default([]),
});
export type CreateTeamInput = z.infer<typeof CreateTeamInput>;

/** Only the fields sent change (no defaults here, unlike creation). */
export const UpdateTeamInput = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  description: z.string().max(2000).optional(),
  memberIds: z.array(Id).max(500).optional(),
});
export type UpdateTeamInput = z.infer<typeof UpdateTeamInput>;
