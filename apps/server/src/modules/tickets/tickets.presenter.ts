import type { Message, Ticket, TicketEvent } from '@kontakt/contracts';
import type { Actor } from '../../http/actor.ts';
import { abilities } from './tickets.policy.ts';
import type { AttachmentRow, MessageRow, TicketEventRow, TicketRow } from './tickets.table.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The one JSON shape of a ticket (REST, live events, webhooks); abilities only when a reader is known. */
export function presentTicket(t: TicketRow, followerIds: string[], actor?: Actor): Ticket {
  return {
    id: t.id,
    number: t.number,
    subject: t.subject,
    status: t.status,
    priority: t.priority,
    type: t.type,
    channel: t.channel,
    queueId: t.queueId,
    teamId: t.teamId,
    assigneeId: t.assigneeId,
    customerId: t.customerId,
    followerIds,
    tags: t.tags,
    customFields: t.customFields,
    contactReasonId: t.contactReasonId,
    language: t.language,
    mergedIntoId: t.mergedIntoId,
    version: t.version,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    lastActivityAt: t.lastActivityAt.toISOString(),
    firstResponseAt: iso(t.firstResponseAt),
    solvedAt: iso(t.solvedAt),
    firstResponseDueAt: iso(t.firstResponseDueAt ?? null),
    nextResponseDueAt: iso(t.nextResponseDueAt ?? null),
    resolutionDueAt: iso(t.resolutionDueAt ?? null),
    sla: t.sla?.policyId
      ? { policyId: t.sla.policyId, calendarId: t.sla.calendarId, targets: t.sla.targets }
      : null,
    ...(actor ? { abilities: abilities(t, actor) } : {}),
  };
}

export function presentMessage(m: MessageRow, files: AttachmentRow[] = []): Message {
  return {
    id: m.id,
    ticketId: m.ticketId,
    kind: m.kind,
    direction: m.direction,
    authorType: m.authorType,
    authorId: m.authorId,
    channel: m.channel,
    bodyHtml: m.bodyHtml,
    bodyText: m.bodyText,
    mentions: m.mentions,
    attachments: files.map((a) => ({
      id: a.id,
      filename: a.filename,
      contentType: a.contentType,
      size: a.sizeBytes,
      url: `/api/v1/attachments/${a.id}`,
    })),
    createdAt: m.createdAt.toISOString(),
  };
}

export const presentEvent = (e: TicketEventRow): TicketEvent => ({
  id: e.id,
  kind: e.kind,
  actorType: e.actorType,
  actorId: e.actorId,
  field: e.field,
  oldValue: e.oldValue ?? null,
  newValue: e.newValue ?? null,
  createdAt: e.createdAt.toISOString(),
});
