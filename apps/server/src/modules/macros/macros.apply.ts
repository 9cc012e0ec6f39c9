import { and, eq } from 'drizzle-orm';
import type { ApplyMacroInput, ApplyMacroResult, AutomationAction, Message } from '@kontakt/contracts';
import { pickVariant } from '@kontakt/domain';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError, conflict } from '../../http/errors.ts';
import type { EventBus } from '../../realtime/event-bus.ts';
import { cannedReplies, contextFor, renderVariant, type StoredVariant } from '../canned-replies/index.ts';
import { executeActions, runAutomation } from '../automation/index.ts';
import {
  followerIdsByTicket,
  getTicketForActor,
  insertMessage,
  lockTicket,
  presentTicket,
  recordTicketEvents,
  tickets,
  type TicketRow,
} from '../tickets/index.ts';
import { countMacroUse, getMacroFor } from './macros.repo.ts';
import { viewerOf } from './macros.service.ts';

/** Sends one public reply as the agent would (status, SLA, e-mail and history follow). */
async function reply(ctx: ServiceCtx, ticket: TicketRow, variants: StoredVariant[]) {
  const { values, languages, timeZone } = await contextFor(ctx, ticket);
  const { html } = renderVariant(pickVariant(variants, languages)!, values, timeZone);
  return insertMessage(ctx.db, ctx, ticket, {
    kind: 'reply',
    author: 'agent',
    body: { html },
    mentionIds: [],
    attachmentIds: [],
  });
}

async function cannedVariants(ctx: ServiceCtx, id: string): Promise<StoredVariant[]> {
  const [row] = await ctx.db
    .select({ variants: cannedReplies.variants })
    .from(cannedReplies)
    .where(and(eq(cannedReplies.organizationId, ctx.actor.organizationId), eq(cannedReplies.id, id)));
  if (!row) throw new AppError(409, 'macro_action_failed', 'A canned reply of this macro no longer exists.');
  return row.variants;
}

const reread = async (ctx: ServiceCtx, id: string) =>
  (await ctx.db.select().from(tickets).where(eq(tickets.id, id)))[0]!;

/**
 * Applies a macro to a ticket in one transaction: its reply (and canned-reply actions) go out
 * first as the agent's public replies, then its other actions change the ticket (through the
 * automation executor), and the history records `macro_applied` with the macro's name. An
 * action that cannot run (a status change not allowed, a deleted queue…) rolls everything back
 * (409 `macro_action_failed`); a stale `version` answers 409 with the current ticket.
 */
export async function applyMacro(
  ctx: ServiceCtx,
  events: EventBus,
  ticketId: string,
  macroId: string,
  input: ApplyMacroInput,
): Promise<ApplyMacroResult> {
  const org = ctx.actor.organizationId;
  const visible = await getTicketForActor(ctx.db, ctx.actor, ticketId);
  const macro = await getMacroFor(ctx.db, org, viewerOf(ctx), macroId);
  if (!macro.active) throw conflict('This macro is switched off.');
  if (visible.mergedIntoId)
    throw new AppError(409, 'ticket_merged', 'This ticket was merged into another one.', {
      targetId: visible.mergedIntoId,
    });
  const replies = macro.actions.filter((a) => a.type === 'send_reply');
  if ((macro.reply || replies.length) && visible.status === 'closed')
    throw new AppError(409, 'ticket_closed', 'This ticket is closed; reply in a follow-up ticket.');
  const result = await ctx.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    let ticket = await lockTicket(db, org, ticketId);
    if (input.version !== undefined && ticket.version !== input.version) {
      const current = presentTicket(
        ticket,
        (await followerIdsByTicket(db, [ticketId])).get(ticketId) ?? [],
        ctx.actor,
      );
      throw conflict(
        `Someone changed this ticket (now version ${ticket.version}). Reload to see their change.`,
        {
          current,
        },
      );
    }
    let message: Message | null = null;
    if (macro.reply) message = await reply(tx, ticket, macro.reply.variants);
    for (const a of replies) {
      ticket = await reread(tx, ticketId);
      message = await reply(tx, ticket, await cannedVariants(tx, a.cannedReplyId));
    }
    const others = macro.actions.map((a, i) => ({ a, i })).filter(({ a }) => a.type !== 'send_reply');
    const out = await executeActions(
      db,
      await reread(tx, ticketId),
      others.map((o) => o.a as AutomationAction),
      { kind: 'agent', actor: ctx.actor },
      ctx.now,
    );
    if (out.errors.length) {
      const errors = out.errors.map((e) => ({ ...e, action: others[e.action]?.i ?? e.action }));
      throw new AppError(409, 'macro_action_failed', `Macro "${macro.name}": ${errors[0]!.message}`, {
        errors,
      });
    }
    await recordTicketEvents(db, out.ticket, ctx.actor, ctx.now, [
      {
        kind: 'macro_applied',
        to: { macroId: macro.id, macroName: macro.name, fields: out.changes.map((c) => c.field) },
      },
    ]);
    if (out.changes.length)
      await runAutomation(db, {
        organizationId: org,
        ticketId,
        event: 'ticket.updated',
        changes: out.changes,
        now: ctx.now,
      });
    await countMacroUse(db, macro.id, ctx.now);
    const fresh = await reread(tx, ticketId);
    const followers = (await followerIdsByTicket(db, [ticketId])).get(ticketId) ?? [];
    return { ticket: fresh, followers, message, changes: out.changes };
  });
  const presented = presentTicket(result.ticket, result.followers);
  if (result.message)
    events.publish({
      type: 'message.created',
      organizationId: org,
      ticket: presented,
      message: result.message,
    });
  events.publish({ type: 'ticket.updated', organizationId: org, ticket: presented });
  return {
    ticket: presentTicket(result.ticket, result.followers, ctx.actor),
    message: result.message,
    changes: result.changes,
  };
}
