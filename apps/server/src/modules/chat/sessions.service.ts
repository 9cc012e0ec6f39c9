import { and, eq } from 'drizzle-orm';
import type { StartChatInput, StartChatResult } from '@kontakt/contracts';
import type { Actor, ServiceCtx } from '../../http/actor.ts';
import type { AppDeps } from '../../http/deps.ts';
import { AppError } from '../../http/errors.ts';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/crypto.ts';
import { attachIdentity, findOrCreateCustomerByIdentity } from '../customers/index.ts';
import { presentTicket, recordTicketEvents, takeTicketNumber, tickets } from '../tickets/index.ts';
import { applySla } from '../sla/index.ts';
import { agents } from '../agents/index.ts';
import { chatSessions, csatAnswers, type ChatSessionRow } from './chat.table.ts';
import { channelByPublicId } from './channels.service.ts';
import { presentSession } from './chat.presenter.ts';
import { issueVisitorToken, verifyVisitorToken } from './visitor-token.ts';
import { routeChats } from './routing.service.ts';

/**
 * Who acts when a visitor does something: no agent, no token, no scopes. History rows record
 * it as an integration (`api_token` without an id); messages are authored by the customer.
 */
export const visitorActor = (organizationId: string): Actor => ({
  kind: 'api_token',
  organizationId,
  agentId: '00000000-0000-0000-0000-000000000000',
  role: 'agent',
  scopes: [],
  sessionId: null,
  tokenId: null,
  csrfToken: null,
});

export const visitorCtx = (deps: AppDeps, organizationId: string): ServiceCtx => ({
  db: deps.db,
  actor: visitorActor(organizationId),
  meta: { ip: null, userAgent: null },
  now: deps.clock.now(),
});

/** A unique negative stand-in for the ticket number until the real one is taken (see tickets.service). */
const provisionalNumber = (id: string): number => -Number.parseInt(id.replace(/-/g, '').slice(-12), 16);

/** The customer of a chat: by e-mail when given (the visitor id joins it), else by visitor id. */
async function customerFor(deps: AppDeps, org: string, input: StartChatInput, now: Date) {
  const visitor = { kind: 'visitor' as const, value: input.visitorId };
  if (!input.email) {
    const { customer } = await findOrCreateCustomerByIdentity(deps.db, {
      organizationId: org,
      identity: visitor,
      name: input.name ?? null,
      language: input.language,
      now,
    });
    return customer.id;
  }
  const { customer } = await findOrCreateCustomerByIdentity(deps.db, {
    organizationId: org,
    identity: { kind: 'email', value: input.email },
    name: input.name ?? null,
    language: input.language,
    now,
  });
  // A visitor id already known as someone else stays theirs: the e-mail decides who this is.
  await attachIdentity(deps.db, {
    organizationId: org,
    customerId: customer.id,
    identity: visitor,
    now,
  }).catch((err: unknown) => {
    if (!(err instanceof AppError)) throw err;
  });
  return customer.id;
}

/**
 * The pre-chat form: finds or creates the customer, opens a chat ticket in the channel's queue
 * and a waiting session, in one transaction. Answers the signed visitor token.
 */
export async function startChat(
  deps: AppDeps,
  publicId: string,
  input: StartChatInput,
): Promise<StartChatResult> {
  const now = deps.clock.now();
  const channel = await channelByPublicId(deps.db, publicId);
  const missing = channel.settings.preChat.required.filter((f) => !input[f]?.trim());
  if (missing.length)
    throw new AppError(400, 'validation_failed', `Fill in: ${missing.join(', ')}.`, { fields: missing });
  const org = channel.organizationId;
  const customerId = await customerFor(deps, org, input, now);
  const actor = visitorActor(org);
  const who = input.name || input.email || 'visitor';
  const subject = (input.topic || `Chat with ${who}`).slice(0, 500);
  const { session, ticket } = await deps.db.transaction(async (tx) => {
    const ticketId = newId();
    const [ticket] = await tx
      .insert(tickets)
      .values({
        id: ticketId,
        organizationId: org,
        number: provisionalNumber(ticketId),
        subject,
        status: 'new',
        priority: 'normal',
        type: 'question',
        channel: 'chat',
        queueId: channel.queueId,
        teamId: null,
        assigneeId: null,
        customerId,
        tags: [],
        customFields: {},
        contactReasonId: null,
        language: input.language,
        version: 1,
        searchText: '',
        createdAt: now,
        updatedAt: now,
        lastActivityAt: now,
        solvedAt: null,
      })
      .returning();
    await recordTicketEvents(tx, ticket!, actor, now, [
      { kind: 'created', to: { status: 'new', queueId: channel.queueId } },
    ]);
    await applySla(tx, ticketId, now);
    const [session] = await tx
      .insert(chatSessions)
      .values({
        id: newId(),
        organizationId: org,
        channelId: channel.id,
        ticketId,
        customerId,
        visitorId: input.visitorId,
        queueId: channel.queueId,
        state: 'waiting',
        language: input.language,
        agentId: null,
        visitorName: input.name || null,
        visitorEmail: input.email?.toLowerCase() ?? null,
        topic: input.topic || null,
        pageUrl: input.pageUrl ?? null,
        lastSeq: 0,
        enqueuedAt: now,
        createdAt: now,
      })
      .returning();
    await takeTicketNumber(tx, org, ticketId);
    const [fresh] = await tx.select().from(tickets).where(eq(tickets.id, ticketId));
    return { session: session!, ticket: fresh! };
  });
  deps.events.publish({ type: 'ticket.created', organizationId: org, ticket: presentTicket(ticket, []) });
  // A newcomer joins the end of the line: nobody else's place changes (theirs comes on connect).
  await routeChats(deps, org, { announce: false });
  const token = issueVisitorToken(deps.secrets, { s: session.id, o: org, c: channel.id });
  return { token, session: presentSession(session, null) };
}

export const invalidVisitorToken = () =>
  new AppError(401, 'invalid_visitor_token', 'The visitor token is not valid; start a new chat.');

/** The session a visitor token names, or null when the token is forged or the session gone. */
export async function sessionOfToken(deps: AppDeps, token: unknown): Promise<ChatSessionRow | null> {
  const claims = verifyVisitorToken(deps.secrets, token);
  if (!claims) return null;
  const [row] = await deps.db
    .select()
    .from(chatSessions)
    .where(and(eq(chatSessions.organizationId, claims.o), eq(chatSessions.id, claims.s)));
  return row && row.channelId === claims.c ? row : null;
}

/** A session by id within an organization (agents' side), or null. */
export async function findSession(
  db: Db,
  organizationId: string,
  id: string,
): Promise<ChatSessionRow | null> {
  const [row] = await db
    .select()
    .from(chatSessions)
    .where(and(eq(chatSessions.organizationId, organizationId), eq(chatSessions.id, id)));
  return row ?? null;
}

/** The session as the API shows it: with its agent's name and rating. */
export async function describeSession(db: Db, row: ChatSessionRow) {
  const [agent] = row.agentId
    ? await db.select({ name: agents.name }).from(agents).where(eq(agents.id, row.agentId))
    : [];
  const [csat] = await db
    .select({ rating: csatAnswers.rating })
    .from(csatAnswers)
    .where(eq(csatAnswers.ticketId, row.ticketId));
  return presentSession(row, agent?.name ?? null, csat?.rating ?? null);
}
