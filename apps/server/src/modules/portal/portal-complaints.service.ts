import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type {
  Complaint,
  CreateComplaintInput,
  Locale,
  PortalComplaint,
  PortalComplaintInput,
  PortalLookupInput,
  PortalLookupResult,
} from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import type { AppDeps } from '../../http/deps.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db.ts';
import { agents, teamMembers } from '../agents/index.ts';
import { complaints, createComplaint, presentComplaint } from '../complaints/index.ts';
import { customerIdentities } from '../customers/index.ts';
import { runInboundAutomation } from '../automation/index.ts';
import {
  attachments,
  insertMessage,
  notify,
  presentTicket,
  recordTicketEvents,
  resolveQueue,
  takeTicketNumber,
  tickets,
} from '../tickets/index.ts';
import { orgBySlug, type PortalCustomer } from './portal-auth.service.ts';
import { portalActor } from './portal-http.ts';

/** A file of the filing form, already in the blob store. */
export interface FiledFile {
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

const apiBase = (slug: string, ticketId: string) => `/api/portal/v1/orgs/${slug}/complaints/${ticketId}`;

/** What the customer sees of their complaint: the clock, the decision and the documents. */
export function toPortalComplaint(c: Complaint, slug: string): PortalComplaint {
  return {
    ticketId: c.ticketId,
    number: c.number,
    jurisdiction: c.jurisdiction,
    regime: c.regime,
    receivedAt: c.receivedAt,
    product: { name: c.product.name, model: c.product.model },
    description: c.description,
    demand: c.demand,
    state: c.state,
    dueDate: c.deadline.dueDate,
    deadlineAt: c.deadline.deadlineAt,
    timeZone: c.deadline.timeZone,
    mustCarryOutDemand: c.mustCarryOutDemand,
    decision: c.decision
      ? {
          outcome: c.decision.outcome,
          reasons: c.decision.reasons,
          remedy: c.decision.remedy,
          amount: c.decision.amount,
          carriedOutOn: c.decision.carriedOutOn,
          decidedAt: c.decision.decidedAt,
        }
      : null,
    answerDeliveredAt: c.answerDeliveredAt,
    documents: [
      { kind: 'protocol', url: `${apiBase(slug, c.ticketId)}/protocol.pdf` },
      ...(c.answerLetter?.attachmentId
        ? [{ kind: 'decision' as const, url: `${apiBase(slug, c.ticketId)}/decision.pdf` }]
        : []),
    ],
  };
}

/** The complaint rows of the customer's tickets (optionally one ticket), newest first. */
async function ownComplaintRows(db: Db, who: PortalCustomer, ticketId?: string) {
  return db
    .select({ complaint: complaints, number: tickets.number })
    .from(complaints)
    .innerJoin(tickets, eq(tickets.id, complaints.ticketId))
    .where(
      and(
        eq(complaints.organizationId, who.org.id),
        eq(tickets.organizationId, who.org.id),
        eq(tickets.customerId, who.customerId),
        isNull(tickets.mergedIntoId),
        ...(ticketId ? [eq(complaints.ticketId, ticketId)] : []),
      ),
    )
    .orderBy(desc(complaints.receivedAt), desc(complaints.id))
    .limit(200);
}

export async function listPortalComplaints(db: Db, who: PortalCustomer, now: Date) {
  const rows = await ownComplaintRows(db, who);
  return rows.map((r) => toPortalComplaint(presentComplaint(r.complaint, r.number, now), who.org.slug));
}

/** One of the customer's complaints; anyone else's is 404. */
export async function getOwnComplaint(db: Db, who: PortalCustomer, ticketId: string, now: Date) {
  const [row] = await ownComplaintRows(db, who, ticketId);
  if (!row) throw notFound('Complaint');
  return presentComplaint(row.complaint, row.number, now);
}

const SUBJECT: Record<Locale, string> = { pl: 'Reklamacja', cs: 'Reklamace', en: 'Complaint' };

/** Agents told of a new complaint: the queue's team, or the organization's leads and admins. */
async function recipients(db: Db, organizationId: string, teamId: string | null): Promise<string[]> {
  const rows = teamId
    ? await db
        .select({ id: agents.id })
        .from(teamMembers)
        .innerJoin(agents, eq(agents.id, teamMembers.agentId))
        .where(and(eq(teamMembers.teamId, teamId), eq(agents.active, true)))
    : await db
        .select({ id: agents.id })
        .from(agents)
        .where(
          and(
            eq(agents.organizationId, organizationId),
            eq(agents.active, true),
            inArray(agents.role, ['lead', 'admin']),
          ),
        );
  return rows.map((r) => r.id);
}

/**
 * Files a complaint from the portal in one transaction: a ticket of type complaint on the `web`
 * channel with the customer's description as their first message (SLA, automation), the files,
 * the complaint record through the complaints service (same validation, clock and protocol as the
 * agent form; intake channel `portal`, received now) and a `complaint_filed` notification.
 */
export async function fileComplaint(
  deps: AppDeps,
  who: PortalCustomer,
  input: PortalComplaintInput,
  files: FiledFile[],
): Promise<Complaint> {
  const now = deps.clock.now();
  const org = who.org.id;
  const created = await deps.db.transaction(async (tx) => {
    const ctx: ServiceCtx = { db: tx, actor: portalActor(org), meta: { ip: null, userAgent: null }, now };
    const queue = await resolveQueue(tx, org, undefined, now);
    const id = newId();
    const [ticket] = await tx
      .insert(tickets)
      .values({
        id,
        organizationId: org,
        number: -Number.parseInt(id.replace(/-/g, '').slice(-12), 16),
        subject: `${SUBJECT[input.language]}: ${input.product.name}`.slice(0, 500),
        status: 'new',
        priority: 'normal',
        type: 'complaint',
        channel: 'web',
        queueId: queue.id,
        teamId: queue.teamId,
        assigneeId: null,
        customerId: who.customerId,
        tags: ['portal'],
        customFields: {},
        contactReasonId: null,
        language: input.language,
        version: 1,
        searchText: '',
        createdAt: now,
        updatedAt: now,
        lastActivityAt: now,
      })
      .returning();
    await recordTicketEvents(tx, ticket!, ctx.actor, now, [
      { kind: 'created', to: { status: 'new', queueId: queue.id } },
    ]);
    const stored = files.length
      ? await tx
          .insert(attachments)
          .values(
            files.map((f) => ({
              id: newId(),
              organizationId: org,
              ticketId: id,
              messageId: null,
              filename: f.filename,
              contentType: f.contentType,
              sizeBytes: f.size,
              sha256: f.sha256,
              createdAt: now,
            })),
          )
          .returning({ id: attachments.id })
      : [];
    const attachmentIds = stored.map((a) => a.id);
    const message = await insertMessage(tx, ctx, ticket!, {
      kind: 'reply',
      author: 'customer',
      body: { text: input.description },
      mentionIds: [],
      attachmentIds,
    });
    const complaint: CreateComplaintInput = {
      ...input,
      consumer: { ...input.consumer, email: input.consumer.email ?? who.session.email },
      receivedAt: now.toISOString(),
      channel: 'portal',
      extended: false,
      attachmentIds,
    };
    await createComplaint(ctx, id, complaint);
    await notify(tx, {
      organizationId: org,
      agentIds: await recipients(tx, org, queue.teamId),
      kind: 'complaint_filed',
      ticketId: id,
      actorId: null,
      now,
    });
    await takeTicketNumber(tx, org, id);
    await runInboundAutomation(tx, { id, organizationId: org }, null, true, now);
    const [fresh] = await tx.select().from(tickets).where(eq(tickets.id, id));
    return { ticket: fresh!, message };
  });
  const ticket = presentTicket(created.ticket, []);
  deps.events.publish({ type: 'ticket.created', organizationId: org, ticket });
  if (created.message)
    deps.events.publish({ type: 'message.created', organizationId: org, ticket, message: created.message });
  return getOwnComplaint(deps.db, who, created.ticket.id, now);
}

const noMatch = () => new AppError(404, 'not_found', 'No complaint matches this number and e-mail address.');

/**
 * Looks a complaint up by its number and the e-mail address given with it (the protocol's, or
 * one the customer is known by). A wrong number and a wrong address answer the same 404.
 */
export async function lookupComplaint(
  db: Db,
  slug: string,
  input: PortalLookupInput,
  now: Date,
): Promise<PortalLookupResult> {
  const org = await orgBySlug(db, slug);
  const email = input.email.trim().toLowerCase();
  const [row] = await db
    .select({ complaint: complaints, number: tickets.number })
    .from(complaints)
    .innerJoin(tickets, eq(tickets.id, complaints.ticketId))
    .where(
      and(
        eq(complaints.organizationId, org.id),
        eq(tickets.organizationId, org.id),
        eq(tickets.number, input.number),
        or(
          sql`lower(${complaints.protocol} -> 'consumer' ->> 'email') = ${email}`,
          sql`EXISTS (SELECT 1 FROM ${customerIdentities} WHERE ${customerIdentities.organizationId} = ${org.id}
            AND ${customerIdentities.customerId} = ${tickets.customerId}
            AND ${customerIdentities.kind} = 'email' AND ${customerIdentities.value} = ${email})`,
        ),
      ),
    );
  if (!row) throw noMatch();
  const c = presentComplaint(row.complaint, row.number, now);
  return {
    number: c.number,
    state: c.state,
    receivedAt: c.receivedAt,
    dueDate: c.deadline.dueDate,
    deadlineAt: c.deadline.deadlineAt,
    timeZone: c.deadline.timeZone,
    outcome: c.decision?.outcome ?? null,
  };
}
