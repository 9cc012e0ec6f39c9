import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Order, OrderSummary, PortalOrder, PortalOrderSummary } from '@kontakt/contracts';
import {
  ErrorBody,
  PortalOrder as PortalOrderSchema,
  PortalOrderSummary as SummarySchema,
  PortalSlug,
} from '@kontakt/contracts';
import { notFound } from '../../http/errors.ts';
import { findOrderForCustomer, listOrdersForCustomer } from '../orders/index.ts';
import { portalAuth } from './portal-http.ts';

const summary = (o: OrderSummary | Order, itemCount: number): PortalOrderSummary => ({
  number: o.number,
  status: o.status,
  grossTotal: o.grossTotal,
  itemCount,
  trackingNumber: o.trackingNumber,
  createdAt: o.createdAt,
});

/** What the customer sees of an order: no internal notes, actors, fulfilment errors or ids. */
export function toPortalOrder(o: Order): PortalOrder {
  return {
    ...summary(o, o.items.length),
    items: o.items.map((i) => ({
      name: i.name,
      quantity: i.quantity,
      unitGross: i.unitGross,
      lineGross: i.lineGross,
    })),
    netTotal: o.netTotal,
    vatTotal: o.vatTotal,
    delivery: { method: o.delivery.method, city: o.delivery.city, postalCode: o.delivery.postalCode },
    payment: { method: o.payment.method, status: o.payment.status },
    history: o.history.flatMap((e) => (e.toStatus ? [{ status: e.toStatus, at: e.at }] : [])),
  };
}

const tags = ['portal'];
const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** The customer's orders (from the orders module), newest first, and one by its number. */
export const portalOrderRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  app.get(
    '/orgs/:slug/orders',
    {
      schema: {
        tags,
        summary: "The customer's orders, newest first (drafts never show)",
        params: z.object({ slug: PortalSlug }),
        response: { 200: z.object({ items: z.array(SummarySchema) }), ...errors },
      },
    },
    async (req) => {
      const who = await portalAuth(req, req.params.slug);
      const rows = await listOrdersForCustomer(db, who.org.id, who.customerId);
      return { items: rows.map((o) => summary(o, o.itemCount)) };
    },
  );

  app.get(
    '/orgs/:slug/orders/:number',
    {
      schema: {
        tags,
        summary: "One of the customer's orders by its number: items, totals, status history",
        params: z.object({ slug: PortalSlug, number: z.coerce.number().int().positive().max(2_147_483_647) }),
        response: { 200: PortalOrderSchema, ...errors },
      },
    },
    async (req) => {
      const who = await portalAuth(req, req.params.slug);
      const order = await findOrderForCustomer(
        db,
        who.org.id,
        { customerId: who.customerId },
        req.params.number,
      );
      if (!order) throw notFound('Order');
      return toPortalOrder(order);
    },
  );
};
