import { createHmac } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, ImportOrderInput, Order, OrderStatusInput } from '@kontakt/contracts';
import { ctxOf, requireAuth, SESSION_COOKIE } from '../../http/auth-guard.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { fromShopify, fromWooCommerce } from './commerce-adapters.ts';
import { orderActorOf, type OrderActor } from './order-events.ts';
import { fulfilmentSignature, fulfilmentTarget, sameSignature } from './order-fulfilment.ts';
import { importOrder } from './order-import.service.ts';
import { channelByKey } from './order-settings.service.ts';
import { changeOrderStatus } from './order-status.service.ts';
import { OrderNumberParams } from './orders.routes.ts';

/** The raw body of each request of this plugin, for signature checks. */
const rawBodies = new WeakMap<FastifyRequest, string>();
/** The organization a signed fulfilment callback proved it belongs to. */
const signedOrg = new WeakMap<FastifyRequest, string>();

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const badSignature = (what: string) =>
  new AppError(401, 'invalid_signature', `The ${what} signature does not match.`);
const header = (req: FastifyRequest, name: string) => {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
};
const MAX_SKEW_SECONDS = 300;

/**
 * Status callbacks take either an API token (Bearer, scope tickets:write) or a session, or the
 * fulfilment signature: `X-Kontakt-Organization`, `X-Kontakt-Timestamp` (Unix seconds, ±5 min)
 * and `X-Kontakt-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>">` with the
 * organization's fulfilment secret (the same scheme as the hand-off webhook).
 */
async function statusAuth(req: FastifyRequest, reply: FastifyReply) {
  if (req.headers.authorization || req.cookies[SESSION_COOKIE])
    return requireAuth({ scope: 'tickets:write' })(req, reply);
  const sig = header(req, 'x-kontakt-signature');
  const ts = header(req, 'x-kontakt-timestamp');
  const org = header(req, 'x-kontakt-organization');
  if (!sig || !ts || !org)
    throw new AppError(401, 'unauthenticated', 'Sign the request or send an API token.');
  const now = Math.floor(req.server.deps.clock.now().getTime() / 1000);
  if (!/^\d{1,12}$/.test(ts) || Math.abs(now - Number(ts)) > MAX_SKEW_SECONDS)
    throw new AppError(401, 'invalid_signature', 'The timestamp is missing or more than 5 minutes off.');
  if (!z.uuid().safeParse(org).success) throw badSignature('fulfilment');
  const target = await fulfilmentTarget(req.server.deps, org);
  if (!target || !sameSignature(fulfilmentSignature(target.secret, ts, rawBodies.get(req) ?? ''), sig))
    throw badSignature('fulfilment');
  signedOrg.set(req, org);
}

/** base64 HMAC-SHA256 of the raw body (WooCommerce and Shopify sign this way). */
const base64Hmac = (secret: string, body: string) =>
  createHmac('sha256', secret).update(body, 'utf8').digest('base64');

/**
 * Endpoints called by other systems: fulfilment status callbacks, the order import API and the
 * WooCommerce / Shopify order webhooks. Bodies are kept raw here to check their signatures.
 */
export const orderHooksRoutes: FastifyPluginAsyncZod = async (app) => {
  app.removeContentTypeParser(['application/json']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const text = String(body);
    rawBodies.set(req, text);
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new AppError(400, 'invalid_json', 'The body is not valid JSON.'), undefined);
    }
  });
  // WooCommerce pings a new webhook with a form body (webhook_id=…).
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (req, body, done) => {
    rawBodies.set(req, String(body));
    done(null, { form: String(body) });
  });

  app.post(
    '/orders/:number/status',
    {
      preHandler: statusAuth,
      schema: {
        tags: ['orders'],
        summary: 'Move an order along its statuses (fulfilment callbacks; agents)',
        description:
          'Authenticate with an organization API token (`Authorization: Bearer …`, scope tickets:write) or ' +
          'sign the request like the hand-off webhook: `X-Kontakt-Organization: <organization id>`, ' +
          '`X-Kontakt-Timestamp: <Unix seconds, within 5 minutes>`, `X-Kontakt-Signature: sha256=<hex ' +
          'HMAC-SHA256 of "<timestamp>.<raw body>" with the fulfilment secret>`. Moves not allowed from the ' +
          'current status answer 409 invalid_status_transition.',
        params: OrderNumberParams,
        body: OrderStatusInput,
        response: { 200: Order, ...errors },
      },
    },
    async (req) => {
      const org = signedOrg.get(req);
      const who: OrderActor = org ? { type: 'fulfilment', id: null } : orderActorOf(ctxOf(req).actor);
      const orgId = org ?? ctxOf(req).actor.organizationId;
      return changeOrderStatus(req.server.deps, orgId, req.params.number, req.body, who);
    },
  );

  app.post(
    '/orders/import',
    {
      preHandler: requireAuth({ scope: 'tickets:write' }),
      schema: {
        tags: ['orders'],
        summary: 'Import or sync an e-commerce order, idempotent by (source, externalId)',
        description:
          'The first call creates the order (201), finding or creating the customer by e-mail and matching ' +
          'lines to the catalogue by SKU; later calls with the same source and externalId sync its status ' +
          'and payment (200). No confirmation e-mail or fulfilment hand-off is made for imported orders.',
        body: ImportOrderInput,
        response: { 200: Order, 201: Order, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const r = await importOrder(
        ctx.db,
        ctx.actor.organizationId,
        req.body,
        orderActorOf(ctx.actor),
        ctx.now,
      );
      return reply.status(r.created ? 201 : 200).send(r.order);
    },
  );

  const shopParams = z.object({ channelKey: z.string().min(10).max(64) });
  const shopResponse = {
    200: z.object({ number: z.number().int().nullable(), created: z.boolean() }),
    ...errors,
  };

  app.post(
    '/integrations/woocommerce/:channelKey/orders',
    {
      schema: {
        tags: ['orders'],
        summary: 'WooCommerce order webhook (order.created / order.updated)',
        description:
          'Verified by `X-WC-Webhook-Signature`: base64 HMAC-SHA256 of the raw body with the webhook secret ' +
          'of the channel. The ping WooCommerce sends when the webhook is saved is answered 200.',
        params: shopParams,
        response: shopResponse,
      },
    },
    async (req) => {
      const channel = await channelByKey(req.server.deps, 'woocommerce', req.params.channelKey);
      if (!channel) throw notFound('Channel');
      const body = req.body as Record<string, unknown> | undefined;
      if (body && typeof body.form === 'string' && /(^|&)webhook_id=/.test(body.form))
        return { number: null, created: false };
      const sig = header(req, 'x-wc-webhook-signature') ?? '';
      if (!sameSignature(base64Hmac(channel.secret, rawBodies.get(req) ?? ''), sig))
        throw badSignature('WooCommerce');
      const r = await importOrder(
        req.server.deps.db,
        channel.row.organizationId,
        fromWooCommerce(body ?? {}),
        { type: 'shop', id: channel.row.id },
        req.server.deps.clock.now(),
      );
      return { number: r.order.number, created: r.created };
    },
  );

  app.post(
    '/integrations/shopify/:channelKey/orders',
    {
      schema: {
        tags: ['orders'],
        summary:
          'Shopify order webhook (orders/create, orders/updated, orders/paid, orders/cancelled, orders/fulfilled)',
        description:
          "Verified by `X-Shopify-Hmac-Sha256`: base64 HMAC-SHA256 of the raw body with the app's client secret.",
        params: shopParams,
        response: shopResponse,
      },
    },
    async (req) => {
      const channel = await channelByKey(req.server.deps, 'shopify', req.params.channelKey);
      if (!channel) throw notFound('Channel');
      const sig = header(req, 'x-shopify-hmac-sha256') ?? '';
      if (!sameSignature(base64Hmac(channel.secret, rawBodies.get(req) ?? ''), sig))
        throw badSignature('Shopify');
      const r = await importOrder(
        req.server.deps.db,
        channel.row.organizationId,
        fromShopify((req.body as Record<string, unknown> | undefined) ?? {}),
        { type: 'shop', id: channel.row.id },
        req.server.deps.clock.now(),
      );
      return { number: r.order.number, created: r.created };
    },
  );
};
