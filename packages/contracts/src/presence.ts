import { z } from 'zod';
import { Id, Instant } from './common.ts';

/**
 * Agent presence: the states agents are in (online, away, busy, offline), the reason codes admins
 * define for them (break, training, meeting, after-contact work), and agents' chat capacity.
 * Every change is kept in an append-only log that reports use.
 */

/** An agent's availability for chats (not the per-ticket viewing/replying presence). */
export const AgentState = z.enum(['online', 'away', 'busy', 'offline']);
export type AgentState = z.infer<typeof AgentState>;

/** An admin-defined reason for not being online (break, training, meeting, after-contact work…). */
export const PresenceReason = z.object({
  id: Id,
  /** Stable code for reports, e.g. `break`, `training`, `meeting`, `after_contact_work`. */
  code: z.string(),
  /** Shown to agents and supervisors. */
  label: z.string(),
  /** States this reason may be given with. */
  states: z.array(AgentState.exclude(['online'])),
  active: z.boolean(),
});
export type PresenceReason = z.infer<typeof PresenceReason>;

/** `POST /api/v1/presence/reasons` (admin). */
export const CreatePresenceReasonInput = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, 'snake_case, 2–40 characters'),
  label: z.string().trim().min(1).max(120),
  states: z
    .array(AgentState.exclude(['online']))
    .min(1)
    .max(3)
    .default(['away', 'busy']),
});
export type CreatePresenceReasonInput = z.infer<typeof CreatePresenceReasonInput>;

/** `PATCH /api/v1/presence/reasons/{id}` (admin). */
export const UpdatePresenceReasonInput = z.strictObject({
  label: z.string().trim().min(1).max(120).optional(),
  states: z
    .array(AgentState.exclude(['online']))
    .min(1)
    .max(3)
    .optional(),
  active: z.boolean().optional(),
});
export type UpdatePresenceReasonInput = z.infer<typeof UpdatePresenceReasonInput>;

/** `PUT /api/v1/presence/me`: change my state (a reason only for away/busy/offline). */
export const SetAgentStateInput = z.strictObject({
  state: AgentState,
  reasonId: Id.nullable().default(null),
});
export type SetAgentStateInput = z.infer<typeof SetAgentStateInput>;

/** An agent's availability now and chat load. */
export const AgentPresence = z.object({
  agent: z.object({ id: Id, name: z.string() }),
  state: AgentState,
  reason: z.object({ id: Id, code: z.string(), label: z.string() }).nullable(),
  /** Since when in this state. */
  since: Instant,
  /** Concurrent chats the agent takes. */
  chatCapacity: z.number().int(),
  /** Active chats now. */
  activeChats: z.number().int(),
});
export type AgentPresence = z.infer<typeof AgentPresence>;

/** `PATCH /api/v1/presence/agents/{agentId}` (admin): routing settings of an agent. */
export const UpdateAgentChatSettingsInput = z.strictObject({
  chatCapacity: z.number().int().min(0).max(20),
});
export type UpdateAgentChatSettingsInput = z.infer<typeof UpdateAgentChatSettingsInput>;

/** `agent_presence.changed` (agent namespace, to the organization): someone's state changed. */
export const AgentPresenceChanged = AgentPresence;
export type AgentPresenceChanged = AgentPresence;
