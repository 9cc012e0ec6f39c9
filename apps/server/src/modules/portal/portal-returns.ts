import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { PortalReturn, ReturnRecord } from '@kontakt/contracts';
import { ErrorBody, PortalReturn as PortalReturnSchema, PortalSlug } from '@kontakt/contracts';
import { listReturnsForTickets } from '../returns/index.ts';
import { tickets } from '../tickets/index.ts';
import { portalAuth } from './portal-http.ts';

/** What the customer sees of a return: its two clocks and the shipment, nothing internal. */
export const toPortalReturn = (r: ReturnRecord): PortalReturn => ({
  ticketId: r.ticketId,
  number: r.number,
  orderNumber: r.orderNumber,
  items: r.items,
  withdrawalDueDate: r.withdrawalDeadline.dueDate,
  withdrawalState: r.withdrawalState,
  refundDueDate: r.refundDeadline?.dueDate ?? null,
  refundState: r.refundState,
  refundAmount: r.refundAmount,
  refundedAt: r.refundedAt,
  shipmentStatus: r.shipmentStatus,
  shipmentHistory: r.shipmentHistory,
  trackingNumber: r.trackingNumber,
  timeZone: r.withdrawalDeadline.timeZone,
});

/** The customer's returns (from the returns module), on their own tickets only. */
export const portalReturnRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app.deps;
  app.get(
    '/orgs/:slug/returns',
    {
      schema: {
        tags: ['portal'],
        summary: "The customer's returns: withdrawal and refund deadlines, shipment status",
        params: z.object({ slug: PortalSlug }),
        response: { 200: z.object({ items: z.array(PortalReturnSchema) }), 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (req) => {
      const who = await portalAuth(req, req.params.slug);
      const own = await db
        .select({ id: tickets.id })
        .from(tickets)
        .where(and(eq(tickets.organizationId, who.org.id), eq(tickets.customerId, who.customerId)));
      const rows = await listReturnsForTickets(
        db,
        who.org.id,
        own.map((t) => t.id),
        clock.now(),
      );
      return { items: rows.map(toPortalReturn) };
    },
  );
};
