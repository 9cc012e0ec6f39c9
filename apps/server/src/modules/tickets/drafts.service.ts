import type { SaveDraftInput, TicketDraft, TicketDrafts } from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { EventBus } from '../../realtime/event-bus.ts';
import { getTicketForActor } from './tickets.repo.ts';
import {
  deleteDraftRow,
  findDraft,
  otherDrafts,
  presentDraft,
  writeDraftRow,
  type DraftContent,
} from './drafts.repo.ts';

/** 409 with the draft as it is now (null when it was sent or discarded meanwhile). */
async function conflict(ctx: ServiceCtx, ticketId: string): Promise<AppError> {
  const current = await findDraft(ctx.db, ticketId, ctx.actor.agentId);
  return new AppError(409, 'draft_conflict', 'The draft was changed elsewhere (another tab or browser).', {
    current: current ? presentDraft(current) : null,
  });
}

function announce(ctx: ServiceCtx, events: EventBus, ticketId: string, state: 'saved' | 'deleted') {
  events.publish({
    type: 'draft.changed',
    organizationId: ctx.actor.organizationId,
    draft: { ticketId, agentId: ctx.actor.agentId, state, at: ctx.now.toISOString() },
  });
}

async function write(
  ctx: ServiceCtx,
  events: EventBus,
  ticketId: string,
  version: number,
  content: DraftContent,
): Promise<TicketDraft> {
  const key = { organizationId: ctx.actor.organizationId, ticketId, agentId: ctx.actor.agentId };
  const row = await writeDraftRow(ctx.db, key, version, content, ctx.now);
  if (!row) throw await conflict(ctx, ticketId);
  // Colleagues learn that a draft appeared; every keystroke's save is not worth a broadcast.
  if (row.version === 1) announce(ctx, events, ticketId, 'saved');
  return presentDraft(row);
}

/**
 * The caller's draft and colleagues' unsent drafts on a ticket they see; a colleague's draft the
 * caller already took over is left out until that colleague changes it again.
 */
export async function getDrafts(ctx: ServiceCtx, ticketId: string): Promise<TicketDrafts> {
  await getTicketForActor(ctx.db, ctx.actor, ticketId);
  const row = await findDraft(ctx.db, ticketId, ctx.actor.agentId);
  const mine = row ? presentDraft(row) : null;
  const taken = mine?.takenFrom;
  const others = (await otherDrafts(ctx.db, ticketId, ctx.actor.agentId)).filter(
    (o) => !taken || o.agent.id !== taken.agentId || Date.parse(o.updatedAt) > Date.parse(taken.updatedAt),
  );
  return { mine, others };
}

/** Saves the caller's draft if `input.version` is still current (409 `draft_conflict` if not). */
export async function saveDraft(ctx: ServiceCtx, events: EventBus, ticketId: string, input: SaveDraftInput) {
  await getTicketForActor(ctx.db, ctx.actor, ticketId);
  return write(ctx, events, ticketId, input.version, {
    kind: input.kind,
    bodyText: input.text,
    mentions: input.mentions,
  });
}

/** Discards the caller's draft (only that version, when given); a missing draft is fine. */
export async function deleteDraft(ctx: ServiceCtx, events: EventBus, ticketId: string, version?: number) {
  await getTicketForActor(ctx.db, ctx.actor, ticketId);
  if (await deleteDraftRow(ctx.db, ticketId, ctx.actor.agentId, version)) {
    announce(ctx, events, ticketId, 'deleted');
    return;
  }
  if (version && (await findDraft(ctx.db, ticketId, ctx.actor.agentId))) throw await conflict(ctx, ticketId);
}

/** Copies a colleague's draft into the caller's own (theirs stays, marked as taken over). */
export async function takeOverDraft(
  ctx: ServiceCtx,
  events: EventBus,
  ticketId: string,
  fromAgentId: string,
  version: number,
): Promise<TicketDraft> {
  await getTicketForActor(ctx.db, ctx.actor, ticketId);
  const source = fromAgentId === ctx.actor.agentId ? null : await findDraft(ctx.db, ticketId, fromAgentId);
  if (!source || source.organizationId !== ctx.actor.organizationId || !source.bodyText.trim())
    throw notFound('Draft');
  return write(ctx, events, ticketId, version, {
    kind: source.kind,
    bodyText: source.bodyText,
    mentions: source.mentions,
    takenFromAgentId: source.agentId,
    takenFromUpdatedAt: source.updatedAt,
  });
}
