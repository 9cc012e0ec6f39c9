import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  ChatOffer,
  ChatSession,
  ErrorBody,
  Id,
  JoinChatInput,
  SupervisorSnapshot,
  TransferChatInput,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { notFound } from '../../http/errors.ts';
import { findTicketForActor } from '../tickets/index.ts';
import { chatSessions } from './chat.table.ts';
import { acceptOffer, declineOffer, listMyOffers } from './offers.service.ts';
import { endChat, joinChat, sessionForAgent, transferChat } from './chat-actions.service.ts';
import { describeSession } from './sessions.service.ts';
import { supervisorSnapshot } from './supervisor.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['chat'];
const sessionParams = z.object({ sessionId: Id });
const offerParams = z.object({ offerId: Id });

/** The agents' side of live chat: offers, their chats, transfers, joining, the supervisor view. */
export const chatsRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  const read = requireAuth({ scope: 'tickets:read' });
  const write = requireAuth({ scope: 'tickets:write' });

  app.get(
    '/chats/offers',
    {
      preHandler: read,
      schema: { tags, summary: 'My pending chat offers', response: { 200: z.array(ChatOffer), ...errors } },
    },
    async (req) => listMyOffers(deps, ctxOf(req).actor),
  );

  app.post(
    '/chats/offers/:offerId/accept',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Accept a chat offer (409 offer_gone when it expired or was taken)',
        params: offerParams,
        response: { 200: ChatSession, ...errors },
      },
    },
    async (req) => acceptOffer(deps, ctxOf(req).actor, req.params.offerId),
  );

  app.post(
    '/chats/offers/:offerId/decline',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Decline a chat offer',
        params: offerParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await declineOffer(deps, ctxOf(req).actor, req.params.offerId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/chats/mine',
    {
      preHandler: read,
      schema: { tags, summary: 'My active chats', response: { 200: z.array(ChatSession), ...errors } },
    },
    async (req) => {
      const { actor } = ctxOf(req);
      const rows = await deps.db
        .select()
        .from(chatSessions)
        .where(
          and(
            eq(chatSessions.organizationId, actor.organizationId),
            eq(chatSessions.agentId, actor.agentId),
            eq(chatSessions.state, 'active'),
          ),
        );
      return Promise.all(rows.map((r) => describeSession(deps.db, r)));
    },
  );

  app.get(
    '/chats/by-ticket/:ticketId',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'The chat of a chat ticket',
        params: z.object({ ticketId: Id }),
        response: { 200: ChatSession, ...errors },
      },
    },
    async (req) => {
      const { actor } = ctxOf(req);
      const ticket = await findTicketForActor(deps.db, actor, req.params.ticketId);
      const [row] = ticket
        ? await deps.db.select().from(chatSessions).where(eq(chatSessions.ticketId, ticket.id))
        : [];
      if (!row) throw notFound('Chat');
      return describeSession(deps.db, row);
    },
  );

  app.post(
    '/chats/:sessionId/transfer',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Transfer a chat to a colleague or a queue, with a note',
        params: sessionParams,
        body: TransferChatInput,
        response: { 200: ChatSession, ...errors },
      },
    },
    async (req) => transferChat(deps, ctxOf(req).actor, req.params.sessionId, req.body),
  );

  app.post(
    '/chats/:sessionId/join',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Join a chat silently or take it over (leads, admins)',
        params: sessionParams,
        body: JoinChatInput,
        response: { 200: ChatSession, ...errors },
      },
    },
    async (req) => joinChat(deps, ctxOf(req).actor, req.params.sessionId, req.body),
  );

  app.post(
    '/chats/:sessionId/end',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'End a chat',
        params: sessionParams,
        response: { 200: ChatSession, ...errors },
      },
    },
    async (req) => {
      const { actor } = ctxOf(req);
      const session = await sessionForAgent(deps, actor, req.params.sessionId);
      await endChat(deps, session);
      return describeSession(deps.db, await sessionForAgent(deps, actor, session.id));
    },
  );

  app.get(
    '/chats/supervisor',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Live queues, agents and chats (leads, admins)',
        response: { 200: SupervisorSnapshot, ...errors },
      },
    },
    async (req) => supervisorSnapshot(deps.db, ctxOf(req).actor, deps.clock.now()),
  );
};
