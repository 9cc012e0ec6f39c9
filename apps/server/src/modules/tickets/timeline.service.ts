import type { ServiceCtx } from '../../http/actor.ts';
import { attachmentsByMessage, eventsOf, getTicketForActor, messagesOf } from './tickets.repo.ts';
import { presentEvent, presentMessage } from './tickets.presenter.ts';
import { emailDeliveryByMessage } from '../email/index.ts';

/** Messages and history events of a ticket in the order they happened. */
export async function getTimeline(ctx: ServiceCtx, ticketId: string) {
  await getTicketForActor(ctx.db, ctx.actor, ticketId);
  const [msgs, events] = await Promise.all([messagesOf(ctx.db, ticketId), eventsOf(ctx.db, ticketId)]);
  // Two batched look-ups for all messages at once, side by side.
  const messageIds = msgs.map((m) => m.id);
  const [files, delivery] = await Promise.all([
    attachmentsByMessage(ctx.db, messageIds),
    emailDeliveryByMessage(ctx.db, messageIds),
  ]);
  const items = [
    ...msgs.map((m) => ({
      type: 'message' as const,
      at: m.createdAt,
      id: m.id,
      message: { ...presentMessage(m, files.get(m.id)), delivery: delivery.get(m.id) ?? null },
    })),
    ...events.map((e) => ({ type: 'event' as const, at: e.createdAt, id: e.id, event: presentEvent(e) })),
  ];
  items.sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));
  return items.map(({ id: _id, at, ...rest }) => ({ ...rest, at: at.toISOString() }));
}

/** Messages of a ticket (the public and internal conversation). */
export async function getMessages(ctx: ServiceCtx, ticketId: string) {
  await getTicketForActor(ctx.db, ctx.actor, ticketId);
  const msgs = await messagesOf(ctx.db, ticketId);
  const files = await attachmentsByMessage(
    ctx.db,
    msgs.map((m) => m.id),
  );
  const delivery = await emailDeliveryByMessage(
    ctx.db,
    msgs.map((m) => m.id),
  );
  return msgs.map((m) => ({ ...presentMessage(m, files.get(m.id)), delivery: delivery.get(m.id) ?? null }));
}
