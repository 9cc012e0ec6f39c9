import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CommerceChannel,
  CreateCommerceChannelInput,
  CreateOrderInput,
  ErrorBody,
  Id,
  Order,
  OrderListQuery,
  OrderSettings,
  OrderSummary,
  UpdateOrderInput,
  UpdateOrderSettingsInput,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { orderActorOf } from './order-events.ts';
import { orderConfirmationPdf } from './order-confirmation.service.ts';
import {
  createChannel,
  deleteChannel,
  getOrderSettings,
  listChannels,
  updateOrderSettings,
} from './order-settings.service.ts';
import { changeOrderStatus, retryFulfilment } from './order-status.service.ts';
import { createOrder, getOrder, listOrders, updateOrder } from './orders.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
export const OrderNumberParams = z.object({
  number: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
});
const params = OrderNumberParams;
const tags = ['orders'];

/** Orders taken by agents (draft → confirmed), their look-up, confirmation PDF and settings. */
export const ordersRoutes: FastifyPluginAsyncZod = async (app) => {
  const read = requireAuth({ scope: 'tickets:read' });
  const write = requireAuth({ scope: 'tickets:write' });
  const admin = requireAuth({ scope: 'admin' });
  const ok = { 200: Order, ...errors };

  app.get(
    '/orders',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Orders, newest first; q is an order number, a shop order id or part of the customer',
        querystring: OrderListQuery,
        response: { 200: z.object({ items: z.array(OrderSummary) }), ...errors },
      },
    },
    async (req) => {
      const { db, actor } = ctxOf(req);
      return { items: await listOrders(db, actor.organizationId, req.query) };
    },
  );

  app.post(
    '/orders',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Take a draft order for a customer (optionally on a ticket), priced from the catalogue',
        body: CreateOrderInput,
        response: { 201: Order, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createOrder(ctxOf(req), req.body)),
  );

  app.get(
    '/orders/:number',
    {
      preHandler: read,
      schema: { tags, summary: 'One order by its number (audited)', params, response: ok },
    },
    async (req) => getOrder(ctxOf(req), req.params.number),
  );

  app.patch(
    '/orders/:number',
    {
      preHandler: write,
      schema: {
        tags,
        summary:
          "Change a draft's lines, delivery, payment or note (409 order_not_editable after confirmation)",
        params,
        body: UpdateOrderInput,
        response: ok,
      },
    },
    async (req) => updateOrder(ctxOf(req), req.params.number, req.body),
  );

  app.post(
    '/orders/:number/confirm',
    {
      preHandler: write,
      schema: {
        tags,
        summary:
          'Confirm a draft: the customer is e-mailed the confirmation PDF and the order is handed to fulfilment',
        params,
        body: z.strictObject({ version: z.number().int() }),
        response: ok,
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      return changeOrderStatus(
        req.server.deps,
        ctx.actor.organizationId,
        req.params.number,
        { status: 'confirmed', version: req.body.version },
        orderActorOf(ctx.actor),
      );
    },
  );

  app.post(
    '/orders/:number/fulfilment/retry',
    {
      preHandler: write,
      schema: {
        tags,
        summary: 'Hand a confirmed order whose hand-off failed to fulfilment again',
        params,
        response: ok,
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      return retryFulfilment(
        req.server.deps,
        ctx.actor.organizationId,
        req.params.number,
        orderActorOf(ctx.actor),
      );
    },
  );

  app.get(
    '/orders/:number/confirmation.pdf',
    {
      preHandler: read,
      schema: { tags, summary: "The order confirmation PDF in the customer's language", params },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const order = await getOrder(ctx, req.params.number);
      const pdf = await orderConfirmationPdf(ctx.db, ctx.actor.organizationId, order);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="order-${order.number}.pdf"`)
        .send(pdf);
    },
  );

  app.get(
    '/order-settings',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Where confirmed orders are handed off',
        response: { 200: OrderSettings, ...errors },
      },
    },
    async (req) => getOrderSettings(ctxOf(req)),
  );

  app.put(
    '/order-settings',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Set the fulfilment webhook URL and its signing secret (write-only)',
        body: UpdateOrderSettingsInput,
        response: { 200: OrderSettings, ...errors },
      },
    },
    async (req) => updateOrderSettings(ctxOf(req), req.server.deps.secrets, req.body),
  );

  app.get(
    '/commerce-channels',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Shops whose order webhooks are accepted',
        response: { 200: z.object({ items: z.array(CommerceChannel) }), ...errors },
      },
    },
    async (req) => ({ items: await listChannels(ctxOf(req)) }),
  );

  app.post(
    '/commerce-channels',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Connect a WooCommerce or Shopify shop; answers the webhook path to set in the shop',
        body: CreateCommerceChannelInput,
        response: { 201: CommerceChannel, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createChannel(ctxOf(req), req.server.deps.secrets, req.body)),
  );

  app.delete(
    '/commerce-channels/:id',
    { preHandler: admin, schema: { tags, summary: 'Disconnect a shop', params: z.object({ id: Id }) } },
    async (req, reply) => {
      await deleteChannel(ctxOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
};
