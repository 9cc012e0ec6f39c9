import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ErrorBody,
  Id,
  Locale,
  PortalLinkInput,
  PortalLinkSent,
  PortalMe,
  PortalOrganization,
  PortalRedeemInput,
  PortalReplyInput,
  PortalSlug,
  PortalTicket,
  PortalTicketSummary,
} from '@kontakt/contracts';
import { openIfStored } from '../../platform/blob-store.ts';
import { notFound } from '../../http/errors.ts';
import { attachmentHeaders } from '../tickets/attachment-headers.ts';
import {
  orgBySlug,
  presentOrganization,
  redeemSignInLink,
  requestSignInLink,
  revokePortalSession,
  setPortalLanguage,
  type PortalCustomer,
} from './portal-auth.service.ts';
import { PORTAL_COOKIE, PORTAL_COOKIE_PATH, portalAuth, setPortalCookie } from './portal-http.ts';
import {
  getPortalTicket,
  listPortalTickets,
  ownAttachment,
  replyFromPortal,
} from './portal-tickets.service.ts';
import { portalComplaintRoutes } from './portal-complaints.routes.ts';
import { portalOrderRoutes } from './portal-orders.ts';
import { portalReturnRoutes } from './portal-returns.ts';

const tags = ['portal'];
const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  429: ErrorBody,
};
const slugParams = z.object({ slug: PortalSlug });
const idParams = z.object({ slug: PortalSlug, id: Id });
/** Per address of the caller: sign-in links and look-ups are what someone would try to probe. */
const probeLimit = { rateLimit: { max: 10, timeWindow: '15 minutes' } };

const me = (who: PortalCustomer) => ({
  name: who.customerName,
  email: who.session.email,
  language: who.session.language,
  csrfToken: who.session.csrfToken,
  organization: presentOrganization(who.org),
  sections: { orders: true, returns: true },
});

/**
 * The customer portal's API: sign-in by a one-time e-mail link, the customer's own tickets (public
 * messages only) and replies, and their complaints. Everything is scoped to the organization in
 * the address and the signed-in customer; anything else answers 404.
 */
export const portalRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app.deps;

  app.get(
    '/orgs/:slug',
    {
      schema: {
        tags,
        summary: 'The organization of a portal address (name, default language, time zone)',
        security: [],
        params: slugParams,
        response: { 200: PortalOrganization, ...errors },
      },
    },
    async (req) => presentOrganization(await orgBySlug(db, req.params.slug)),
  );

  app.post(
    '/orgs/:slug/sign-in-link',
    {
      config: probeLimit,
      schema: {
        tags,
        summary: "E-mail a one-time sign-in link (15 minutes) to a customer's address",
        description:
          'Answers 202 `{ sent: true }` whether or not the address is known, so it cannot be used to probe addresses. Rate-limited per caller and per customer.',
        security: [],
        params: slugParams,
        body: PortalLinkInput,
        response: { 202: PortalLinkSent, ...errors },
      },
    },
    async (req, reply) => {
      await requestSignInLink(app.deps, req.params.slug, req.body);
      return reply.status(202).send({ sent: true });
    },
  );

  app.post(
    '/orgs/:slug/session',
    {
      config: { rateLimit: { max: 30, timeWindow: '15 minutes' } },
      schema: {
        tags,
        summary: 'Redeem a sign-in link (once) and open a portal session (httpOnly cookie)',
        security: [],
        params: slugParams,
        body: PortalRedeemInput,
        response: { 200: PortalMe, ...errors },
      },
    },
    async (req, reply) => {
      const { token, who } = await redeemSignInLink(app.deps, req.params.slug, req.body.token);
      setPortalCookie(req, reply, token, who.session.expiresAt);
      return me(who);
    },
  );

  app.get(
    '/orgs/:slug/me',
    {
      schema: {
        tags,
        summary: 'The signed-in customer and the CSRF token to send on writes',
        params: slugParams,
        response: { 200: PortalMe, ...errors },
      },
    },
    async (req) => me(await portalAuth(req, req.params.slug)),
  );

  app.patch(
    '/orgs/:slug/me',
    {
      schema: {
        tags,
        summary: "Change the portal's language",
        params: slugParams,
        body: z.strictObject({ language: Locale }),
        response: { 200: PortalMe, ...errors },
      },
    },
    async (req) => {
      const who = await portalAuth(req, req.params.slug);
      await setPortalLanguage(db, who.session.id, req.body.language);
      return me({ ...who, session: { ...who.session, language: req.body.language } });
    },
  );

  app.post(
    '/orgs/:slug/sign-out',
    { schema: { tags, summary: 'End the portal session', params: slugParams } },
    async (req, reply) => {
      const who = await portalAuth(req, req.params.slug);
      await revokePortalSession(db, who.session.id, clock.now());
      reply.clearCookie(PORTAL_COOKIE, { path: PORTAL_COOKIE_PATH });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/orgs/:slug/tickets',
    {
      schema: {
        tags,
        summary: "The customer's tickets, latest activity first",
        params: slugParams,
        response: { 200: z.object({ items: z.array(PortalTicketSummary) }), ...errors },
      },
    },
    async (req) => ({ items: await listPortalTickets(db, await portalAuth(req, req.params.slug)) }),
  );

  app.get(
    '/orgs/:slug/tickets/:id',
    {
      schema: {
        tags,
        summary: "One of the customer's tickets with its public messages (never internal notes)",
        params: idParams,
        response: { 200: PortalTicket, ...errors },
      },
    },
    async (req) => getPortalTicket(db, await portalAuth(req, req.params.slug), req.params.id),
  );

  app.post(
    '/orgs/:slug/tickets/:id/replies',
    {
      schema: {
        tags,
        summary: "Reply to a ticket: the customer's inbound message (reopens it, SLA and automation run)",
        params: idParams,
        body: PortalReplyInput,
        response: { 201: PortalTicket, ...errors },
      },
    },
    async (req, reply) => {
      const who = await portalAuth(req, req.params.slug);
      return reply.status(201).send(await replyFromPortal(app.deps, who, req.params.id, req.body.text));
    },
  );

  app.get(
    '/orgs/:slug/attachments/:id',
    {
      schema: {
        tags,
        summary: "Download a file of a public message on one of the customer's tickets",
        params: idParams,
        querystring: z.object({ inline: z.enum(['0', '1']).optional() }),
      },
    },
    async (req, reply) => {
      const who = await portalAuth(req, req.params.slug);
      const row = await ownAttachment(db, who, req.params.id);
      const body = await openIfStored(app.deps.blobs, row.sha256);
      if (!body) throw notFound('Attachment');
      return reply.headers(attachmentHeaders(row, req.query.inline === '1')).send(body);
    },
  );

  await app.register(portalComplaintRoutes);
  await app.register(portalOrderRoutes);
  await app.register(portalReturnRoutes);
};
