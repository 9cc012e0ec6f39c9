import { z } from 'zod';
import { Id, Instant } from './common.ts';
import { AutomationAction, AutomationChange } from './automation.ts';
import { CannedReplyVariant, CannedReplyVariantInput } from './canned-replies.ts';
import { Message, Ticket } from './tickets.ts';

/**
 * Macros: one click applies several actions and an optional public reply to a ticket, e.g.
 * "Request photos": reply with a template, status pending_customer, tag needs-photos. The actions
 * are the automation rules' ({@link AutomationAction}); the reply's placeholders are the canned
 * replies' (unknown ones are refused when the macro is saved).
 */

/** Who sees a macro: its owner only, or every agent of the organization (leads and admins manage those). */
export const MacroScope = z.enum(['personal', 'organization']);
export type MacroScope = z.infer<typeof MacroScope>;

/** Macros change tickets for an agent; webhooks (with their secret) belong to automation rules. */
const MacroAction = AutomationAction.refine((a) => a.type !== 'webhook', {
  message: 'macros cannot call webhooks; use an automation rule',
});

const MacroActions = z.array(MacroAction).max(30);

/** The public reply a macro sends: one body per language, with placeholders. */
const MacroReplyInput = z.strictObject({
  variants: z
    .array(CannedReplyVariantInput)
    .min(1)
    .max(3)
    .refine((vs) => new Set(vs.map((v) => v.language)).size === vs.length, {
      message: 'one variant per language',
    }),
});

const MacroFields = {
  name: z.string().trim().min(1).max(120),
  /** What it does, for the agent choosing it. */
  description: z.string().trim().max(1000),
  scope: MacroScope,
  /** Applied in order after the reply (if any) was sent. */
  actions: MacroActions,
  /** A public reply sent first, like an agent's own reply; null for none. */
  reply: MacroReplyInput.nullable(),
  /** Inactive macros are kept but not offered on tickets. */
  active: z.boolean(),
};

const doesSomething = (m: { actions?: unknown[]; reply?: unknown }) =>
  (m.actions?.length ?? 0) > 0 || Boolean(m.reply);

export const CreateMacroInput = z
  .strictObject({
    ...MacroFields,
    description: MacroFields.description.default(''),
    scope: MacroScope.default('personal'),
    actions: MacroActions.default([]),
    reply: MacroFields.reply.default(null),
    active: MacroFields.active.default(true),
  })
  .refine(doesSomething, { message: 'a macro needs an action or a reply', path: ['actions'] });
export type CreateMacroInput = z.infer<typeof CreateMacroInput>;

export const UpdateMacroInput = z.strictObject(MacroFields).partial();
export type UpdateMacroInput = z.infer<typeof UpdateMacroInput>;

export const Macro = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  scope: MacroScope,
  /** The owner of a personal macro; null for shared ones. */
  ownerId: Id.nullable(),
  actions: z.array(AutomationAction),
  reply: z.object({ variants: z.array(CannedReplyVariant) }).nullable(),
  active: z.boolean(),
  /** How often it was applied; the ticket menu lists the most used first. */
  usageCount: z.number().int(),
  lastUsedAt: Instant.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
  /** What the caller may do with it. */
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type Macro = z.infer<typeof Macro>;

/** `GET /macros`: `active=true` for the ticket menu; all by default. */
export const MacroListQuery = z.strictObject({
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type MacroListQuery = z.infer<typeof MacroListQuery>;

/** `POST /tickets/{id}/macros/{macroId}/apply`. */
export const ApplyMacroInput = z.strictObject({
  /** The ticket version the agent saw; a newer one answers 409 with the current ticket. */
  version: z.number().int().min(1).optional(),
});
export type ApplyMacroInput = z.infer<typeof ApplyMacroInput>;

export const ApplyMacroResult = z.object({
  ticket: Ticket,
  /** The reply it sent, if it has one. */
  message: Message.nullable(),
  /** Ticket fields it changed (history-style). */
  changes: z.array(AutomationChange),
});
export type ApplyMacroResult = z.infer<typeof ApplyMacroResult>;
