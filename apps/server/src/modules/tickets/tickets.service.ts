import { and, eq, sql } from 'drizzle-orm';
import type { CreateTicketInput, UpdateTicketInput } from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError, conflict } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import type { EventBus } from '../../realtime/event-bus.ts';
import { findOrCreateCustomerByIdentity, resolveCustomer as liveCustomer } from '../customers/index.ts';
import { tickets, type TicketRow } from './tickets.table.ts';
import {
  followerIdsByTicket,
  getTicketForActor,
  lockTicket,
  takeTicketNumber,
  setFollowers,
} from './tickets.repo.ts';
import { presentTicket } from './tickets.presenter.ts';
import { recordTicketEvents, type Change } from './ticket-events.ts';
import {
  assertAssignee,
  assertContactReason,
  assertCustomFields,
  assertTeam,
  assertSolvable,
  assertTransition,
  resolveQueue,
} from './ticket-validation.ts';
import { insertMessage } from './messages.service.ts';
import { notify } from './notifications.service.ts';
import { refreshSearchText } from './ticket-search.ts';
import { applySla } from '../sla/index.ts';
import { assertComplaintClosable } from '../complaints/complaint-close.ts';
import { runAutomation, runInboundAutomation } from '../automation/index.ts';

/** The customer of a new ticket: given by id, or found / created by e-mail or phone. */
async function resolveCustomer(ctx: ServiceCtx, input: CreateTicketInput): Promise<string | null> {
  // A merged customer's id still works: the ticket goes to the customer it was merged into.
  if (input.customerId) return (await liveCustomer(ctx.db, ctx.actor.organizationId, input.customerId)).id;
  const c = input.customer;
  if (!c) return null;
  const identity = c.email
    ? { kind: 'email' as const, value: c.email }
    : { kind: 'phone' as const, value: c.phone! };
  const { customer } = await findOrCreateCustomerByIdentity(ctx.db, {
    organizationId: ctx.actor.organizationId,
    identity,
    name: c.name ?? null,
    language: input.language,
    now: ctx.now,
  });
  return customer.id;
}

/**
 * A unique negative stand-in for the number until the real one is taken at the end of the
 * transaction (from the random tail of the v7 id; never visible outside the transaction).
 */
const provisionalNumber = (id: string): number => -Number.parseInt(id.replace(/-/g, '').slice(-12), 16);

/** Creates a ticket with its number, first message and history in one transaction. */
export async function createTicket(ctx: ServiceCtx, events: EventBus, input: CreateTicketInput) {
  const org = ctx.actor.organizationId;
  await assertAssignee(ctx.db, org, input.assigneeId);
  await assertContactReason(ctx.db, org, input.contactReasonId);
  await assertCustomFields(ctx.db, org, input.customFields);
  const customerId = await resolveCustomer(ctx, input);
  const created = await ctx.db.transaction(async (tx) => {
    const queue = await resolveQueue(tx, org, input.queueId, ctx.now);
    const id = newId();
    const [row] = await tx
      .insert(tickets)
      .values({
        id,
        organizationId: org,
        number: provisionalNumber(id),
        subject: input.subject,
        status: input.status,
        priority: input.priority,
        type: input.type,
        channel: input.channel,
        queueId: queue.id,
        teamId: queue.teamId,
        assigneeId: input.assigneeId,
        customerId,
        tags: [...new Set(input.tags)],
        customFields: input.customFields,
        contactReasonId: input.contactReasonId,
        language: input.language,
        version: 1,
        searchText: '',
        createdAt: ctx.now,
        updatedAt: ctx.now,
        lastActivityAt: ctx.now,
        solvedAt: input.status === 'solved' ? ctx.now : null,
      })
      .returning();
    await recordTicketEvents(tx, row!, ctx.actor, ctx.now, [
      { kind: 'created', to: { status: input.status, queueId: queue.id } },
    ]);
    const message = input.message ? await insertMessage(tx, ctx, row!, input.message) : null;
    if (!message) await applySla(tx, id, ctx.now);
    if (input.assigneeId && input.assigneeId !== ctx.actor.agentId) {
      await notify(tx, {
        organizationId: org,
        agentIds: [input.assigneeId],
        kind: 'assignment',
        ticketId: row!.id,
        actorId: ctx.actor.agentId,
        now: ctx.now,
      });
    }
    // The number is taken last: the counter row stays locked only until the commit just after.
    await takeTicketNumber(tx, org, id);
    await runInboundAutomation(tx, { id, organizationId: org }, message, true, ctx.now);
    return { id, message };
  });
  const [ticket] = await ctx.db.select().from(tickets).where(eq(tickets.id, created.id));
  const message = created.message;
  const presented = presentTicket(ticket!, [], ctx.actor);
  events.publish({ type: 'ticket.created', organizationId: org, ticket: presentTicket(ticket!, []) });
  if (message)
    events.publish({
      type: 'message.created',
      organizationId: org,
      ticket: presentTicket(ticket!, []),
      message,
    });
  return presented;
}

type Patch = Partial<
  Pick<
    TicketRow,
    | 'subject'
    | 'status'
    | 'priority'
    | 'type'
    | 'queueId'
    | 'teamId'
    | 'assigneeId'
    | 'customerId'
    | 'tags'
    | 'customFields'
    | 'contactReasonId'
    | 'language'
  >
>;

/** The fields of `input` that differ from the ticket, as history changes and a column patch. */
function diff(
  row: TicketRow,
  input: Omit<UpdateTicketInput, 'version' | 'followerIds'>,
): { patch: Patch; changes: Change[] } {
  const patch: Patch = {};
  const changes: Change[] = [];
  for (const [key, value] of Object.entries(input) as Array<[keyof Patch, unknown]>) {
    if (value === undefined) continue;
    const next =
      key === 'tags'
        ? [...new Set(value as string[])]
        : key === 'customFields'
          ? { ...row.customFields, ...(value as object) }
          : value;
    if (JSON.stringify(row[key]) === JSON.stringify(next)) continue;
    (patch as Record<string, unknown>)[key] = next;
    changes.push({ field: key, from: row[key], to: next });
  }
  return { patch, changes };
}

/** Validates what the patch references; throws 4xx for anything unknown or not allowed. */
async function validatePatch(ctx: ServiceCtx, row: TicketRow, patch: Patch, input: UpdateTicketInput) {
  const org = ctx.actor.organizationId;
  if (patch.status) assertTransition(row.status, patch.status);
  if (patch.queueId) await resolveQueue(ctx.db, org, patch.queueId, ctx.now);
  await assertTeam(ctx.db, org, patch.teamId);
  await assertAssignee(ctx.db, org, patch.assigneeId);
  await assertContactReason(ctx.db, org, patch.contactReasonId);
  await assertCustomFields(ctx.db, org, input.customFields);
  if (input.followerIds?.length) {
    for (const id of new Set(input.followerIds)) await assertAssignee(ctx.db, org, id);
  }
}

/**
 * Applies a change based on `input.version`. A stale version answers 409 with the current ticket,
 * never overwriting a colleague's change; every changed field is recorded in the history.
 */
export async function updateTicket(ctx: ServiceCtx, events: EventBus, id: string, input: UpdateTicketInput) {
  const visible = await getTicketForActor(ctx.db, ctx.actor, id);
  if (visible.mergedIntoId)
    throw new AppError(409, 'ticket_merged', 'This ticket was merged into another one.', {
      targetId: visible.mergedIntoId,
    });
  const { version, followerIds, ...fields } = input;
  if (fields.customerId)
    fields.customerId = (await liveCustomer(ctx.db, ctx.actor.organizationId, fields.customerId)).id;
  await validatePatch(ctx, visible, diff(visible, fields).patch, input);
  const result = await ctx.db.transaction(async (tx) => {
    const row = await lockTicket(tx, ctx.actor.organizationId, id);
    if (row.version !== version) {
      const current = presentTicket(row, (await followerIdsByTicket(tx, [id])).get(id) ?? [], ctx.actor);
      throw conflict(
        `Someone changed this ticket (now version ${row.version}). Reload to see their change.`,
        { current },
      );
    }
    const { patch, changes } = diff(row, fields);
    const previous = { queueId: row.queueId, assigneeId: row.assigneeId };
    if (patch.status) assertTransition(row.status, patch.status);
    if (patch.status === 'solved') await assertSolvable(tx, { ...row, ...patch });
    if (patch.status === 'closed') await assertComplaintClosable(tx, row.organizationId, id);
    const followersBefore = (await followerIdsByTicket(tx, [id])).get(id) ?? [];
    const followersChanged =
      followerIds !== undefined &&
      JSON.stringify([...new Set(followerIds)].sort()) !== JSON.stringify([...followersBefore].sort());
    if (changes.length === 0 && !followersChanged)
      return { row, followers: followersBefore, changed: false, previous };
    if (patch.queueId && patch.teamId === undefined) {
      const queue = await resolveQueue(tx, ctx.actor.organizationId, patch.queueId, ctx.now);
      patch.teamId = queue.teamId;
    }
    const stamps = {
      ...(patch.status === 'solved' ? { solvedAt: ctx.now } : {}),
      ...(patch.status === 'closed' ? { closedAt: ctx.now } : {}),
    };
    const [updated] = await tx
      .update(tickets)
      .set({
        ...patch,
        ...stamps,
        version: sql`${tickets.version} + 1`,
        updatedAt: ctx.now,
        lastActivityAt: ctx.now,
      })
      .where(and(eq(tickets.id, id), eq(tickets.version, version)))
      .returning();
    const history = changes.map((c) => ({ kind: 'field_changed', field: c.field, from: c.from, to: c.to }));
    if (followersChanged) {
      await setFollowers(tx, ctx.actor.organizationId, id, [...new Set(followerIds)]);
      history.push({
        kind: 'field_changed',
        field: 'followerIds',
        from: followersBefore,
        to: [...new Set(followerIds)],
      });
    }
    await recordTicketEvents(tx, updated!, ctx.actor, ctx.now, history);
    Object.assign(updated!, await applySla(tx, id, ctx.now));
    if (patch.subject || patch.customerId) await refreshSearchText(tx, id);
    const org = ctx.actor.organizationId;
    Object.assign(
      updated!,
      await runAutomation(tx, {
        organizationId: org,
        ticketId: id,
        event: 'ticket.updated',
        changes,
        now: ctx.now,
      }),
    );
    if (patch.assigneeId && patch.assigneeId !== ctx.actor.agentId) {
      await notify(tx, {
        organizationId: ctx.actor.organizationId,
        agentIds: [patch.assigneeId],
        kind: 'assignment',
        ticketId: id,
        actorId: ctx.actor.agentId,
        now: ctx.now,
      });
    }
    return {
      row: updated!,
      followers: followersChanged ? [...new Set(followerIds!)] : followersBefore,
      changed: true,
      previous,
    };
  });
  if (result.changed) {
    events.publish({
      type: 'ticket.updated',
      organizationId: ctx.actor.organizationId,
      ticket: presentTicket(result.row, result.followers),
      previous: result.previous,
    });
  }
  return presentTicket(result.row, result.followers, ctx.actor);
}
