import type { z } from 'zod';
import type { BulkTicketInput } from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import type { EventBus } from '../../realtime/event-bus.ts';
import { findTicketForActor } from './tickets.repo.ts';
import { updateTicket } from './tickets.service.ts';

/**
 * Applies the same change to up to 1,000 tickets, each in its own transaction, answering per
 * ticket: a ticket the reader cannot see fails as not_found, one that changed meanwhile is
 * simply based on its current version (bulk actions are not edits of what the agent read).
 */
export async function bulkUpdateTickets(
  ctx: ServiceCtx,
  events: EventBus,
  input: z.infer<typeof BulkTicketInput>,
) {
  const results: Array<{ id: string; ok: boolean; error?: { code: string; message: string } }> = [];
  const { addTags, removeTags, ...fields } = input.changes;
  for (const id of [...new Set(input.ids)]) {
    try {
      const t = await findTicketForActor(ctx.db, ctx.actor, id);
      if (!t) throw new AppError(404, 'not_found', 'Ticket not found.');
      const tags =
        addTags || removeTags
          ? [...new Set([...t.tags, ...(addTags ?? [])])].filter((x) => !removeTags?.includes(x))
          : undefined;
      await updateTicket({ ...ctx, now: ctx.now }, events, id, {
        version: t.version,
        ...fields,
        ...(tags ? { tags } : {}),
      });
      results.push({ id, ok: true });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      results.push({ id, ok: false, error: { code: err.code, message: err.message } });
    }
  }
  return { results };
}
